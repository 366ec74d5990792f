import type { ProblemCode } from '../../model/problem';

/**
 * A cell value that could not be read as its column's type: why (a predicate such as "is not a date",
 * completed by the caller with the column and value), and what to do.
 */
export class Invalid {
  constructor(
    readonly code: ProblemCode,
    readonly message: string,
    readonly fix: string,
  ) {}
}
