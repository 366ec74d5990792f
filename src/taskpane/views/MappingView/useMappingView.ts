import { useEffect, useState } from 'react';
import type { Mapping } from '../../../model/mapping';
import type { CanonicalSheet } from '../../../model/program';
import type { ColumnOverview, WorkbookOverview } from '../../workbook/taskpaneWorkbook';
import { type MappingDraft, draftOf, duplicateHeaders, headersOf, mappingOf } from './mappingDraft';

export interface MappingViewProps {
  readonly overview: WorkbookOverview | null;
  readonly mapping: Mapping | null;
  readonly busy: boolean;
  readonly onSave: (mapping: Mapping) => void;
}

/** The dropdown option that stands for "no sheet" or "no column" (no sheet or header can be called this). */
export const NONE = '\u0000none';

export interface MappingColumnField {
  /** the canonical column, e.g. PersonID */
  readonly column: string;
  readonly label: string;
  /** how Cadre matched it */
  readonly hint: string;
  readonly validationState: 'error' | 'none';
  readonly validationMessage: string | undefined;
  /** the dropdown's text and its selected option */
  readonly value: string;
  readonly selectedOption: string;
  /** the headers it can be matched to */
  readonly headers: readonly string[];
  /** the option chosen in the dropdown (an option value, {@link NONE} for none) */
  readonly onSelect: (optionValue: string | undefined) => void;
}

export interface MappingInputSection {
  readonly canonical: CanonicalSheet;
  /** the sheet read for it as the heading shows it: “Roster”, or none */
  readonly sheetShown: string;
  readonly sheetLabel: string;
  readonly sheetValue: string;
  readonly selectedSheet: string;
  readonly onSheetSelect: (optionValue: string | undefined) => void;
  /** another sheet was chosen (named here): its headers are read once the mapping is saved */
  readonly unsavedSheet: string | null;
  /** the columns to match (none while another sheet is chosen and not yet saved) */
  readonly columns: readonly MappingColumnField[];
}

export interface AttributeChoice {
  readonly header: string;
  readonly checked: boolean;
  readonly onChange: (checked: boolean) => void;
}

export interface MappingViewState {
  /** no overview yet: the view says it is looking at the workbook */
  readonly loading: boolean;
  readonly inputs: readonly MappingInputSection[];
  /** the workbook's sheets a canonical sheet can be read from (not Cadre's own) */
  readonly sheetChoices: readonly string[];
  readonly attributes: readonly AttributeChoice[];
  /** one header chosen for two columns, in words; null when there is none */
  readonly duplicates: string | null;
  readonly canSave: boolean;
  readonly onSave: () => void;
}

const HOW: Readonly<Record<ColumnOverview['how'], string>> = {
  exact: 'same name',
  synonym: 'a name that means it',
  mapping: 'saved mapping',
  attribute: 'demographic attribute',
  missing: 'not found',
};

const NO_SHEET = { sheet: null, columns: {} } as const;

/** The draft with another sheet read as `canonical`: its column choices kept if it is the same sheet, else cleared. */
export function withSheet(draft: MappingDraft, canonical: string, sheet: string | null): MappingDraft {
  const current = draft.sheets[canonical];
  return { ...draft, sheets: { ...draft.sheets, [canonical]: { sheet, columns: current && sheet === current.sheet ? current.columns : {} } } };
}

/** The draft with `column` of `canonical` read from `header` (null: the sheet has no such column). */
export function withColumn(draft: MappingDraft, canonical: string, column: string, header: string | null): MappingDraft {
  const current = draft.sheets[canonical] ?? NO_SHEET;
  return { ...draft, sheets: { ...draft.sheets, [canonical]: { ...current, columns: { ...current.columns, [column]: header } } } };
}

/** The draft with `header` marked as a demographic attribute column, or not. */
export function withAttribute(draft: MappingDraft, header: string, on: boolean): MappingDraft {
  return { ...draft, attributes: on ? [...draft.attributes, header] : draft.attributes.filter((a) => a !== header) };
}

const chosen = (optionValue: string | undefined): string | null => (optionValue === NONE || optionValue === undefined ? null : optionValue);

const LOADING: Omit<MappingViewState, 'onSave'> = { loading: true, inputs: [], sheetChoices: [], attributes: [], duplicates: null, canSave: false };

/**
 * The mapping view's state from its props and the draft being edited: pure, so it is tested without a
 * DOM or React. `update` receives each edit as a function of the draft.
 */
export function deriveMappingViewState(props: MappingViewProps, draft: MappingDraft | null, update: (edit: (draft: MappingDraft) => MappingDraft) => void): MappingViewState {
  const { overview } = props;
  if (!overview || !draft) return { ...LOADING, onSave: () => undefined };

  const duplicates = duplicateHeaders(draft);
  const candidates = [...new Set([...draft.attributes, ...(['Participants', 'Mentors'] as CanonicalSheet[]).flatMap((c) => overview.inputs.find((i) => i.canonical === c)?.unmatchedHeaders ?? [])])];

  const inputs = overview.inputs.map((input): MappingInputSection => {
    const d = draft.sheets[input.canonical] ?? NO_SHEET;
    const headers = headersOf(overview, input.canonical);
    const changedSheet = d.sheet !== input.sheet;
    return {
      canonical: input.canonical,
      sheetShown: d.sheet === null ? 'none' : `“${d.sheet}”`,
      sheetLabel: `Sheet to read as ${input.canonical}`,
      sheetValue: d.sheet ?? 'None in this workbook',
      selectedSheet: d.sheet ?? NONE,
      onSheetSelect: (optionValue) => update((x) => withSheet(x, input.canonical, chosen(optionValue))),
      unsavedSheet: changedSheet ? d.sheet : null,
      columns: changedSheet
        ? []
        : input.columns
            .filter((c) => c.canonical !== null)
            .map((c) => {
              const column = c.canonical as string;
              const header = d.columns[column] ?? null;
              const missing = c.required && header === null;
              return {
                column,
                label: `${column}${c.required ? ' (required)' : ''}`,
                hint: `Matched by ${HOW[c.how]}`,
                validationState: missing ? 'error' : 'none',
                validationMessage: missing ? 'Required: choose the column that holds it.' : undefined,
                value: header ?? 'Not in this workbook',
                selectedOption: header ?? NONE,
                headers,
                onSelect: (optionValue) => update((x) => withColumn(x, input.canonical, column, chosen(optionValue))),
              };
            }),
    };
  });

  return {
    loading: false,
    inputs,
    sheetChoices: overview.sheetNames.filter((s) => !overview.ownedSheets.includes(s)),
    attributes: candidates.map((header) => ({ header, checked: draft.attributes.includes(header), onChange: (on) => update((x) => withAttribute(x, header, on)) })),
    duplicates: duplicates.length === 0 ? null : duplicates.map((x) => `${x.sheet}: “${x.header}” is chosen for ${x.columns.join(' and ')}; choose one column for each.`).join(' '),
    canSave: !props.busy && duplicates.length === 0,
    onSave: () => props.onSave(mappingOf(draft)),
  };
}

/**
 * The mapping view's logic as a hook (Fluent UI v9 pattern: useX → renderX, styles in useXStyles): the
 * draft starts from what the workbook shows now, and starts again whenever the overview or the saved
 * mapping changes.
 */
export function useMappingView(props: MappingViewProps): MappingViewState {
  const { overview, mapping } = props;
  const [draft, setDraft] = useState<MappingDraft | null>(() => (overview ? draftOf(overview, mapping) : null));
  useEffect(() => setDraft(overview ? draftOf(overview, mapping) : null), [overview, mapping]);
  return deriveMappingViewState(props, draft, (edit) => setDraft((d) => (d ? edit(d) : d)));
}
