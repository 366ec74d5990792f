import { isoFromDay } from '../calendar/isoFromDay';
import { lastQuarterEnd } from '../calendar/lastQuarterEnd';
import type { Day } from '../model/day';
import type { Mapping } from '../model/mapping';
import { boardPackWriter } from './boardPack';
import { impactLine } from './formatFindings';
import { inputFingerprint } from './inputFingerprint';
import { DEFAULT_MIN_GROUP, MIN_GROUP_RULE, isMinGroup } from '../privacy/minGroup';
import { refresh } from '../refresh/refresh';
import { DEFAULT_AS_OF_NOTE, commandAsOf } from './commandAsOf';
import type { CommandIo } from './io';
import { loadMapping } from './loadMapping';
import { type Input, type Output, checkOutputs, writeOutputFile } from './outputFiles';
import { type CommandDefinition, commandHelp, parseCommandLine } from './commandDefinition';
import { collectGarbage } from './collectGarbage';
import { progressReporter } from './progress';
import { commandStops } from './refreshStops';
import { workbookSource } from './readWorkbook';
import { UsageError } from './usageError';

export const REFRESH_COMMAND: CommandDefinition = {
  name: 'refresh',
  synopsis: [
    'BOOK.xlsx --out OUT.xlsx [--json FILE] [--as-of YYYY-MM-DD | --quarterly]',
    '[--min-group K] [--mapping FILE] [--attributes A,B,...] [--no-analyst-detail]',
  ],
  summary: 'compute every metric and write the board pack OUT.xlsx (and, with --json, the results)',
  positionals: ['BOOK.xlsx'],
  description: `Computes retention, time-to-readiness, satisfaction, program operations, pairing equity, mentor load
and conflicts of interest from the program's input sheets, suppresses every group smaller than k,
and writes the board pack OUT.xlsx: Board Dashboard, Equity Detail, Metrics Detail, Analyst Detail,
Cadre History, Definitions and Data Quality, with native charts. When OUT.xlsx was written by an
earlier cadre refresh, its History is carried forward and this quarter's rows replaced, so a
quarterly job writing to the same file builds the history. BOOK.xlsx is never modified. It prints
what it wrote, and participants' 12-month retention against the comparison pool beside that of
matched participants against matched colleagues (program impact), with how many were matched.

Cadre replaces only files it wrote: OUT.xlsx must not exist yet or be a board pack written by cadre
refresh with no sheet added by hand (move such a sheet to another workbook first), and FILE must not
exist yet or be a JSON document written by cadre refresh or cadre validate; an empty file may be
replaced too. Neither may be BOOK.xlsx or the --mapping file (through a link or not), nor the same
file as the other. Both are checked before BOOK.xlsx is read. Each is written beside itself and then
moved over the old file, so a failure never leaves half a file; a link is followed, and the file it
points to is replaced.`,
  options: [
    { name: 'out', value: 'OUT.xlsx', text: 'write the board pack to OUT.xlsx' },
    { name: 'json', value: 'FILE', text: 'write the results as a JSON document (schema: schema/refresh.schema.json)' },
    {
      name: 'no-analyst-detail',
      text: `for a copy shared with the board: leave out the Analyst Detail sheet
(person-level findings, with ids) and count data-quality problems by kind,
without their cells and values`,
    },
    {
      name: 'as-of',
      value: 'DATE',
      text: `the as-of date that closes every window, today or earlier (default: the end
of the last completed quarter, as in the task pane; the date used is printed)`,
    },
    { name: 'quarterly', text: 'as of the end of the last completed quarter before --as-of' },
    { name: 'min-group', value: 'K', text: 'the minimum group size k for suppression, 3 or more (default 5)' },
    { name: 'mapping', value: 'FILE', text: 'a mapping (JSON) that overrides how sheets and columns are recognised' },
    {
      name: 'attributes',
      value: 'A,B',
      text: `the demographic attribute columns (default: those of Gender, Sex, Ethnicity, Race,
AgeBand, Generation, Disability, Veteran that exist)`,
    },
  ],
  exitCodes: `Exit codes: 0 computed (data-quality problems are on the Data Quality sheet and in the document);
1 the input stops the computation (e.g. no Participants sheet with PersonID), BOOK.xlsx is not a workbook
Cadre can read (empty, a CSV or .xls renamed, password-protected, damaged: the message says which), or
OUT.xlsx's History has rows Cadre cannot read; 2 usage error, an output refused as above, or a file that cannot be
written (the message names it and says what to do).`,
};

export const REFRESH_HELP = commandHelp(REFRESH_COMMAND);

/** The as-of date: --as-of, else the default (`defaultAsOf`); with --quarterly, the last day of the last completed quarter. */
export function refreshAsOf(asOf: Day, quarterly: boolean): Day {
  return quarterly ? lastQuarterEnd(asOf) : asOf;
}

export async function refreshCommand(args: readonly string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseCommandLine(REFRESH_COMMAND, args);
  if (values.help) {
    io.out(REFRESH_HELP);
    return 0;
  }
  const out = values.out as string | undefined;
  const json = values.json as string | undefined;
  if (out === undefined && json === undefined) throw new UsageError('--out OUT.xlsx is required: where to write the board pack (or --json FILE for the results only)');
  if (out !== undefined && !/\.xlsx$/i.test(out)) throw new UsageError(`--out must name an .xlsx file (found "${out}")`);
  const minGroup = values['min-group'] === undefined ? DEFAULT_MIN_GROUP : Number(values['min-group']);
  if (!isMinGroup(minGroup)) {
    throw new UsageError(`--min-group must be ${MIN_GROUP_RULE} (found "${values['min-group']}")`);
  }
  const file = positionals[0];
  // every output, before anything is read: none may be an input, another output, or a file Cadre did not write
  const outputs: Output[] = [];
  if (out !== undefined) outputs.push({ path: out, kind: 'boardPack', option: '--out' });
  if (json !== undefined) outputs.push({ path: json, kind: 'json', option: '--json' });
  const inputs: Input[] = [{ path: file, what: 'the input workbook' }];
  if (values.mapping !== undefined) inputs.push({ path: values.mapping as string, what: 'the --mapping file' });
  await checkOutputs(outputs, inputs);
  let mapping: Mapping | undefined = loadMapping(values.mapping as string | undefined);
  if (values.attributes !== undefined) {
    const attributes = (values.attributes as string).split(',').map((a) => a.trim()).filter((a) => a !== '');
    if (attributes.length === 0) throw new UsageError('--attributes needs column names separated by commas, e.g. Gender,Ethnicity');
    mapping = { ...(mapping ?? { version: 1 }), attributes };
  }
  const chosen = commandAsOf(values['as-of'] as string | undefined, io);
  const asOf = refreshAsOf(chosen.asOf, Boolean(values.quarterly));

  // progress lines after the read (which reports its own): the clock starts when computing does
  let progress: ((message: string) => void) | undefined;
  const now = new Date();
  // an existing board pack's History is read first (before the long read), by the writer
  const outcome = await commandStops(
    () =>
      refresh(
        {
          source: workbookSource(file, io),
          writer: out !== undefined ? boardPackWriter(out, now) : undefined,
          reportWriter: json !== undefined ? (report) => writeOutputFile(json, JSON.stringify(report, null, 2) + '\n') : undefined,
        },
        {
          asOf,
          minGroup,
          mapping,
          analystDetail: !values['no-analyst-detail'],
          now,
          fingerprint: inputFingerprint,
          onProgress: (p) => {
            if (p.phase === 'reading') return;
            progress ??= progressReporter(io);
            if (p.phase === 'computing' && p.step === 'reporting') collectGarbage(); // the input sheets' cell values are garbage now
            if (p.phase === 'computing') progress(p.step === 'checking' ? 'checking the input sheets' : 'computing the metrics');
            else if (p.sheetsWritten === 0) progress('writing the board pack');
          },
        },
      ),
    out,
  );
  const document = outcome.report;
  const written: string[] = [];
  if (json !== undefined) written.push(json);
  let packLine = '';
  if (out !== undefined && outcome.written) {
    written.unshift(out);
    // the History sheet's quarters: those carried forward and this refresh's
    const quarters = [...new Set([...outcome.history.map((h) => h.quarter), document.quarter])].sort();
    packLine = `Board pack ${out}: ${outcome.written.sheets.map((s) => s.name).join(', ')}; History holds ${quarters.length} quarter${quarters.length === 1 ? '' : 's'} (${quarters[0]} to ${quarters[quarters.length - 1]})\n`;
  }
  const dq = document.dataQuality;
  io.out(
    `Wrote ${written.join(' and ')}: metrics as of ${isoFromDay(asOf)}${chosen.defaulted ? ` (${DEFAULT_AS_OF_NOTE})` : ''} for ${document.counts.participants.toLocaleString('en-US')} participants and ${document.counts.comparison.toLocaleString('en-US')} in the comparison pool; data quality: ${dq.errors} errors, ${dq.warnings} warnings, ${dq.notes} notes\n${packLine}${impactLine(document)}`,
  );
  return 0;
}
