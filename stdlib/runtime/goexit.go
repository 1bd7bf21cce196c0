package runtime

// Goexit terminates the goroutine that calls it. No other goroutine is
// affected. Goexit runs all deferred calls before terminating the
// goroutine. Because Goexit is not a panic, any recover calls in those
// deferred functions will return nil.
func Goexit()
