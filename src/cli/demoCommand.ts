import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { intake } from '../intake/intake';
import { generateSample } from '../sample/generateSample';
import { writeSheetsXlsx } from '../workbook/xlsxWrite';
import { type RefreshReport, refreshReport } from '../report/refreshReport';
import { isoFromDay } from '../calendar/isoFromDay';
import { quarterOf } from '../calendar/quarter';
import type { Day } from '../model/day';
import { RenderToolMissingError, renderFirstSheetPng } from '../workbook/xlsxPlan/renderPng';
import { boardPackHistory, writeBoardPack } from './boardPack';
import { progressReporter } from './progress';
import { formatFindings } from './formatFindings';
import { inputFingerprint } from './fingerprint';
import { formatValidation } from './formatValidation';
import type { CommandIo } from './io';
import { parseOptions } from './parseOptions';
import { readWorkbook } from './readWorkbook';

export const DEMO_HELP = `Usage: cadre demo [--out DIR]

Writes the sample program workbook (standard size, seed 42) to DIR/cadre-sample.xlsx, validates it as
a user's workbook would be (read back from the file, recognised, typed and checked), computes every
metric and equity test, prints the main findings, and writes:
  DIR/cadre-board-pack.xlsx   the board pack, refreshed as of the last four quarter ends in turn, as
                              a quarterly job would have, so its History has four quarters
  DIR/cadre-results.json      the results of the last quarter (the document of cadre refresh --json)
  DIR/board-dashboard.png     the Board Dashboard as LibreOffice prints it (only where LibreOffice
                              and pdftoppm are installed)

Options:
  --out DIR          the folder to write into (default: demo)
`;

/** The demo's quarter ends: the sample's as-of date and the three quarter ends before it. */
export function demoQuarterEnds(asOf: Day): Day[] {
  const ends = [asOf];
  for (let i = 0; i < 3; i++) ends.unshift(quarterOf(ends[0]).first - 1);
  return ends;
}

export async function demoCommand(args: readonly string[], io: CommandIo): Promise<number> {
  const { values } = parseOptions('demo', args, { out: { type: 'string' } }, 0);
  if (values.help) {
    io.out(DEMO_HELP);
    return 0;
  }
  const dir = (values.out as string | undefined) ?? 'demo';
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'cadre-sample.xlsx');
  const sample = generateSample({ size: 'standard', seed: 42 });
  await writeSheetsXlsx(file, sample.sheets, sample.numberFormats);
  io.out(`Wrote the sample program to ${file}\n\n`);
  const { outline, sheets } = await readWorkbook(file, io);
  const result = intake(sheets, { asOf: sample.asOf, dateSystem: outline.dateSystem });
  io.out(formatValidation(file, sample.asOf, result));
  if (!result.canCompute) return 1;
  const fingerprint = inputFingerprint(result.data);
  const pack = join(dir, 'cadre-board-pack.xlsx');
  const progress = progressReporter(io);
  let report: RefreshReport | undefined;
  for (const asOf of demoQuarterEnds(sample.asOf)) {
    progress(`refreshing the board pack as of ${isoFromDay(asOf)}`);
    const quarter = asOf === sample.asOf ? result : intake(sheets, { asOf, dateSystem: outline.dateSystem });
    report = refreshReport({ asOf, minGroup: 5, refreshedAt: new Date(), inputFingerprint: fingerprint }, quarter);
    await writeBoardPack(pack, report, await boardPackHistory(pack), { analystDetail: true });
  }
  const last = report as RefreshReport;
  const json = join(dir, 'cadre-results.json');
  writeFileSync(json, JSON.stringify(last, null, 2) + '\n');
  io.out(`\n${formatFindings(last)}\nWrote the board pack to ${pack} (refreshed as of ${demoQuarterEnds(sample.asOf).map(isoFromDay).join(', ')})\nWrote the results to ${json} (the same document as cadre refresh --json)\n`);
  const png = join(dir, 'board-dashboard.png');
  try {
    progress('drawing the Board Dashboard with LibreOffice');
    await renderFirstSheetPng(pack, png);
    io.out(`Wrote ${png}: the Board Dashboard as LibreOffice prints it\n`);
  } catch (e) {
    if (!(e instanceof RenderToolMissingError)) throw e;
    io.out(`No PNG of the Board Dashboard: ${e.message}\n`);
  }
  return result.problems.some((p) => p.severity === 'error') ? 1 : 0;
}
