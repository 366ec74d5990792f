import { constants } from 'node:fs';
import { type FileHandle, open } from 'node:fs/promises';

/**
 * The bytes of a package, read by position: an open file (read in pieces, never whole) or bytes
 * already in memory. What the zip reader reads from.
 */
export interface ByteSource {
  readonly size: number;
  /** `length` bytes from `position` (fewer only at the end of the source) */
  read(position: number, length: number): Promise<Buffer>;
  close(): Promise<void>;
}

/** Bytes in memory as a ByteSource. */
export function memorySource(bytes: Uint8Array): ByteSource {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return {
    size: buffer.length,
    read: async (position, length) => buffer.subarray(position, Math.min(position + length, buffer.length)),
    close: async () => {},
  };
}

/** Why a path cannot be opened as a file to read: it is not a regular file. */
export class NotAFileError extends Error {
  override readonly name = 'NotAFileError';
  constructor(readonly kind: 'folder' | 'special') {
    super(kind);
  }
}

/**
 * A regular file as a ByteSource. Opened without blocking (a FIFO named .xlsx would otherwise wait
 * for a writer forever) and checked to be a regular file before any byte is read, so a FIFO, a device
 * such as /dev/zero or a socket is refused at once (NotAFileError), and a folder too.
 */
export async function fileSource(path: string): Promise<ByteSource> {
  const handle: FileHandle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const stat = await handle.stat();
    if (stat.isDirectory()) throw new NotAFileError('folder');
    if (!stat.isFile()) throw new NotAFileError('special');
    const size = stat.size;
    return {
      size,
      async read(position, length) {
        const n = Math.max(0, Math.min(length, size - position));
        const buffer = Buffer.allocUnsafe(n);
        let done = 0;
        while (done < n) {
          const { bytesRead } = await handle.read(buffer, done, n - done, position + done);
          if (bytesRead === 0) break; // the file shrank while being read
          done += bytesRead;
        }
        return done === n ? buffer : buffer.subarray(0, done);
      },
      close: () => handle.close(),
    };
  } catch (e) {
    await handle.close();
    throw e;
  }
}
