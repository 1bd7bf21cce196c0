//! Running a child process with stdin, captured output and a timeout.

use std::fmt;
use std::io::{Read, Write};
use std::os::unix::process::ExitStatusExt;
use std::process::{Child, Command, Stdio};
use std::thread;
use std::time::{Duration, Instant};

/// Output beyond this many bytes per stream is read and dropped, so a
/// runaway program cannot exhaust memory before its timeout.
const CAPTURE_LIMIT: usize = 16 << 20;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Status {
    Exited(i32),
    Signaled(i32),
    TimedOut(Duration),
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Status::Exited(code) => write!(f, "exit status {code}"),
            Status::Signaled(sig) => write!(f, "killed by signal {sig}"),
            Status::TimedOut(limit) => write!(f, "killed after the {}s timeout", limit.as_secs()),
        }
    }
}

pub struct Outcome {
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    pub status: Status,
}

/// Runs `cmd` to completion (or until `timeout`, then kills it), feeding it
/// `stdin` and capturing stdout and stderr. Errors only when it cannot start.
pub fn run(cmd: &mut Command, stdin: Option<&[u8]>, timeout: Duration) -> std::io::Result<Outcome> {
    cmd.stdin(if stdin.is_some() { Stdio::piped() } else { Stdio::null() })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd.spawn()?;

    let stdout = capture(child.stdout.take().unwrap());
    let stderr = capture(child.stderr.take().unwrap());
    let feeder = match (stdin, child.stdin.take()) {
        (Some(input), Some(mut pipe)) => {
            let input = input.to_vec();
            // A program that exits without reading its input makes this fail
            // with EPIPE, which is fine.
            Some(thread::spawn(move || drop(pipe.write_all(&input))))
        }
        _ => None,
    };

    let status = wait(&mut child, timeout);
    if let Some(feeder) = feeder {
        let _ = feeder.join();
    }
    Ok(Outcome { stdout: stdout.join().unwrap(), stderr: stderr.join().unwrap(), status })
}

/// Runs `cmd` with empty stdin, its stdout and stderr both going to one
/// pipe as with Go's `cmd.Stdout, cmd.Stderr = &buf, &buf`, so the
/// captured bytes keep the order in which the program wrote them. Kills it
/// after `timeout`. Errors only when it cannot start.
pub fn run_combined(cmd: &mut Command, timeout: Duration) -> std::io::Result<(Vec<u8>, Status)> {
    let (reader, writer) = std::io::pipe()?;
    cmd.stdin(Stdio::null()).stdout(writer.try_clone()?).stderr(writer);
    let spawned = cmd.spawn();
    // The command keeps the write ends until they are replaced: drop them
    // now, or the reader never sees the end of the output.
    cmd.stdout(Stdio::null()).stderr(Stdio::null());
    let mut child = spawned?;
    let output = capture(reader);
    let status = wait(&mut child, timeout);
    Ok((output.join().unwrap(), status))
}

fn capture(mut pipe: impl Read + Send + 'static) -> thread::JoinHandle<Vec<u8>> {
    thread::spawn(move || {
        let mut kept = Vec::new();
        let mut buf = [0u8; 64 * 1024];
        loop {
            match pipe.read(&mut buf) {
                Ok(0) | Err(_) => break,
                Ok(n) => {
                    let room = CAPTURE_LIMIT.saturating_sub(kept.len());
                    kept.extend_from_slice(&buf[..n.min(room)]);
                }
            }
        }
        kept
    })
}

fn wait(child: &mut Child, timeout: Duration) -> Status {
    let deadline = Instant::now() + timeout;
    let mut pause = Duration::from_millis(1);
    loop {
        match child.try_wait() {
            Ok(Some(status)) => {
                return match (status.code(), status.signal()) {
                    (Some(code), _) => Status::Exited(code),
                    (None, Some(sig)) => Status::Signaled(sig),
                    (None, None) => Status::Signaled(0),
                };
            }
            Ok(None) if Instant::now() < deadline => {
                thread::sleep(pause);
                pause = (pause * 2).min(Duration::from_millis(20));
            }
            Ok(None) => {
                let _ = child.kill();
                let _ = child.wait();
                return Status::TimedOut(timeout);
            }
            Err(e) => panic!("cannot wait for a child process: {e}"),
        }
    }
}
