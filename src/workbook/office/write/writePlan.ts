import { CADRE_SHEET_NAMES } from '../../../dashboard/buildPlan';
import { planDefects } from '../../../dashboard/planDefects';
import { splitSheetRef } from '../../../excel/a1Address';
import type { SheetRole, WorkbookPlan } from '../../../dashboard/plan';
import { OfficeAdapterError, WriteIncompleteError, causeText, excelSaid, listText } from '../officeAdapterError';
import { type ExcelRun, FeatureGate, type IsSetSupported, defaultIsSetSupported, requireExcelApi } from '../host';
import { type OwnedSheet, queueOwnershipWrite } from '../ownership';
import { BATCH_BUDGET_BYTES } from '../batchBudget';
import { type OldObjects, type SheetWrite, clearSteps, contentSteps } from './sheetSteps';
import { ACTION_BYTES, StepRunner, type WriteStep } from './stepRunner';
import { queueWriteState, resolveTargets } from './writeTargets';

/** the workbook names Cadre owns start with this (compared ignoring case) */
const CADRE_NAME_PREFIX = 'cadre.';

export interface WritePlanOptions {
  /** Office's isSetSupported (default: Office.context.requirements.isSetSupported when Office is loaded) */
  readonly isSetSupported?: IsSetSupported;
  /** after each batch: how many of the plan's sheets are complete */
  readonly onProgress?: (progress: { readonly sheetsWritten: number; readonly sheetsTotal: number }) => void;
  /** estimated request bytes per sync; default 3.5 MB (tests lower it to see several batches) */
  readonly batchBytes?: number;
}

export interface WritePlanResult {
  /** the sheets written, in the plan's order */
  readonly sheets: readonly { readonly name: string; readonly role: SheetRole }[];
  /** context.sync() calls of the write */
  readonly syncs: number;
  /** plain messages: what was not applied on this Excel, sheets renamed back or removed */
  readonly warnings: readonly string[];
}

/**
 * Writes a workbook plan into the open workbook (dashboards.md), in three phases:
 *
 * 1. one sync reads the sheets, the ownership setting, the workbook's names and tables; a target
 *    name held by a sheet Cadre does not own refuses the whole write (SheetNameTakenError) before
 *    anything is written;
 * 2. one sync claims the sheets Cadre is about to add in the ownership setting, adds them, and
 *    loads the tables and charts of the owned sheets it will rewrite;
 * 3. the write itself, synced per ~3.5 MB batch (StepRunner): the ownership setting with the new
 *    ids (the owned sheets the plan leaves alone kept in it); owned sheets of a refresh's roles a
 *    refresh's plan no longer has removed (a partial plan, `plan.partial`, removes none and leaves
 *    the "Cadre." names as they are); renamed owned sheets named back;
 *    each sheet cleared in place and written; the workbook names starting "Cadre." replaced by the
 *    plan's; then the Board Dashboard (else the plan's first sheet) activated, so a successful
 *    refresh ends on it.
 *
 * So a write takes 2 syncs plus one per batch: a few, whatever the number of sheets, styles, tables
 * or charts. If a sync fails part-way, a WriteIncompleteError lists the sheets not fully written;
 * they are owned by then, so the next refresh clears and rewrites them.
 */
export async function writePlan(run: ExcelRun, plan: WorkbookPlan, options: WritePlanOptions = {}): Promise<WritePlanResult> {
  const isSetSupported = options.isSetSupported ?? defaultIsSetSupported();
  requireExcelApi(isSetSupported);
  const roles = plan.sheets.map((s) => s.role);
  const problems = [...planDefects(plan), ...roles.filter((r, i) => roles.indexOf(r) !== i).map((r) => `two sheets have the role ${r} (ownership is recorded by role)`)];
  if (problems.length > 0) {
    throw new OfficeAdapterError('InvalidPlan', `The dashboards cannot be written, and nothing was: ${problems.join('; ')}.`);
  }
  const gate = new FeatureGate(isSetSupported);
  const warnings: string[] = [];
  const sheetNames = plan.sheets.map((s) => s.name);
  let syncs = 0;
  await run(async (context) => {
    // 1. the workbook as it is
    const readState = queueWriteState(context);
    syncs += 1;
    try {
      await context.sync();
    } catch (error) {
      throw new OfficeAdapterError('ReadFailed', `Reading the workbook's sheets before writing failed, and nothing was written: ${causeText(error)}`, { cause: error });
    }
    const state = readState();
    const { targets, retired, kept } = resolveTargets(plan, state);
    const keptOwnership = kept.map((k): OwnedSheet => ({ id: k.sheet.id, name: k.sheet.name, role: k.role }));

    // 2. claim and add the missing sheets; load what the owned ones hold
    const proxies = new Map<string, Excel.Worksheet>();
    const added = new Map<SheetRole, Excel.Worksheet>();
    const loaded = new Map<SheetRole, { tables: Excel.TableCollection; charts: Excel.ChartCollection }>();
    if (targets.some((t) => t.existing === null)) {
      queueOwnershipWrite(context, [
        ...targets.map((t): OwnedSheet => ({ id: t.existing?.id ?? null, name: t.plan.name, role: t.plan.role })),
        ...retired.map((r): OwnedSheet => ({ id: r.sheet.id, name: r.sheet.name, role: r.role })),
        ...keptOwnership,
      ]);
    }
    for (const t of targets) {
      if (t.existing !== null) {
        const ws = context.workbook.worksheets.getItem(t.existing.id);
        proxies.set(t.plan.name.toLowerCase(), ws);
        loaded.set(t.plan.role, { tables: ws.tables.load('items/name'), charts: ws.charts.load('items/name') });
      } else {
        const ws = context.workbook.worksheets.add(t.plan.name).load('id');
        proxies.set(t.plan.name.toLowerCase(), ws);
        added.set(t.plan.role, ws);
      }
    }
    const retiredTables = retired.map((r) => context.workbook.worksheets.getItem(r.sheet.id).tables.load('items/name'));
    syncs += 1;
    try {
      await context.sync();
    } catch (error) {
      throw new WriteIncompleteError(
        sheetNames,
        `Cadre could not prepare the dashboards' sheets: ${excelSaid(error)}. None of them was written: ${listText(sheetNames)}. Press Refresh again to write them.`,
        error,
      );
    }

    // 3. the write
    const sheetOf = (name: string): Excel.Worksheet => proxies.get(name.toLowerCase()) ?? context.workbook.worksheets.getItem(name);
    const resolve = (ref: string): Excel.Range => {
      const { sheet, range } = splitSheetRef(ref);
      return sheetOf(sheet).getRange(range);
    };
    const ours = new Set<string>([...loaded.values()].flatMap((l) => l.tables.items.map((t) => t.name.toLowerCase())));
    for (const t of retiredTables) for (const item of t.items) ours.add(item.name.toLowerCase());
    const foreignTables = new Set(state.tables.map((t) => t.toLowerCase()).filter((t) => !ours.has(t)));
    const maxActionBytes = (options.batchBytes ?? BATCH_BUDGET_BYTES) - 4 * ACTION_BYTES;

    const steps: WriteStep[] = [];
    const finalOwnership = [
      ...targets.map((t): OwnedSheet => ({ id: t.existing?.id ?? added.get(t.plan.role)!.id, name: t.plan.name, role: t.plan.role })),
      ...keptOwnership,
    ];
    steps.push({ sheet: null, bytes: ACTION_BYTES * (1 + finalOwnership.length), queue: () => queueOwnershipWrite(context, finalOwnership) });
    for (const r of retired) {
      warnings.push(`the ${CADRE_SHEET_NAMES[r.role]} sheet is turned off, so Cadre removed its sheet "${r.sheet.name}"`);
      steps.push({ sheet: null, bytes: ACTION_BYTES * 2, queue: () => context.workbook.worksheets.getItem(r.sheet.id).delete() });
    }
    for (const t of targets) {
      if (t.existing !== null && t.existing.name !== t.plan.name) {
        warnings.push(`Cadre's ${CADRE_SHEET_NAMES[t.plan.role]} sheet had been renamed "${t.existing.name}"; it is named "${t.plan.name}" again (Cadre's sheet names are set in its settings)`);
        steps.push({ sheet: t.plan.name, bytes: ACTION_BYTES, queue: () => void (sheetOf(t.plan.name).name = t.plan.name) });
      }
    }
    // "Cadre." names are Cadre's: the plan's replace the last refresh's, and names it no longer has go
    // (a partial plan leaves them: they point at the refresh's sheets)
    const replaced = plan.partial === true ? [] : state.names.filter((n) => n.toLowerCase().startsWith(CADRE_NAME_PREFIX));
    if (replaced.length > 0) {
      steps.push({ sheet: null, bytes: ACTION_BYTES * 2 * replaced.length, queue: () => replaced.forEach((n) => context.workbook.names.getItem(n).delete()) });
    }
    for (const t of targets) {
      const write: SheetWrite = {
        plan: t.plan,
        ws: () => sheetOf(t.plan.name),
        gate,
        resolve,
        tableNameFree: (name) => !foreignTables.has(name.toLowerCase()),
        warn: (text) => warnings.push(text),
        maxActionBytes,
      };
      const old = loaded.get(t.plan.role);
      if (t.existing !== null && old) steps.push(...clearSteps(write, oldObjects(old)));
      steps.push(...contentSteps(write, t.existing !== null));
    }
    if (plan.names.length > 0) {
      steps.push({
        sheet: null,
        bytes: ACTION_BYTES * 3 * plan.names.length,
        queue: () => {
          for (const n of plan.names) context.workbook.names.add(n.name, sheetOf(n.sheet).getRange(n.ref), n.comment ?? '');
        },
      });
    }
    // last, in the last batch: the Board Dashboard shown, as the user expects after pressing Refresh
    const shown = plan.sheets.find((s) => s.role === 'board') ?? plan.sheets[0];
    if (shown) steps.push({ sheet: null, bytes: ACTION_BYTES, queue: () => sheetOf(shown.name).activate() });
    const runner = new StepRunner(context, gate, options.batchBytes ?? BATCH_BUDGET_BYTES, (done, total) => options.onProgress?.({ sheetsWritten: done, sheetsTotal: total }));
    try {
      await runner.run(steps, sheetNames);
    } finally {
      syncs += runner.syncs;
    }
  });
  return { sheets: plan.sheets.map((s) => ({ name: s.name, role: s.role })), syncs, warnings: [...warnings, ...gate.warnings()] };
}

function oldObjects(l: { tables: Excel.TableCollection; charts: Excel.ChartCollection }): OldObjects {
  return { tables: l.tables.items, charts: l.charts.items };
}
