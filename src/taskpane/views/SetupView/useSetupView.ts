import type { CanonicalSheet } from '../../../model/program';
import type { SheetOverview, WorkbookOverview } from '../../workbook/taskpaneWorkbook';

export interface SetupViewProps {
  readonly overview: WorkbookOverview | null;
  readonly busy: boolean;
  readonly onInsertSample: () => void;
  readonly onInsertTemplates: () => void;
  readonly onNext: () => void;
}

/** How an input sheet's line is marked: found; missing and needed (Participants); missing, optional. */
export type InputSheetMark = 'found' | 'missing' | 'optional';

export interface SetupInput {
  readonly canonical: CanonicalSheet;
  readonly mark: InputSheetMark;
  /** where it was found and what it holds, or what its absence means */
  readonly line: string;
}

export interface SetupViewState {
  /** "Found 3 of 5 input sheets", or that the workbook is still being looked at */
  readonly heading: string;
  readonly inputs: readonly SetupInput[];
  /** the sample is the primary action while no input sheet is found */
  readonly sampleAppearance: 'primary' | 'secondary';
  /** "Next: check the mapping" once an input sheet is found */
  readonly showNext: boolean;
  readonly busy: boolean;
  readonly onInsertSample: () => void;
  readonly onInsertTemplates: () => void;
  readonly onNext: () => void;
}

const HOW: Readonly<Record<NonNullable<SheetOverview['how']>, string>> = { name: 'found by its name', headers: 'found by its headers', mapped: 'from the saved mapping' };

/** What a found or missing input sheet says. */
export function inputLine(input: SheetOverview): string {
  if (input.sheet === null) return input.canonical === 'Participants' ? 'Not found: Cadre needs it to compute anything.' : 'Not found: the figures that need it will say “not available”.';
  return `“${input.sheet}”, ${HOW[input.how ?? 'name']}, header on row ${input.headerRow}, ${input.rows.toLocaleString('en-US')} rows`;
}

/**
 * Optional sheets added after the first five (Measures, impact.md; Preferences, matching.md;
 * `quietWhenMissing` in the schema):
 * counted in the heading only where the workbook has one, so a workbook without them reads as before.
 */
const COUNTED_WHEN_FOUND: ReadonlySet<CanonicalSheet> = new Set(['Measures', 'Preferences']);

/** The setup view's state from its props: pure, so it is tested without a DOM or React. */
export function deriveSetupViewState(props: SetupViewProps): SetupViewState {
  const inputs = props.overview?.inputs ?? [];
  const found = inputs.filter((i) => i.sheet !== null).length;
  const counted = inputs.filter((i) => i.sheet !== null || !COUNTED_WHEN_FOUND.has(i.canonical)).length;
  return {
    heading: props.overview === null ? 'Looking at the workbook…' : `Found ${found} of ${counted} input sheets`,
    inputs: inputs.map((input) => ({
      canonical: input.canonical,
      mark: input.sheet !== null ? 'found' : input.canonical === 'Participants' ? 'missing' : 'optional',
      line: inputLine(input),
    })),
    sampleAppearance: found === 0 ? 'primary' : 'secondary',
    showNext: found > 0,
    busy: props.busy,
    onInsertSample: props.onInsertSample,
    onInsertTemplates: props.onInsertTemplates,
    onNext: props.onNext,
  };
}

/** The setup view's logic as a hook (Fluent UI v9 pattern: useX → renderX, styles in useXStyles). */
export function useSetupView(props: SetupViewProps): SetupViewState {
  return deriveSetupViewState(props);
}
