import { writeFileSync } from 'node:fs';
import { isoFromDay } from '../calendar/isoFromDay';
import { quarterOf } from '../calendar/quarter';
import { intake } from '../intake/intake';
import type { Day } from '../model/day';
import type { Mapping } from '../model/mapping';
import { inputFingerprint } from './fingerprint';
import type { CommandIo } from './io';
import { loadMapping } from './loadMapping';
import { asOfOption, parseOptions } from './parseOptions';
import { progressReporter } from './progress';
import { readWorkbook } from './readWorkbook';
import { refreshReport } from '../report/refreshReport';
import { InputError, UsageError } from './usageError';

export const REFRESH_HELP = `Usage: cadre refresh BOOK.xlsx --json FILE [--as-of YYYY-MM-DD | --quarterly]
       [--min-group K] [--mapping FILE] [--attributes A,B,...]

Computes retention, time-to-readiness, satisfaction, program operations, pairing equity, mentor load
and conflicts of interest from the program's input sheets, suppresses every group smaller than k,
and writes them as a JSON document (schema: schema/refresh.schema.json). BOOK.xlsx is never
modified.

Options:
  --json FILE        write the results to FILE
  --as-of DATE       the as-of date that closes every window (default: today)
  --quarterly        as of the end of the last completed quarter (before today, or before --as-of)
  --min-group K      the minimum group size k for suppression, 3 or more (default 5)
  --mapping FILE     a mapping (JSON) that overrides how sheets and columns are recognised
  --attributes A,B   the demographic attribute columns (default: those of Gender, Sex, Ethnicity, Race,
                     AgeBand, Generation, Disability, Veteran that exist)
  --debug            show stack traces of unexpected failures

Exit codes: 0 computed (data-quality problems are in the document); 1 the input stops the computation
(e.g. no Participants sheet with PersonID); 2 usage error.
`;

/** The as-of date: --as-of, else today; with --quarterly, the last day of the last completed quarter. */
export function refreshAsOf(asOf: Day, quarterly: boolean): Day {
  if (!quarterly) return asOf;
  const q = quarterOf(asOf);
  return asOf === q.last ? asOf : q.first - 1;
}

export async function refreshCommand(args: readonly string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseOptions(
    'refresh',
    args,
    {
      json: { type: 'string' },
      out: { type: 'string' },
      'as-of': { type: 'string' },
      quarterly: { type: 'boolean' },
      'min-group': { type: 'string' },
      mapping: { type: 'string' },
      attributes: { type: 'string' },
    },
    1,
  );
  if (values.help) {
    io.out(REFRESH_HELP);
    return 0;
  }
  if (values.out !== undefined) {
    throw new UsageError('--out (the board pack) is not available in this version yet; write the results with --json FILE');
  }
  if (values.json === undefined) throw new UsageError('--json FILE is required: where to write the results');
  const minGroup = values['min-group'] === undefined ? 5 : Number(values['min-group']);
  if (!Number.isInteger(minGroup) || minGroup < 3) {
    throw new UsageError(`--min-group must be a whole number, 3 or more (found "${values['min-group']}")`);
  }
  let mapping: Mapping | undefined = loadMapping(values.mapping as string | undefined);
  if (values.attributes !== undefined) {
    const attributes = (values.attributes as string).split(',').map((a) => a.trim()).filter((a) => a !== '');
    if (attributes.length === 0) throw new UsageError('--attributes needs column names separated by commas, e.g. Gender,Ethnicity');
    mapping = { ...(mapping ?? { version: 1 }), attributes };
  }
  const asOf = refreshAsOf(asOfOption(values['as-of'] as string | undefined, io.today), Boolean(values.quarterly));

  const file = positionals[0];
  const { outline, sheets } = await readWorkbook(file, io);
  const progress = progressReporter(io);
  progress('checking the input sheets');
  const result = intake(sheets, { asOf, dateSystem: outline.dateSystem, mapping });
  if (!result.canCompute) {
    const first = result.problems.find((p) => p.severity === 'error');
    throw new InputError(`nothing can be computed: ${first ? `${first.sheet}${first.cell ? `!${first.cell}` : ''}: ${first.message}` : 'no usable Participants rows'} (run cadre validate for the full list)`);
  }
  progress('computing the metrics');
  const document = refreshReport(
    { asOf, minGroup, refreshedAt: new Date(), inputFingerprint: inputFingerprint(result.data) },
    result,
  );
  writeFileSync(values.json as string, JSON.stringify(document, null, 2) + '\n');
  const dq = document.dataQuality;
  io.out(
    `Wrote ${values.json}: metrics as of ${isoFromDay(asOf)} for ${document.counts.participants.toLocaleString('en-US')} participants and ${document.counts.comparison.toLocaleString('en-US')} in the comparison pool; data quality: ${dq.errors} errors, ${dq.warnings} warnings, ${dq.notes} notes\n`,
  );
  return 0;
}
