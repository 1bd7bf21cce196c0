// Package runtime holds the parts of Go's runtime package that programs
// see. Every program loads it; the runtime proper is rgort.
package runtime

// The Error interface identifies a run-time error.
type Error interface {
	error
	// RuntimeError is a no-op function but
	// serves to distinguish types that are run time
	// errors from ordinary errors: a type is a
	// run time error if it has a RuntimeError method.
	RuntimeError()
}

// errorString is the type of the values of run-time panics (an index out
// of range, a nil dereference, a failed type assertion, ...): the message,
// as Go prints it. rgort makes them (see rt/src/panic).
type errorString string

func (e errorString) RuntimeError() {}

func (e errorString) Error() string { return string(e) }
