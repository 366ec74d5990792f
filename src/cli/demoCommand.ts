import { join } from 'node:path';
import { generateSample } from '../sample/generateSample';
import { writeSheetsXlsx } from '../workbook/xlsx/write/xlsxWrite';
import { SAMPLE_KEYWORD } from '../workbook/xlsx/boardPackMarker';
import { SheetsSource } from '../workbook/sheetsSource';
import { markPng } from './render/pngMarker';
import type { RefreshReport } from '../report/refreshReport';
import { isoFromDay } from '../calendar/isoFromDay';
import { quarterOf } from '../calendar/quarter';
import type { Day } from '../model/day';
import { DEFAULT_MIN_GROUP } from '../privacy/minGroup';
import { refresh } from '../refresh/refresh';
import { validate } from '../refresh/validate';
import { RenderError, renderFirstSheetPngBytes } from './render/renderPng';
import { BOARD_PRINTED_PAGES } from '../dashboard/boardSheet';
import { boardPackWriter, suggestionsWriter } from './boardPack';
import { progressReporter } from './progress';
import { formatFindings } from './formatFindings';
import { inputFingerprint } from './inputFingerprint';
import { formatValidation } from './formatValidation';
import { type CommandDefinition, commandHelp, parseCommandLine } from './commandDefinition';
import type { CommandIo } from './io';
import { checkOutputs, outputFolder, replaceOutputFile, writeOutputFile } from './outputFiles';
import { readWorkbook } from './readWorkbook';
import { commandStops } from './refreshStops';
import { suggest } from '../refresh/suggest';
import { type PreferenceTrap, formatDemoSuggestions } from './formatSuggestions';

export const DEMO_COMMAND: CommandDefinition = {
  name: 'demo',
  synopsis: ['[--out DIR]'],
  summary: 'write the sample program, validate it, and write its board pack and results (in DIR, default demo)',
  positionals: [],
  description: `Writes the sample program workbook (standard size, seed 42) to DIR/cadre-sample.xlsx, validates it as
a user's workbook would be (read back from the file, recognised, typed and checked), computes every
metric and equity test, prints the main findings and program impact (participants against the
comparison pool of all eligible non-participants, and matched participants against matched
colleagues: the raw comparison beside the fairer one), then how many participants without a mentor
got a suggested one (and the sample's planted preference trap: a first wish the reporting chain
rules out), and writes:
  DIR/cadre-board-pack.xlsx   the board pack, refreshed as of the last four quarter ends in turn, as
                              a quarterly job would have; the first refresh recomputes the four
                              quarters before it from the data, so its History has eight quarters
  DIR/cadre-results.json      the results of the last quarter (the document of cadre refresh --json)
  DIR/cadre-suggestions.xlsx  mentor suggestions for the participants without a mentor, as of the
                              sample's as-of date (the sheet of cadre suggest --role mentor)
  DIR/board-dashboard.png     the Board Dashboard's two printed pages as LibreOffice prints them
                              (only where LibreOffice and pdftoppm are installed)`,
  options: [{ name: 'out', value: 'DIR', text: 'the folder to write into (default: demo); made when it does not exist' }],
  notes: `Cadre replaces only files it wrote: each of the five files in DIR must not exist yet, or be one an
earlier cadre demo (or, for the workbook, cadre sample; for the board pack, cadre refresh with no
sheet added by hand; for the suggestions, cadre suggest; for the results, any JSON document of
Cadre's) wrote, or be empty. All five are
checked before anything is written, and each is written beside itself and then moved over the old
file, so a failure never leaves half a file.`,
  exitCodes: `Exit codes: 0 written, no error-level problem; 1 error-level problems in the sample; 2 usage error, a
file in DIR refused as above, or a file that cannot be written (the message says what to do).`,
};

export const DEMO_HELP = commandHelp(DEMO_COMMAND);

/** The demo's quarter ends: the sample's as-of date and the three quarter ends before it. */
export function demoQuarterEnds(asOf: Day): Day[] {
  const ends = [asOf];
  for (let i = 0; i < 3; i++) ends.unshift(quarterOf(ends[0]).first - 1);
  return ends;
}

export async function demoCommand(args: readonly string[], io: CommandIo): Promise<number> {
  const { values } = parseCommandLine(DEMO_COMMAND, args);
  if (values.help) {
    io.out(DEMO_HELP);
    return 0;
  }
  const dir = (values.out as string | undefined) ?? 'demo';
  const file = join(dir, 'cadre-sample.xlsx');
  const pack = join(dir, 'cadre-board-pack.xlsx');
  const json = join(dir, 'cadre-results.json');
  const png = join(dir, 'board-dashboard.png');
  const suggestions = join(dir, 'cadre-suggestions.xlsx');
  // every file, before anything is written: the demo replaces only files Cadre wrote
  outputFolder(dir, '--out');
  await checkOutputs([
    { path: file, kind: 'sample', option: '--out', folder: dir },
    { path: pack, kind: 'boardPack', option: '--out', folder: dir },
    { path: json, kind: 'json', option: '--out', folder: dir },
    { path: png, kind: 'png', option: '--out', folder: dir },
    { path: suggestions, kind: 'suggestions', option: '--out', folder: dir },
  ]);
  const sample = generateSample({ size: 'standard', seed: 42 });
  await replaceOutputFile(file, (temporary) => writeSheetsXlsx(temporary, sample.sheets, sample.numberFormats, { keywords: SAMPLE_KEYWORD }));
  io.out(`Wrote the sample program to ${file}\n\n`);
  // read back once, as a user's workbook would be; the checks and the four refreshes use what was read
  const { outline, sheets } = await readWorkbook(file, io);
  const source = new SheetsSource(sheets, outline.dateSystem);
  const { intake: result } = await validate(source, { asOf: sample.asOf });
  io.out(formatValidation(file, sample.asOf, result));
  if (!result.canCompute) return 1;
  const progress = progressReporter(io);
  let report: RefreshReport | undefined;
  for (const asOf of demoQuarterEnds(sample.asOf)) {
    progress(`refreshing the board pack as of ${isoFromDay(asOf)}`);
    const now = new Date();
    const options = { asOf, minGroup: DEFAULT_MIN_GROUP, analystDetail: true, now, fingerprint: inputFingerprint };
    report = (await commandStops(() => refresh({ source, writer: boardPackWriter(pack, now) }, options), pack)).report;
  }
  const last = report as RefreshReport;
  await writeOutputFile(json, JSON.stringify(last, null, 2) + '\n');
  progress(`suggesting mentors as of ${isoFromDay(sample.asOf)}`);
  const now = new Date();
  const suggested = await commandStops(() =>
    suggest({ source, writer: suggestionsWriter(suggestions, now) }, { asOf: sample.asOf, role: 'Mentor', minGroup: DEFAULT_MIN_GROUP, fingerprint: inputFingerprint }),
  );
  // the preference trap, where the sample plants one (`planted.preferenceTrap`)
  const trap = (sample.planted as { readonly preferenceTrap?: PreferenceTrap | null }).preferenceTrap ?? null;
  io.out(`\n${formatFindings(last)}${formatDemoSuggestions(suggested.document, suggestions, trap)}\nWrote the board pack to ${pack} (refreshed as of ${demoQuarterEnds(sample.asOf).map(isoFromDay).join(', ')})\nWrote the results to ${json} (the same document as cadre refresh --json)\nWrote the mentor suggestions to ${suggestions} (the same sheet as cadre suggest)\n`);
  try {
    progress('drawing the Board Dashboard with LibreOffice');
    // marked (Software = Cadre), so that the next demo may replace it
    await writeOutputFile(png, markPng(await renderFirstSheetPngBytes(pack, BOARD_PRINTED_PAGES)));
    io.out(`Wrote ${png}: the Board Dashboard's ${BOARD_PRINTED_PAGES} printed pages as LibreOffice prints them\n`);
  } catch (e) {
    // LibreOffice or pdftoppm missing or failing: the workbook, the board pack and the results are
    // written; the picture is said to be missing, with why
    if (!(e instanceof RenderError)) throw e;
    io.out(`No PNG of the Board Dashboard: ${e.message}\n`);
  }
  return result.problems.some((p) => p.severity === 'error') ? 1 : 0;
}
