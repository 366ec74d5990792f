/**
 * Errors shaped like Office.js's `OfficeExtension.Error`: `name` is "RichApi.Error", `code` is one
 * of the strings of `OfficeExtension.ErrorCodes` / `Excel.ErrorCodes`, and `debugInfo` says where
 * in the batch it happened. `instanceof OfficeExtension.Error` cannot hold (there is no Office
 * runtime here), so adapters must test `error.code`, which is what the docs recommend anyway.
 */
export type FakeErrorCode =
  | 'PropertyNotLoaded'
  | 'InvalidArgument'
  | 'InvalidOperation'
  | 'InvalidReference'
  | 'ItemNotFound'
  | 'ItemAlreadyExists'
  | 'AccessDenied'
  | 'ApiNotFound'
  | 'NotImplemented'
  | 'InvalidRequestContext'
  | 'RunMustReturnPromise'
  | 'RequestPayloadSizeLimitExceeded'
  | 'ResponsePayloadSizeLimitExceeded'
  | 'GeneralException';

export class FakeOfficeError extends Error {
  override readonly name = 'RichApi.Error';
  readonly code: FakeErrorCode;
  readonly debugInfo: { code: FakeErrorCode; message: string; errorLocation?: string };

  constructor(code: FakeErrorCode, message: string, errorLocation?: string) {
    super(message);
    this.code = code;
    this.debugInfo = { code, message, ...(errorLocation === undefined ? {} : { errorLocation }) };
  }

  /** the same error, told where in the batch it was raised (the object path of the failing action) */
  at(errorLocation: string): FakeOfficeError {
    return this.debugInfo.errorLocation === undefined ? new FakeOfficeError(this.code, this.message, errorLocation) : this;
  }
}

export function fakeError(code: FakeErrorCode, message: string): FakeOfficeError {
  return new FakeOfficeError(code, message);
}

export function propertyNotLoaded(property: string, path: string): FakeOfficeError {
  return new FakeOfficeError(
    'PropertyNotLoaded',
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    path,
  );
}
