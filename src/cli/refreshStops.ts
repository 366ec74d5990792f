import { MIN_GROUP_RULE } from '../privacy/minGroup';
import { RefreshStopped, problemPlace } from '../refresh/refreshStopped';
import { InputError, UsageError } from './usageError';

/**
 * Runs a use case of src/refresh for a command: a stop becomes the command line's one-line error
 * (exit 1: the input stops the computation, or OUT.xlsx's History cannot be carried forward;
 * exit 2: an invalid option). `out` is the board pack's path, for messages about its History.
 */
export async function commandStops<T>(work: () => Promise<T>, out?: string): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof RefreshStopped)) throw error;
    const { stop } = error;
    switch (stop.code) {
      case 'InvalidOption':
        throw new UsageError(`--min-group must be ${MIN_GROUP_RULE} (found "${stop.minGroup}")`);
      case 'CannotCompute': {
        const first = stop.firstError;
        throw new InputError(`nothing can be computed: ${first ? `${problemPlace(first)}: ${first.message}` : 'no usable Participants rows'} (run cadre validate for the full list)`);
      }
      case 'HistoryUnreadable': {
        const [first] = stop.skipped;
        const n = stop.skipped.length;
        throw new InputError(
          `${out ?? stop.sheet}: ${n} row${n === 1 ? '' : 's'} of its ${stop.sheet} sheet cannot be read (row ${first.row}: ${first.reason}); correct ${n === 1 ? 'it' : 'them'}, or write to another --out file, so that no history is lost`,
        );
      }
    }
  }
}
