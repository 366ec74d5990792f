import { useEffect, useState } from 'react';
import { DEFAULT_SHEET_NAMES } from '../../../dashboard/buildPlan';
import type { RefreshSheetRole, SheetRole } from '../../../dashboard/plan';
import type { CadreSettings, WorkbookOverview } from '../../workbook/taskpaneWorkbook';
import { settingsErrors } from './settingsDraft';

export interface SettingsViewProps {
  readonly settings: CadreSettings;
  readonly overview: WorkbookOverview | null;
  readonly busy: boolean;
  readonly onSave: (settings: CadreSettings) => void;
}

/** A field's validation as Fluent's Field takes it: an error in words, or none. */
export interface FieldValidation {
  readonly validationState: 'error' | 'none';
  readonly validationMessage: string | undefined;
}

export interface SheetNameField extends FieldValidation {
  readonly role: SheetRole;
  readonly label: string;
  /** the name given, '' for the default */
  readonly value: string;
  /** the default name, shown while none is given */
  readonly placeholder: string;
  readonly onChange: (value: string) => void;
}

export interface AttributeChoice {
  readonly header: string;
  readonly checked: boolean;
  readonly onChange: (checked: boolean) => void;
}

export type AsOfMode = 'lastQuarter' | 'date';

export interface SettingsViewState {
  readonly asOfMode: AsOfMode;
  readonly onAsOfMode: (mode: string) => void;
  /** the as-of date's field, shown when a date is chosen; null for the last completed quarter */
  readonly asOfDate: (FieldValidation & { readonly value: string }) | null;
  readonly onAsOfDate: (value: string) => void;
  /** k as the spin button shows it (null while it is not a number) */
  readonly minGroup: FieldValidation & { readonly value: number | null };
  readonly onMinGroup: (value: number | null | undefined, displayValue: string | undefined) => void;
  readonly analystDetail: boolean;
  readonly onAnalystDetail: (on: boolean) => void;
  readonly attributes: readonly AttributeChoice[];
  readonly programName: FieldValidation & { readonly value: string };
  readonly onProgramName: (value: string) => void;
  readonly sheetNames: readonly SheetNameField[];
  /** nothing is under way and the settings have no error */
  readonly canSave: boolean;
  readonly onSave: () => void;
}

/** the sheets a refresh writes, whose names the settings choose */
const ROLE_LABELS: Readonly<Record<RefreshSheetRole, string>> = {
  board: 'Board Dashboard',
  equity: 'Equity Detail',
  metrics: 'Metrics Detail',
  analyst: 'Analyst Detail',
  history: 'History',
  definitions: 'Definitions',
  dataQuality: 'Data Quality',
};

/** The attribute columns to offer: those recognised as attributes, those chosen, and unmatched headers of Participants. */
export function attributeChoices(overview: WorkbookOverview | null, chosen: readonly string[]): string[] {
  const participants = overview?.inputs.find((i) => i.canonical === 'Participants');
  const recognised = participants?.columns.filter((c) => c.how === 'attribute' && c.header !== null).map((c) => c.header as string) ?? [];
  return [...new Set([...recognised, ...chosen, ...(participants?.unmatchedHeaders ?? [])])];
}

/** The settings with the as-of mode chosen: the last completed quarter, or a date (today, to start from). */
export function withAsOfMode(settings: CadreSettings, mode: string, now: Date): CadreSettings {
  return { ...settings, asOf: mode === 'lastQuarter' ? 'lastQuarter' : now.toISOString().slice(0, 10) };
}

/** The settings with k as the spin button gives it: its value, else what was typed. */
export function withMinGroup(settings: CadreSettings, value: number | null | undefined, displayValue: string | undefined): CadreSettings {
  return { ...settings, minGroup: value ?? Number.parseInt(displayValue ?? '', 10) };
}

/** The settings with a sheet's name given, or cleared ('') to use the default. */
export function withSheetName(settings: CadreSettings, role: SheetRole, value: string): CadreSettings {
  const names = { ...settings.sheetNames };
  if (value === '') delete names[role];
  else names[role] = value;
  return { ...settings, sheetNames: names };
}

/** The settings with an attribute column ticked or not, from the columns shown as chosen. */
export function withAttribute(settings: CadreSettings, chosen: readonly string[], header: string, on: boolean): CadreSettings {
  return { ...settings, attributes: on ? [...chosen, header] : chosen.filter((a) => a !== header) };
}

const validation = (message: string | undefined): FieldValidation => ({ validationState: message ? 'error' : 'none', validationMessage: message });

/**
 * The settings view's state from its props and the settings being edited: pure, so it is tested without
 * a DOM or React. `update` receives each edit as a function of the draft; `now` is the clock (tests).
 */
export function deriveSettingsViewState(props: SettingsViewProps, draft: CadreSettings, update: (edit: (draft: CadreSettings) => CadreSettings) => void, now: () => Date = () => new Date()): SettingsViewState {
  const inputs = props.overview?.inputs.flatMap((i) => (i.sheet ? [i.sheet] : [])) ?? [];
  const errors = settingsErrors(draft, inputs, now());
  const choices = attributeChoices(props.overview, draft.attributes ?? []);
  // no choice saved yet: the recognised attribute columns are the ones used
  const recognised = props.overview?.inputs.find((i) => i.canonical === 'Participants')?.columns.filter((c) => c.how === 'attribute').map((c) => c.header as string) ?? [];
  const chosen = draft.attributes ?? recognised;
  return {
    asOfMode: draft.asOf === 'lastQuarter' ? 'lastQuarter' : 'date',
    onAsOfMode: (mode) => update((d) => withAsOfMode(d, mode, now())),
    asOfDate: draft.asOf === 'lastQuarter' ? null : { value: draft.asOf, ...validation(errors.asOf) },
    onAsOfDate: (value) => update((d) => ({ ...d, asOf: value })),
    minGroup: { value: Number.isFinite(draft.minGroup) ? draft.minGroup : null, ...validation(errors.minGroup) },
    onMinGroup: (value, displayValue) => update((d) => withMinGroup(d, value, displayValue)),
    analystDetail: draft.analystDetail,
    onAnalystDetail: (on) => update((d) => ({ ...d, analystDetail: on })),
    attributes: choices.map((header) => ({ header, checked: chosen.includes(header), onChange: (on) => update((d) => withAttribute(d, chosen, header, on)) })),
    programName: { value: draft.programName ?? '', ...validation(errors.programName) },
    onProgramName: (value) => update((d) => ({ ...d, programName: value === '' ? null : value })),
    sheetNames: (Object.keys(ROLE_LABELS) as RefreshSheetRole[]).map((role) => ({
      role,
      label: ROLE_LABELS[role],
      value: draft.sheetNames[role] ?? '',
      placeholder: DEFAULT_SHEET_NAMES[role],
      ...validation(errors[`sheet.${role}`]),
      onChange: (value: string) => update((d) => withSheetName(d, role, value)),
    })),
    canSave: !props.busy && Object.keys(errors).length === 0,
    onSave: () => props.onSave(draft),
  };
}

/**
 * The settings view's logic as a hook (Fluent UI v9 pattern: useX → renderX, styles in useXStyles): the
 * draft starts from the saved settings, and starts again whenever they change.
 */
export function useSettingsView(props: SettingsViewProps): SettingsViewState {
  const [draft, setDraft] = useState<CadreSettings>(props.settings);
  useEffect(() => setDraft(props.settings), [props.settings]);
  return deriveSettingsViewState(props, draft, setDraft);
}
