import { generateSample } from '../sample/generateSample';
import { writeSheetsXlsx } from '../workbook/xlsx/write/xlsxWrite';
import { SAMPLE_KEYWORD } from '../workbook/xlsx/boardPackMarker';
import { isoFromDay } from '../calendar/isoFromDay';
import { type CommandDefinition, commandHelp, parseCommandLine } from './commandDefinition';
import type { CommandIo } from './io';
import { checkOutputs, replaceOutputFile } from './outputFiles';
import { asOfOption } from './parseOptions';
import { UsageError } from './usageError';

export const SAMPLE_COMMAND: CommandDefinition = {
  name: 'sample',
  synopsis: ['[--size standard|large|N] [--seed S] [--as-of YYYY-MM-DD] --out BOOK.xlsx'],
  summary: 'write a synthetic input workbook (2,000 people by default) with planted findings',
  positionals: [],
  description: `Writes a synthetic, seeded input workbook of an executive mentorship program (Participants, Mentors,
Pairings, Rotations, Surveys, Measures, Preferences) with planted findings to test the product on (see README).`,
  options: [
    { name: 'size', value: 'SIZE', text: 'standard (2,000 people, the default), large (100,000 people), or a number of people' },
    { name: 'seed', value: 'S', text: 'the random seed (default 42): the same seed gives the same workbook' },
    { name: 'as-of', value: 'DATE', text: "the last date of the program's history (default 2026-09-30)" },
    {
      name: 'out',
      value: 'BOOK.xlsx',
      text: `the workbook to write. It must not exist yet, or be a workbook cadre sample wrote
(its document properties carry the tag cadre-sample), or be an empty file:
Cadre never replaces someone else's workbook. It is written beside itself and
then moved over the old file, so a failure never leaves half a file`,
    },
  ],
  exitCodes: `Exit codes: 0 written; 2 usage error, an --out file refused as above, or a file that cannot be written
(the message says what to do).`,
};

export const SAMPLE_HELP = commandHelp(SAMPLE_COMMAND);

/** Parses --size: "standard", "large" or a whole number of people (at least 50). */
export function sizeOption(value: string | undefined): 'standard' | 'large' | number {
  if (value === undefined || value === 'standard' || value === 'large') return value ?? 'standard';
  const n = Number(value);
  if (!Number.isInteger(n) || n < 50 || n > 1_000_000) {
    throw new UsageError(`--size must be standard, large, or a whole number of people from 50 to 1000000 (found "${value}")`);
  }
  return n;
}

export async function sampleCommand(args: readonly string[], io: CommandIo): Promise<number> {
  const { values } = parseCommandLine(SAMPLE_COMMAND, args);
  if (values.help) {
    io.out(SAMPLE_HELP);
    return 0;
  }
  if (!values.out) throw new UsageError('--out BOOK.xlsx is required: where to write the workbook');
  if (!/\.xlsx$/i.test(values.out as string)) throw new UsageError(`--out must name an .xlsx file (found "${values.out}")`);
  const seed = values.seed === undefined ? 42 : Number(values.seed);
  if (!Number.isInteger(seed) || seed < 0) throw new UsageError(`--seed must be a whole number, 0 or more (found "${values.seed}")`);
  const size = sizeOption(values.size as string | undefined);
  const asOf = values['as-of'] === undefined ? undefined : asOfOption(values['as-of'] as string);
  const out = values.out as string;
  await checkOutputs([{ path: out, kind: 'sample', option: '--out' }]);
  const sample = generateSample({ size, seed, ...(asOf === undefined ? {} : { asOf }) });
  await replaceOutputFile(out, (file) => writeSheetsXlsx(file, sample.sheets, sample.numberFormats, { keywords: SAMPLE_KEYWORD }));
  const rows = sample.sheets.map((s) => `${s.name} ${(s.values.length - 1).toLocaleString('en-US')}`).join(', ');
  io.out(`Wrote ${values.out}: ${rows} (seed ${seed}, as of ${isoFromDay(sample.asOf)})\n`);
  return 0;
}
