import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { viewLayout } from '../viewLayout.styles';
import type { RefreshViewState } from './useRefreshView';

export const refreshViewClassNames = {
  root: 'cadre-RefreshView',
} as const;

const useStyles = makeStyles({
  root: viewLayout.root,
  section: viewLayout.section,
  list: viewLayout.list,
  item: viewLayout.item,
  muted: viewLayout.muted,
  /** the KPI cards: as many columns of at least 130 px as fit */
  cards: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(130px, 1fr))',
    gap: tokens.spacingHorizontalS,
  },
  card: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    minWidth: 0,
    overflowWrap: 'anywhere',
  },
  cardValue: {
    fontSize: tokens.fontSizeBase500,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorBrandForeground1,
  },
  adverse: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  watch: { borderLeftColor: tokens.colorPaletteYellowBorder2 },
});

export type RefreshViewClasses = Readonly<Record<keyof ReturnType<typeof useStyles>, string>>;

/** The refresh view's class names (makeStyles + design tokens), with a stable name on its root. */
export function useRefreshViewStyles(_state: RefreshViewState): RefreshViewClasses {
  const styles = useStyles();
  return { ...styles, root: mergeClasses(refreshViewClassNames.root, styles.root) };
}
