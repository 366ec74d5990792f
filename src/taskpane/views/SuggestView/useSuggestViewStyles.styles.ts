import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { viewLayout } from '../viewLayout.styles';
import type { SuggestViewState } from './useSuggestView';

export const suggestViewClassNames = {
  root: 'cadre-SuggestView',
} as const;

const useStyles = makeStyles({
  root: viewLayout.root,
  section: viewLayout.section,
  row: viewLayout.row,
  list: viewLayout.list,
  item: viewLayout.item,
  muted: viewLayout.muted,
  /** the eight weights: label and a narrow number field on one line each */
  weights: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  weight: { columnGap: tokens.spacingHorizontalS, gridTemplateColumns: '1fr 64px' },
  weightInput: { width: '64px', minWidth: 0 },
  /** mentee → giver, and the score at the right */
  pair: { display: 'flex', justifyContent: 'space-between', alignItems: 'baseline', columnGap: tokens.spacingHorizontalS, minWidth: 0 },
  score: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, color: tokens.colorBrandForeground1 },
  reasons: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  accepted: { borderLeftColor: tokens.colorPaletteGreenBorder2 },
  rejected: { borderLeftColor: tokens.colorNeutralStrokeDisabled, opacity: 0.7 },
  added: { borderLeftColor: tokens.colorBrandStroke1 },
  adverse: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  watch: { borderLeftColor: tokens.colorPaletteYellowBorder2 },
});

export type SuggestViewClasses = Readonly<Record<keyof ReturnType<typeof useStyles>, string>>;

/** The Suggest view's class names (makeStyles + design tokens), with a stable name on its root. */
export function useSuggestViewStyles(_state: SuggestViewState): SuggestViewClasses {
  const styles = useStyles();
  return { ...styles, root: mergeClasses(suggestViewClassNames.root, styles.root) };
}
