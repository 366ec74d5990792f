import { validate } from '../refresh/validate';
import { DEFAULT_AS_OF_NOTE, commandAsOf } from './commandAsOf';
import { formatValidation } from './formatValidation';
import type { CommandIo } from './io';
import { loadMapping } from './loadMapping';
import { type Input, checkOutputs, writeOutputFile } from './outputFiles';
import { type CommandDefinition, commandHelp, parseCommandLine } from './commandDefinition';
import { workbookSource } from './readWorkbook';
import { validationDocument } from './validationDocument';

export const VALIDATE_COMMAND: CommandDefinition = {
  name: 'validate',
  synopsis: ['BOOK.xlsx [--json FILE] [--mapping FILE] [--as-of YYYY-MM-DD]'],
  summary: 'report input problems; exit 1 if any error-level problem',
  positionals: ['BOOK.xlsx'],
  description: `Reads the program's input sheets (Participants, Mentors, Pairings, Rotations, Surveys, and
Measures and Preferences where there are), says which sheets and columns were recognised and how, and lists every
data-quality problem with its cell.
A sheet that is missing can be added from the empty workbook of cadre templates.`,
  options: [
    {
      name: 'json',
      value: 'FILE',
      text: `also write the result as JSON (schema: schema/validate.schema.json). FILE must
not exist yet or be a JSON document written by cadre validate or cadre refresh
(or an empty file), and may not be BOOK.xlsx or the --mapping file, through a
link or not; this is checked before BOOK.xlsx is read. It is written beside
itself and then moved over the old file, so a failure never leaves half a file`,
    },
    { name: 'mapping', value: 'FILE', text: 'a mapping (JSON) that overrides how sheets and columns are recognised' },
    {
      name: 'as-of',
      value: 'DATE',
      text: `the as-of date for plausibility checks, today or earlier (default: the end of
the last completed quarter, as cadre refresh and the task pane; it is printed)`,
    },
  ],
  exitCodes: `Exit codes: 0 no error-level problem; 1 error-level problems (rows or sheets left out), or BOOK.xlsx
is not a workbook Cadre can read (empty, a CSV or .xls renamed, password-protected, damaged: the message says
which); 2 usage error, a --json FILE refused as above, or a file that cannot be read or written (the message
says what to do).`,
};

export const VALIDATE_HELP = commandHelp(VALIDATE_COMMAND);

/** `cadre validate`: exit 1 when any problem is of error level (cli.md). */
export async function validateCommand(args: readonly string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseCommandLine(VALIDATE_COMMAND, args);
  if (values.help) {
    io.out(VALIDATE_HELP);
    return 0;
  }
  const file = positionals[0];
  if (values.json !== undefined) {
    // before anything is read: FILE is neither an input nor a file Cadre did not write
    const inputs: Input[] = [{ path: file, what: 'the input workbook' }];
    if (values.mapping !== undefined) inputs.push({ path: values.mapping as string, what: 'the --mapping file' });
    await checkOutputs([{ path: values.json as string, kind: 'json', option: '--json' }], inputs);
  }
  const mapping = loadMapping(values.mapping as string | undefined);
  const chosen = commandAsOf(values['as-of'] as string | undefined, io);
  const { asOf } = chosen;
  const { intake: result } = await validate(workbookSource(file, io), { asOf, mapping });
  io.out(formatValidation(file, asOf, result, undefined, chosen.defaulted ? DEFAULT_AS_OF_NOTE : undefined));
  if (values.json !== undefined) await writeOutputFile(values.json as string, JSON.stringify(validationDocument(file, asOf, result), null, 2) + '\n');
  return result.problems.some((p) => p.severity === 'error') ? 1 : 0;
}
