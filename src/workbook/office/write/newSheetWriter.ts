import { InsertIncompleteError, WriteIncompleteError, excelSaid, listText } from '../officeAdapterError';
import type { FeatureGate } from '../host';
import { ACTION_BYTES, StepRunner, type WriteStep } from './stepRunner';

/** A sheet to add: its name, and its content as write steps on the added sheet's proxy. */
export interface NewSheet {
  readonly name: string;
  steps(ws: () => Excel.Worksheet): WriteStep[];
}

/**
 * Adds sheets and writes their content in as few syncs as the bytes allow (`StepRunner`: one sync
 * per ~3.5 MB batch, calculation and screen updating paused where the host can), then activates the
 * first of them so the user sees what was added. Every sheet's steps follow its add, so each one is
 * complete as soon as the batch holding its last step has synced.
 *
 * When a sync fails, one more sync looks at which of the sheets are in the workbook (a batch is not
 * a transaction: part of it may have been applied), and an `InsertIncompleteError` names those that
 * were added, and which of them are incomplete, asking to delete them and insert `what` again.
 * Should that look fail too, it names every sheet whose add was sent, as ones that may be there.
 * Returns the number of syncs.
 */
export async function writeNewSheets(context: Excel.RequestContext, gate: FeatureGate, sheets: readonly NewSheet[], what: string, batchBytes: number): Promise<number> {
  const started = new Set<string>();
  const proxies = new Map<string, Excel.Worksheet>();
  const steps: WriteStep[] = [];
  for (const sheet of sheets) {
    const ws = () => proxies.get(sheet.name)!;
    steps.push({
      sheet: sheet.name,
      bytes: ACTION_BYTES,
      queue: () => {
        proxies.set(sheet.name, context.workbook.worksheets.add(sheet.name));
        started.add(sheet.name);
      },
    });
    steps.push(...sheet.steps(ws));
  }
  const first = sheets[0];
  if (first) steps.push({ sheet: null, bytes: ACTION_BYTES, queue: () => proxies.get(first.name)!.activate() });
  const runner = new StepRunner(context, gate, batchBytes);
  try {
    await runner.run(steps, sheets.map((s) => s.name));
  } catch (error) {
    if (!(error instanceof WriteIncompleteError)) throw error;
    throw await incompleteInsert(context, error, sheets.map((s) => s.name), started, what);
  }
  return runner.syncs;
}

/** the error of an insert that stopped: which of its sheets are in the workbook now, and which of those are incomplete */
async function incompleteInsert(
  context: Excel.RequestContext,
  error: WriteIncompleteError,
  planned: readonly string[],
  started: ReadonlySet<string>,
  what: string,
): Promise<InsertIncompleteError> {
  const cause = error.cause;
  const sent = planned.filter((name) => started.has(name));
  const q = (names: readonly string[]) => listText(names.map((n) => `"${n}"`));
  let present: string[];
  try {
    const worksheets = context.workbook.worksheets.load('items/name');
    await context.sync();
    const names = new Set(worksheets.items.map((w) => w.name.toLowerCase()));
    present = sent.filter((name) => names.has(name.toLowerCase()));
  } catch {
    // the workbook cannot be asked either: name every sheet whose add was sent, as one that may be there
    const maybe = sent.filter((name) => error.incompleteSheets.includes(name));
    return new InsertIncompleteError(
      sent,
      maybe,
      `Cadre stopped adding the sheets: ${excelSaid(cause)}, and cannot tell which were added: ${q(sent)} may be there. Delete those that are, then insert ${what} again.`,
      cause,
    );
  }
  if (present.length === 0) return new InsertIncompleteError([], [], `Cadre could not add the sheets: ${excelSaid(cause)}. No sheet was added. Try again.`, cause);
  const partial = present.filter((name) => error.incompleteSheets.includes(name));
  const one = present.length === 1;
  const state =
    partial.length === 0 ? '' : partial.length === present.length ? (one ? ' but is incomplete' : ' but are incomplete') : ` (${q(partial)} incomplete)`;
  const others = present.length < planned.length ? '; the others were not' : '';
  return new InsertIncompleteError(
    present,
    partial,
    `Cadre stopped adding the sheets: ${excelSaid(cause)}. ${q(present)} ${one ? 'was' : 'were'} added${state}${others}. Delete ${one ? 'it' : 'them'} and insert ${what} again.`,
    cause,
  );
}
