import { dayFromYmd } from '../../calendar/dayFromYmd';
import { dayFromIso } from '../../calendar/dayFromIso';
import { futureAsOfReason, latestToday } from '../../calendar/futureAsOf';
import type { Day } from '../../model/day';
import type { Mapping } from '../../model/mapping';
import type { CriterionName } from '../../matching/criteria';
import type { PairingRole } from '../../model/records';
import { OfficeAdapterError } from '../../workbook/office/officeAdapterError';
import { mappingForSheets } from '../workbook/mappingForSheets';
import type { CadreSettings, InsertedSheets, NewPairing, TaskpaneWorkbook } from '../workbook/taskpaneWorkbook';
import { defaultAsOf } from '../../refresh/asOf';
import type { CadreAction, CadreState, ViewId } from './cadreState';
import { failureOf } from './failureOf';
import { pairKey } from '../views/SuggestView/suggestDraft';

export interface CadreActions {
  /** looks at the workbook and loads what is stored in it (on start) */
  load(): Promise<void>;
  show(view: ViewId): void;
  dismiss(): void;
  insertSample(): Promise<void>;
  insertTemplates(): Promise<void>;
  saveMapping(mapping: Mapping): Promise<void>;
  saveSettings(settings: CadreSettings): Promise<void>;
  validate(): Promise<void>;
  selectCell(sheet: string, cell: string): Promise<void>;
  activateSheet(sheet: string): Promise<void>;
  refresh(): Promise<void>;
  /** pairing suggestions for a role (the Suggest view) */
  suggest(request: SuggestRequest): Promise<void>;
  /** "Add accepted to Pairings", after the view's confirmation */
  addPairings(pairs: readonly NewPairing[]): Promise<void>;
}

/** What the Suggest view asks for. */
export interface SuggestRequest {
  readonly role: PairingRole;
  /** the weights that differ from the defaults */
  readonly weights: Readonly<Partial<Record<CriterionName, number>>>;
  /** null: off */
  readonly fairnessFloor: number | null;
}

/** The local calendar date of `now` as a Day (the Start of rows added to Pairings: today). */
export function todayOf(now: Date): Day {
  return dayFromYmd(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/** What "Add accepted to Pairings" says it did. */
export function addedNotice(added: { readonly sheet: string; readonly rows: number; readonly firstRow: number; readonly lastRow: number; readonly table: string | null }): string {
  const rows = `${added.rows} row${added.rows === 1 ? '' : 's'}`;
  const where = added.rows === 1 ? `row ${added.firstRow.toLocaleString('en-US')}` : `rows ${added.firstRow.toLocaleString('en-US')}–${added.lastRow.toLocaleString('en-US')}`;
  return `Added ${rows} to the end of ${added.sheet} (${where}${added.table === null ? '' : `, table ${added.table}`}), Start today. No existing row changed.`;
}

/**
 * The as-of date the settings say, on `today` (the user's local calendar date): the end of the last
 * completed quarter, or the date given. A given date after today is refused (`futureAsOfReason`),
 * so a check or a refresh stops before reading anything, with what to do: the settings may have
 * been saved on another machine, typed into the workbook by hand, or saved before this check.
 */
export function asOfOf(settings: CadreSettings, today: Date): Day {
  if (settings.asOf === 'lastQuarter') return defaultAsOf(dayFromYmd(today.getFullYear(), today.getMonth() + 1, today.getDate()));
  const day = dayFromIso(settings.asOf);
  if (Number.isNaN(day)) throw new OfficeAdapterError('InvalidOption', `The as-of date "${settings.asOf}" saved in this workbook is not a date (YYYY-MM-DD). Choose a date in Settings, or "The end of the last completed quarter".`);
  const reason = futureAsOfReason(day, latestToday(today), 'The as-of date');
  if (reason !== null) throw new OfficeAdapterError('InvalidOption', `${reason}. Choose a date on or before today in Settings, or "The end of the last completed quarter".`);
  return day;
}

/** The mapping a refresh and a check use: the saved one, with the settings' attribute columns. */
export function effectiveMapping(mapping: Mapping | null, settings: CadreSettings): Mapping | undefined {
  if (settings.attributes === null) return mapping ?? undefined;
  return { ...(mapping ?? { version: 1 }), attributes: settings.attributes };
}

/**
 * The task pane's operations: each calls the workbook, and every outcome, failure included, becomes
 * state the views show (no console logging). Independent of React, so they are tested with a stub
 * workbook; `useCadre` binds them to a reducer.
 */
export function createCadreActions(workbook: TaskpaneWorkbook, dispatch: (action: CadreAction) => void, getState: () => CadreState, now: () => Date = () => new Date()): CadreActions {
  /** runs one operation: busy while it runs, its failure shown when it fails */
  const step = async (doing: string, work: () => Promise<void>): Promise<void> => {
    dispatch({ type: 'busy', what: doing });
    try {
      await work();
    } catch (error) {
      dispatch({ type: 'failed', failure: failureOf(error, doing) });
    }
  };
  const mappingNow = () => effectiveMapping(getState().mapping, getState().settings);

  /**
   * Inserts sheets, then looks at the workbook again. Sheets added under other names than the
   * canonical ones (a sheet of yours had that name) are saved in the mapping, so they are the ones read.
   */
  const insertSheets = async (what: string, insert: () => Promise<InsertedSheets>): Promise<void> => {
    const view = getState().view;
    const inserted = await insert();
    const renamed = Object.entries(inserted.sheets).some(([canonical, sheet]) => canonical !== sheet);
    const names = Object.values(inserted.sheets).join(', ');
    const notes = [...(inserted.warnings ?? [])];
    let mapping = getState().mapping;
    if (renamed) {
      mapping = mappingForSheets(inserted.sheets, mapping ?? undefined);
      await workbook.saveMapping(mapping);
      notes.unshift('Some names were taken, so the mapping now reads these sheets.');
    }
    const overview = await workbook.overview(effectiveMapping(mapping, getState().settings));
    if (renamed && mapping) dispatch({ type: 'mappingSaved', mapping, overview, view });
    const next = what === 'sample program' ? '' : " Paste or type the program's rows under their headers.";
    dispatch({ type: 'overview', overview, notice: { view, text: `Inserted the ${what}: ${names}.${next}${notes.length ? ` ${notes.join(' ')}` : ''}` } });
  };

  const suggestStep = async (request: SuggestRequest): Promise<void> => {
    const { settings } = getState();
    dispatch({ type: 'suggestStarted' });
    try {
      const result = await workbook.suggest({
        asOf: asOfOf(settings, now()),
        role: request.role,
        minGroup: settings.minGroup,
        mapping: mappingNow(),
        weights: request.weights,
        fairnessFloor: request.fairnessFloor,
        writeSheet: settings.analystDetail,
        onProgress: (progress) => dispatch({ type: 'suggestProgress', progress }),
      });
      dispatch({ type: 'suggested', result });
    } catch (error) {
      dispatch({ type: 'suggestFailed', failure: failureOf(error, 'Suggesting pairings') });
    }
  };

  return {
    suggest: suggestStep,
    addPairings: (pairs) =>
      step('Adding the accepted pairs to Pairings', async () => {
        const view = getState().view;
        const added = await workbook.appendPairings({ pairs, start: todayOf(now()), mapping: mappingNow() });
        dispatch({ type: 'pairingsAdded', keys: pairs.map(pairKey), notice: { view, text: addedNotice(added) } });
      }),
    load: () =>
      step('Looking at the workbook', async () => {
        const setup = await workbook.loadSetup();
        const overview = await workbook.overview(effectiveMapping(setup.mapping, setup.settings ?? getState().settings));
        dispatch({ type: 'loaded', overview, setup });
      }),
    show: (view) => dispatch({ type: 'show', view }),
    dismiss: () => dispatch({ type: 'dismiss' }),
    insertSample: () => step('Inserting the sample program', () => insertSheets('sample program', () => workbook.insertSample())),
    insertTemplates: () => step('Inserting empty templates', () => insertSheets('empty templates', () => workbook.insertTemplates())),
    saveMapping: (mapping) =>
      step('Saving the mapping', async () => {
        const view = getState().view;
        await workbook.saveMapping(mapping);
        const overview = await workbook.overview(effectiveMapping(mapping, getState().settings));
        dispatch({ type: 'mappingSaved', mapping, overview, view });
      }),
    saveSettings: (settings) =>
      step('Saving the settings', async () => {
        const view = getState().view;
        await workbook.saveSettings(settings);
        dispatch({ type: 'settingsSaved', settings, view });
      }),
    validate: () =>
      step('Checking the data', async () => {
        const validation = await workbook.validate({ asOf: asOfOf(getState().settings, now()), mapping: mappingNow() });
        dispatch({ type: 'validated', validation });
      }),
    selectCell: (sheet, cell) =>
      step(`Going to ${sheet}!${cell}`, async () => {
        await workbook.selectCell(sheet, cell);
        dispatch({ type: 'done' });
      }),
    activateSheet: (sheet) =>
      step(`Opening ${sheet}`, async () => {
        await workbook.activateSheet(sheet);
        dispatch({ type: 'done' });
      }),
    refresh: async () => {
      const { settings } = getState();
      dispatch({ type: 'refreshStarted' });
      try {
        const result = await workbook.refresh({
          asOf: asOfOf(settings, now()),
          minGroup: settings.minGroup,
          mapping: mappingNow(),
          analystDetail: settings.analystDetail,
          sheetNames: settings.sheetNames,
          programName: settings.programName ?? undefined,
          now: now(),
          onProgress: (progress) => dispatch({ type: 'refreshProgress', progress }),
        });
        dispatch({ type: 'refreshed', result });
      } catch (error) {
        dispatch({ type: 'refreshFailed', failure: failureOf(error, 'Refreshing the dashboards') });
        return;
      }
      // the workbook now has Cadre's sheets: look again so they show as Cadre's
      try {
        dispatch({ type: 'overview', overview: await workbook.overview(mappingNow()) });
      } catch (error) {
        dispatch({ type: 'failed', failure: failureOf(error, 'Looking at the workbook again') });
      }
    },
  };
}
