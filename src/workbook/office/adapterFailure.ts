import { OfficeAdapterError, type OfficeAdapterErrorCode, causeText } from './officeAdapterError';

/**
 * Runs `work`; an error that is not already an `OfficeAdapterError` (Excel's own, or an unexpected
 * one) is wrapped into one with `code` and a plain message: what failed, Excel's words, what to do.
 * The original error is kept as `cause`; nothing is logged or swallowed.
 */
export async function withAdapterFailure<T>(code: OfficeAdapterErrorCode, what: string, todo: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof OfficeAdapterError) throw error;
    throw new OfficeAdapterError(code, `${what} failed: ${causeText(error)}. ${todo}`, { cause: error });
  }
}
