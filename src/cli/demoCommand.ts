import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { intake } from '../intake/intake';
import { generateSample } from '../sample/generateSample';
import { writeSheetsXlsx } from '../workbook/xlsxWrite';
import { formatValidation } from './formatValidation';
import type { CommandIo } from './io';
import { parseOptions } from './parseOptions';
import { readWorkbook } from './readWorkbook';

export const DEMO_HELP = `Usage: cadre demo [--out DIR]

Writes the sample program workbook (standard size, seed 42) to DIR/cadre-sample.xlsx and validates it
as a user's workbook would be: read back from the file, recognised, typed and checked.

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
  return result.problems.some((p) => p.severity === 'error') ? 1 : 0;
}
