/**
 * What a Cadre function gives instead of a number when it cannot give a right one (functions.md):
 * `#VALUE!` for bad input (a message that names the argument), `#N/A` for a figure that does not
 * exist or may not be shown ("not reached", "fewer than k people"). The pure core returns one of
 * these; the register layer turns it into Excel's `CustomFunctions.Error`, the preview into the
 * error text of the cell.
 */
export class FunctionError {
  constructor(
    /** `invalidValue` shows as #VALUE!, `notAvailable` as #N/A */
    readonly code: 'invalidValue' | 'notAvailable',
    readonly message: string,
  ) {}

  /** the error as Excel shows it in the cell */
  get excelText(): '#VALUE!' | '#N/A' {
    return this.code === 'invalidValue' ? '#VALUE!' : '#N/A';
  }
}

/** #VALUE! with a message naming the argument, e.g. `starts: row 3 is "soon", not a date`. */
export function invalidValue(message: string): FunctionError {
  return new FunctionError('invalidValue', message);
}

/** #N/A with its reason, e.g. "not reached", "fewer than 5 people". */
export function notAvailable(message: string): FunctionError {
  return new FunctionError('notAvailable', message);
}

/** Thrown inside the core while reading arguments; every function catches it and returns the error. */
export class ArgumentProblem extends Error {
  constructor(readonly error: FunctionError) {
    super(error.message);
  }
}

/** Runs `compute`, turning an `ArgumentProblem` thrown by the argument readers into its `FunctionError`. */
export function guarded<T>(compute: () => T | FunctionError): T | FunctionError {
  try {
    return compute();
  } catch (problem) {
    if (problem instanceof ArgumentProblem) return problem.error;
    throw problem;
  }
}

/** The message of "fewer than k people" (functions.md: a single figure over fewer than k people). */
export function fewerThanK(k: number): FunctionError {
  return notAvailable(`fewer than ${k} people`);
}
