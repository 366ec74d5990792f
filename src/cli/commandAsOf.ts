import type { Day } from '../model/day';
import { defaultAsOf } from '../refresh/asOf';
import type { CommandIo } from './io';
import { asOfOption } from './parseOptions';

/** what `refresh` and `validate` print beside the as-of date when --as-of was not given */
export const DEFAULT_AS_OF_NOTE = 'the last completed quarter; --as-of to choose';

/**
 * The as-of date of `refresh` and `validate`: --as-of (today or earlier; a later date is a usage
 * error), else the one default of every shell (`defaultAsOf`: the end of the last completed
 * quarter), `defaulted` then saying so, for the command to print it with `DEFAULT_AS_OF_NOTE`.
 */
export function commandAsOf(value: string | undefined, io: CommandIo): { readonly asOf: Day; readonly defaulted: boolean } {
  if (value !== undefined) return { asOf: asOfOption(value, io.today, { future: 'refuse' }), defaulted: false };
  return { asOf: defaultAsOf(asOfOption(undefined, io.today)), defaulted: true };
}
