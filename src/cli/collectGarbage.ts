import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let gc: (() => void) | undefined;

/**
 * A full garbage collection, now. The command line calls it once, when a refresh has its records
 * and the input sheets' cell values (the largest thing it ever holds: 1.4 million rows of the large
 * sample are about 450 MB) have become garbage: without it, V8 lets the heap grow through the
 * computing step before it collects them, and the process peaks some 300 MB higher (cadre refresh
 * on the large sample: about 1.05 GB without, 0.75 GB with; performance.md allows 1 GB).
 * Node exposes `gc` only behind --expose-gc; the flag can be set at run time, and a new context
 * then has the function.
 */
export function collectGarbage(): void {
  if (gc === undefined) {
    setFlagsFromString('--expose-gc');
    gc = runInNewContext('gc') as () => void;
  }
  gc();
}
