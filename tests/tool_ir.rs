//! `rgoc tool ir` prints the IR of a program: checked on a small one, whose
//! dump shows a generic instance, a range loop's desugaring, a closure and
//! its capture, and the escape analysis's decisions.

use std::process::Command;

const PROGRAM: &str = r#"package main

func Max[T int | float64](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func main() {
	n := 0
	for _, x := range []int{3, 1} {
		n += Max(x, 2)
	}
	f := func() int { return n }
	println(f())
}
"#;

const EXPECTED: &str = r#"
func main.main() {
  local n#0 int // addressed
  local .range#1 []int
  local .i#2 int
  local .next#3 int
  local .rune#4 int32
  local x#5 int
  local f#6 func() int
  decl n#0
  n#0 = 0
  {
    decl .range#1
    .range#1 = []int(len 2){0: 3, 1: 1}
    decl .i#2
    .i#2 = 0
    loop L0 while (.i#2 < len(.range#1)) {
      decl x#5
      x#5 = .range#1[.i#2]
      n#0 = (n#0 + main.Max[int](x#5, 2))
    }
    post L0 {
      .i#2 = (.i#2 + 1)
    }
  }
  decl f#6
  f#6 = closure main.main.func1[n#0]
  println((f#6)())
  return
}

func main.Max[int](a#0 int, b#1 int) int {
  local a#0 int
  local b#1 int
  {
    if (a#0 > b#1) {
      return a#0
    }
  }
  return b#1
}

func main.main.func1() int {
  local n#0 int // captured (slot 0), heap
  return n#0
}

func main.init() {
  return
}
"#;

#[test]
fn prints_the_ir_of_package_main() {
    let dir = std::env::temp_dir().join(format!("rgoc-tool-ir-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("main.go");
    std::fs::write(&file, PROGRAM).unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_rgoc")).args(["tool", "ir"]).arg(&file).output().unwrap();
    let _ = std::fs::remove_dir_all(&dir);
    assert!(output.status.success(), "rgoc tool ir failed: {}", String::from_utf8_lossy(&output.stderr));
    assert_eq!(String::from_utf8_lossy(&output.stdout), EXPECTED);
}
