import { TEMPLATE_SHEETS } from '../workbook/templateSheets';
import { writeTemplatesXlsx } from '../workbook/xlsx/write/xlsxTemplates';
import { type CommandDefinition, commandHelp, parseCommandLine } from './commandDefinition';
import type { CommandIo } from './io';
import { checkOutputs, replaceOutputFile } from './outputFiles';
import { UsageError } from './usageError';

export const TEMPLATES_COMMAND: CommandDefinition = {
  name: 'templates',
  synopsis: ['--out BOOK.xlsx'],
  summary: 'write an empty input workbook: the input sheets with their headers, to fill in',
  positionals: [],
  description: `Writes the empty input templates, the same workbook as the task pane's "Insert empty templates":
the sheets Participants, Mentors, Pairings, Rotations, Surveys, Measures and Preferences, each an Excel table
with the columns Cadre reads (required and optional, and the demographic attributes Gender and
Ethnicity), date columns shown yyyy-mm-dd, drop-downs for yes/no and listed values, and checks on
dates and numbers. Fill them in (or paste your data under the headers), then run cadre validate on the file.
Only Participants is required; delete a sheet you have no data for.`,
  options: [
    {
      name: 'out',
      value: 'BOOK.xlsx',
      text: `the workbook to write. It must not exist yet, or be empty templates cadre templates
wrote (its document properties carry the tag cadre-templates) with nothing typed
into them yet, or be an empty file: Cadre never replaces someone else's workbook,
nor templates filled in. It is written beside itself and then moved over the old
file, so a failure never leaves half a file`,
    },
  ],
  exitCodes: `Exit codes: 0 written; 2 usage error, an --out file refused as above, or a file that cannot be written
(the message says what to do).`,
};

export const TEMPLATES_HELP = commandHelp(TEMPLATES_COMMAND);

/** `cadre templates --out BOOK.xlsx`: the empty templates (`templateSheets.ts`) as an .xlsx file. */
export async function templatesCommand(args: readonly string[], io: CommandIo): Promise<number> {
  const { values } = parseCommandLine(TEMPLATES_COMMAND, args);
  if (values.help) {
    io.out(TEMPLATES_HELP);
    return 0;
  }
  const out = values.out as string | undefined;
  if (!out) throw new UsageError('--out BOOK.xlsx is required: where to write the templates');
  if (!/\.xlsx$/i.test(out)) throw new UsageError(`--out must name an .xlsx file (found "${out}")`);
  await checkOutputs([{ path: out, kind: 'templates', option: '--out' }]);
  await replaceOutputFile(out, (file) => writeTemplatesXlsx(file));
  io.out(`Wrote ${out}: empty ${TEMPLATE_SHEETS.map((s) => s.name).join(', ')} (the headers Cadre reads; fill them in, then run cadre validate ${out})\n`);
  return 0;
}
