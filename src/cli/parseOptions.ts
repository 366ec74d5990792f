import { parseArgs } from 'node:util';
import type { Day } from '../model/day';
import { dayFromIso } from '../calendar/dayFromIso';
import { futureAsOfReason, latestToday } from '../calendar/futureAsOf';
import { UsageError } from './usageError';

export type OptionSpec = Record<string, { type: 'string' | 'boolean'; short?: string }>;

/**
 * Parses a command's arguments with node's parseArgs, turning its errors into one-line usage errors
 * that name the command's --help.
 */
export function parseOptions(
  command: string,
  args: readonly string[],
  options: OptionSpec,
  positionals: number,
): { values: Record<string, string | boolean | undefined>; positionals: string[] } {
  try {
    const parsed = parseArgs({
      args: [...args],
      options: { ...options, help: { type: 'boolean', short: 'h' }, debug: { type: 'boolean' } },
      allowPositionals: true,
      strict: true,
    }) as { values: Record<string, string | boolean | undefined>; positionals: string[] };
    if (!parsed.values.help && parsed.positionals.length !== positionals) {
      throw new UsageError(
        positionals === 0
          ? `takes no file argument (found "${parsed.positionals[0]}"); see cadre ${command} --help`
          : `needs ${positionals === 1 ? 'one workbook file' : `${positionals} arguments`}; see cadre ${command} --help`,
      );
    }
    return parsed;
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError(`${(e as Error).message.replace(/\. To specify.*$/s, '')}; see cadre ${command} --help`);
  }
}

/**
 * An --as-of value (YYYY-MM-DD), or today's date when absent.
 *
 * With `future: 'refuse'` (refresh and validate, whose figures and checks are "as of" the date), a
 * date after today is a usage error saying why (`futureAsOfReason`); today is the later of the
 * machine's and UTC's calendar date (`latestToday`). `cadre sample` leaves it allowed: its as-of
 * date is where a synthetic history ends, not a claim about what has happened.
 *
 * @example asOfOption('2027-03-31', () => new Date('2026-12-04T12:00Z'), { future: 'refuse' })
 *   // UsageError: --as-of 2027-03-31 is after today (2026-12-04): … ; give a date on or before today
 */
export function asOfOption(value: string | undefined, today: () => Date = () => new Date(), options: { readonly future?: 'allow' | 'refuse' } = {}): Day {
  if (value === undefined) {
    const now = today();
    return Math.floor(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()) / 86_400_000);
  }
  const day = dayFromIso(value);
  if (Number.isNaN(day)) throw new UsageError(`--as-of must be a date written YYYY-MM-DD (found "${value}")`);
  if (options.future === 'refuse') {
    const reason = futureAsOfReason(day, latestToday(today()), '--as-of');
    if (reason !== null) throw new UsageError(`${reason}; give a date on or before today`);
  }
  return day;
}
