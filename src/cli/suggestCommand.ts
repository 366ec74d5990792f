import loadHighs from 'highs';
import type { PairingRole } from '../model/records';
import { DEFAULT_MIN_GROUP, MIN_GROUP_RULE, isMinGroup } from '../privacy/minGroup';
import { FloorNotSettled, floorInProcess } from '../matching';
import { suggest } from '../refresh/suggest';
import { suggestionsWriter } from './boardPack';
import { DEFAULT_AS_OF_NOTE, commandAsOf } from './commandAsOf';
import { type CommandDefinition, commandHelp, parseCommandLine } from './commandDefinition';
import { formatSuggestions } from './formatSuggestions';
import { inputFingerprint } from './inputFingerprint';
import type { CommandIo } from './io';
import { loadMapping } from './loadMapping';
import { loadWeights } from './loadWeights';
import { type Input, type Output, checkOutputs, writeOutputFile } from './outputFiles';
import { progressReporter } from './progress';
import { workbookSource } from './readWorkbook';
import { commandStops } from './refreshStops';
import { InputError, UsageError } from './usageError';

export const SUGGEST_COMMAND: CommandDefinition = {
  name: 'suggest',
  synopsis: ['BOOK.xlsx --role mentor|coach|sponsor --out SUGGEST.xlsx [--json FILE]', '[--weights FILE] [--fairness-floor F] [--as-of YYYY-MM-DD]', '[--min-group K] [--mapping FILE]'],
  summary: 'suggest mentors, coaches or sponsors for those without one, with why, audited for equity',
  positionals: ['BOOK.xlsx'],
  description: `Suggests a giver of the role (an internal mentor, an external coach or a sponsor) for every active
participant without an active pairing of that role: for the whole cohort at once, the most people
first and then the highest total score, never breaking a hard rule (the same person, the reporting
chain, an earlier pairing, a coach of the same vendor as the current one, the level gap, capacity).
Each pair's score (0 to 100) is the weighted sum of eight criteria, shown with the weights. Before
anything is written, the suggestions are audited for equity by group, as the Equity Detail sheet
does, with groups of fewer than k mentees suppressed.

It writes SUGGEST.xlsx holding one sheet, Cadre Suggestions: one row per suggestion (mentee, giver,
role, score, the top three reasons, the mentee's preference rank), the unmatched with why, the audit,
the pairs each hard rule removed, and the weights. The sheet names people: it is for the program's
analysts, never for the board. Nothing is paired: an analyst accepts or rejects each suggestion.
BOOK.xlsx is never modified. It prints how many were suggested, the unmatched by reason and the
audit's adverse and watch groups.

Cadre replaces only files it wrote: SUGGEST.xlsx must not exist yet or be a file written by cadre
suggest with no sheet added by hand, and FILE must not exist yet or be a JSON document written by
Cadre; an empty file may be replaced too. Neither may be BOOK.xlsx, the --weights or the --mapping
file, nor the same file as the other. Both are checked before BOOK.xlsx is read.`,
  options: [
    { name: 'role', value: 'ROLE', text: 'the role to suggest for: mentor, coach or sponsor' },
    { name: 'out', value: 'SUGGEST.xlsx', text: 'write the Cadre Suggestions sheet to SUGGEST.xlsx' },
    { name: 'json', value: 'FILE', text: 'write the suggestions as a JSON document (schema: schema/suggest.schema.json)' },
    {
      name: 'weights',
      value: 'FILE',
      text: `a JSON object of criterion weights, e.g. {"preference": 5, "location": 0}; the
criteria: crossBusinessUnit, crossFunction, seniority, trackFit, location,
preference, loadBalance, giverSatisfaction (defaults 2, 2, 2, 1, 1, 3, 1, 1)`,
    },
    { name: 'fairness-floor', value: 'F', text: 'a minimum share of the best group\'s rates for every group, such as 0.8 (an integer program; the price of fairness is printed)' },
    {
      name: 'as-of',
      value: 'DATE',
      text: `who is active and paired as of this date, today or earlier (default: the end of
the last completed quarter; the date used is printed)`,
    },
    { name: 'min-group', value: 'K', text: 'the minimum group size k of the audit, 3 or more (default 5)' },
    { name: 'mapping', value: 'FILE', text: 'a mapping (JSON) that overrides how sheets and columns are recognised' },
  ],
  exitCodes: `Exit codes: 0 suggestions made (none is an answer too: the printout says why); 1 the input stops the
computation (e.g. no Participants sheet with PersonID), or BOOK.xlsx is not a workbook Cadre can read;
2 usage error (an unknown role, a weights file that cannot be used, a date that is not one), an output
refused as above, or a file that cannot be written.`,
};

export const SUGGEST_HELP = commandHelp(SUGGEST_COMMAND);

const ROLES: Readonly<Record<string, PairingRole>> = { mentor: 'Mentor', coach: 'Coach', sponsor: 'Sponsor' };

export async function suggestCommand(args: readonly string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseCommandLine(SUGGEST_COMMAND, args);
  if (values.help) {
    io.out(SUGGEST_HELP);
    return 0;
  }
  const roleText = values.role as string | undefined;
  if (roleText === undefined) throw new UsageError('--role is required: mentor, coach or sponsor');
  const role = ROLES[roleText.trim().toLowerCase()];
  if (role === undefined) throw new UsageError(`--role must be mentor, coach or sponsor (found "${roleText}")`);
  const out = values.out as string | undefined;
  const json = values.json as string | undefined;
  if (out === undefined && json === undefined) throw new UsageError('--out SUGGEST.xlsx is required: where to write the suggestions (or --json FILE for the document only)');
  if (out !== undefined && !/\.xlsx$/i.test(out)) throw new UsageError(`--out must name an .xlsx file (found "${out}")`);
  const floorText = values['fairness-floor'] as string | undefined;
  const fairnessFloor = floorText === undefined ? null : Number(floorText);
  if (fairnessFloor !== null && !(floorText!.trim() !== '' && fairnessFloor > 0 && fairnessFloor <= 1)) {
    throw new UsageError(`--fairness-floor must be a share above 0 and at most 1, such as 0.8 (found "${floorText}")`);
  }
  const minGroup = values['min-group'] === undefined ? DEFAULT_MIN_GROUP : Number(values['min-group']);
  if (!isMinGroup(minGroup)) throw new UsageError(`--min-group must be ${MIN_GROUP_RULE} (found "${values['min-group']}")`);
  const file = positionals[0];
  // every output, before anything is read: none may be an input, another output, or a file Cadre did not write
  const outputs: Output[] = [];
  if (out !== undefined) outputs.push({ path: out, kind: 'suggestions', option: '--out' });
  if (json !== undefined) outputs.push({ path: json, kind: 'json', option: '--json' });
  const inputs: Input[] = [{ path: file, what: 'the input workbook' }];
  if (values.weights !== undefined) inputs.push({ path: values.weights as string, what: 'the --weights file' });
  if (values.mapping !== undefined) inputs.push({ path: values.mapping as string, what: 'the --mapping file' });
  await checkOutputs(outputs, inputs);
  const weights = loadWeights(values.weights as string | undefined);
  const mapping = loadMapping(values.mapping as string | undefined);
  const chosen = commandAsOf(values['as-of'] as string | undefined, io);

  let progress: ((message: string) => void) | undefined;
  const now = new Date();
  const outcome = await floorSettled(() =>
    commandStops(() =>
      suggest(
        {
          source: workbookSource(file, io),
          writer: out !== undefined ? suggestionsWriter(out, now) : undefined,
          documentWriter: json !== undefined ? (doc) => writeOutputFile(json, JSON.stringify(doc, null, 2) + '\n') : undefined,
          // the floor in this process; HiGHS (wasm) loaded only when a floor is on and the suggestions without it miss it
          runFloor: floorInProcess(() => loadHighs()),
        },
        {
          asOf: chosen.asOf,
          role,
          minGroup,
          mapping,
          weights,
          fairnessFloor,
          fingerprint: inputFingerprint,
          onProgress: (p) => {
            if (p.phase === 'reading') return;
            progress ??= progressReporter(io);
            if (p.phase === 'computing') progress(p.step === 'checking' ? 'checking the input sheets' : `suggesting ${role.toLowerCase()}s`);
            else if (p.sheetsWritten === 0) progress('writing the suggestions');
          },
        },
      ),
    ),
  );
  const written = [...(out !== undefined ? [`${out} (the ${outcome.written?.sheets.map((s) => s.name).join(', ')} sheet, for the analyst)`] : []), ...(json !== undefined ? [json] : [])];
  io.out(
    formatSuggestions(outcome.document, chosen.defaulted ? DEFAULT_AS_OF_NOTE : '') +
      `Wrote ${written.join(' and ')}. Nothing is paired until someone accepts a suggestion and adds it to Pairings.\n`,
  );
  return 0;
}

/** A fairness floor the solver could not settle in time is the command's one-line error (exit 1), its message as the engine words it. */
async function floorSettled<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    if (e instanceof FloorNotSettled) throw new InputError(e.message);
    throw e;
  }
}
