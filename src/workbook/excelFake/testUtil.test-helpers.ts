import type { FakeErrorCode } from './fakeOfficeError';

/** awaits `promise` and returns its rejection's code; fails the test when it resolves */
export async function rejectionCode(promise: Promise<unknown>): Promise<FakeErrorCode | string> {
  try {
    await promise;
  } catch (error) {
    return (error as { code?: string }).code ?? `no code: ${String(error)}`;
  }
  throw new Error('expected the promise to reject, it resolved');
}

/** runs `read` and returns the thrown error's code; fails the test when it does not throw */
export function thrownCode(read: () => unknown): string {
  try {
    read();
  } catch (error) {
    return (error as { code?: string }).code ?? `no code: ${String(error)}`;
  }
  throw new Error('expected a throw, got none');
}
