/** A command line that cannot be run as given (exit code 2); the message says what to type instead. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** The input stops the computation (exit code 1); the message says which problem. */
export class InputError extends Error {
  override readonly name = 'InputError';
}
