import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { intake } from '../intake/intake';
import { generateSample } from '../sample/generateSample';
import { writeSheetsXlsx } from '../workbook/xlsxWrite';
import { refreshReport } from '../report/refreshReport';
import { formatFindings } from './formatFindings';
import { inputFingerprint } from './fingerprint';
import { formatValidation } from './formatValidation';
import type { CommandIo } from './io';
import { parseOptions } from './parseOptions';
import { readWorkbook } from './readWorkbook';

export const DEMO_HELP = `Usage: cadre demo [--out DIR]

Writes the sample program workbook (standard size, seed 42) to DIR/cadre-sample.xlsx, validates it as
a user's workbook would be (read back from the file, recognised, typed and checked), computes every
metric and equity test, prints the main findings, and writes them to DIR/cadre-results.json.

Options:
  --out DIR          the folder to write into (default: demo)
`;

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
  const report = refreshReport({ asOf: sample.asOf, minGroup: 5, refreshedAt: new Date(), inputFingerprint: inputFingerprint(result.data) }, result);
  const json = join(dir, 'cadre-results.json');
  writeFileSync(json, JSON.stringify(report, null, 2) + '\n');
  io.out(`\n${formatFindings(report)}\nWrote the results to ${json} (the same document as cadre refresh --json)\n`);
  return result.problems.some((p) => p.severity === 'error') ? 1 : 0;
}
