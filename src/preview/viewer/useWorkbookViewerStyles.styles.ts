import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { WorkbookViewerState } from './useWorkbookViewer';

/** the row-number column and the column-letter row, in pixels (chart positions are offset by them) */
export const ROW_HEADER_WIDTH = 44;
export const COLUMN_HEADER_HEIGHT = 20;

export const workbookViewerClassNames = {
  root: 'cadre-WorkbookViewer',
  grid: 'cadre-WorkbookViewer__grid',
  tabs: 'cadre-WorkbookViewer__tabs',
} as const;

const useStyles = makeStyles({
  root: {
    boxSizing: 'border-box',
    height: '100%',
    minWidth: 0,
    display: 'flex',
    flexDirection: 'column',
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
  },
  toolbar: {
    display: 'flex',
    alignItems: 'center',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
  },
  toolbarTitle: {
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground1,
  },
  nameBox: {
    fontFamily: tokens.fontFamilyMonospace,
    minWidth: '64px',
    padding: `0 ${tokens.spacingHorizontalXS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusSmall,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  scroller: {
    flexGrow: 1,
    minHeight: 0,
    overflow: 'auto',
    backgroundColor: '#FFFFFF',
    outlineStyle: 'none',
    ':focus-visible': {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: '-2px',
    },
  },
  canvas: {
    position: 'relative',
    width: 'max-content',
  },
  table: {
    tableLayout: 'fixed',
    borderCollapse: 'collapse',
    borderSpacing: 0,
    // the sheet is paper: light in both themes, as the dashboards' colours assume
    backgroundColor: '#FFFFFF',
    color: '#000000',
    fontFamily: "Calibri, Carlito, 'Segoe UI', Arial, sans-serif",
    fontSize: '14.67px',
  },
  headerCell: {
    position: 'sticky',
    zIndex: 4,
    boxSizing: 'border-box',
    padding: 0,
    textAlign: 'center',
    fontWeight: tokens.fontWeightRegular,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    backgroundColor: '#F3F3F3',
    color: '#444444',
    border: '1px solid #D4D4D4',
  },
  columnHeader: {
    top: 0,
    height: `${COLUMN_HEADER_HEIGHT}px`,
  },
  rowHeader: {
    left: 0,
  },
  corner: {
    top: 0,
    left: 0,
    zIndex: 5,
  },
  selectedHeader: {
    backgroundColor: '#D2E8DF',
    color: '#0F6E5A',
    fontWeight: tokens.fontWeightSemibold,
  },
  cell: {
    boxSizing: 'border-box',
    padding: '0 3px',
    overflow: 'hidden',
    whiteSpace: 'nowrap',
    lineHeight: 1.15,
  },
  gridlines: {
    border: '1px solid #E1E1E1',
  },
  noGridlines: {
    border: '1px solid transparent',
  },
  cellContent: {
    overflow: 'hidden',
  },
  activeCell: {
    outline: '2px solid #107C41',
    outlineOffset: '-2px',
  },
  selectedCell: {
    backgroundImage: 'linear-gradient(rgba(16, 124, 65, 0.12), rgba(16, 124, 65, 0.12))',
  },
  chart: {
    position: 'absolute',
    zIndex: 1,
    boxSizing: 'border-box',
    backgroundColor: '#FFFFFF',
    border: '1px solid #BFBFBF',
  },
  more: {
    display: 'flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    position: 'sticky',
    left: 0,
    color: '#444444',
    fontSize: tokens.fontSizeBase200,
  },
  tabs: {
    display: 'flex',
    alignItems: 'stretch',
    columnGap: '1px',
    overflowX: 'auto',
    padding: `0 ${tokens.spacingHorizontalS}`,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground3,
    minHeight: '32px',
    flexShrink: 0,
  },
  tab: {
    position: 'relative',
    flexShrink: 0,
    display: 'flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    border: 'none',
    borderBottom: `${tokens.strokeWidthThicker} solid transparent`,
    backgroundColor: 'transparent',
    color: tokens.colorNeutralForeground2,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    cursor: 'pointer',
    whiteSpace: 'nowrap',
    ':hover': {
      backgroundColor: tokens.colorNeutralBackground1Hover,
      color: tokens.colorNeutralForeground1,
    },
    ':focus-visible': {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: '-2px',
    },
  },
  tabSelected: {
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorBrandForeground1,
    fontWeight: tokens.fontWeightSemibold,
    borderBottomColor: tokens.colorBrandStroke1,
  },
  tabHidden: {
    fontStyle: 'italic',
    color: tokens.colorNeutralForeground3,
  },
  tabColor: {
    position: 'absolute',
    left: tokens.spacingHorizontalXS,
    right: tokens.spacingHorizontalXS,
    top: 0,
    height: '3px',
  },
  activeDot: {
    width: '6px',
    height: '6px',
    borderRadius: tokens.borderRadiusCircular,
    backgroundColor: '#107C41',
  },
});

export type WorkbookViewerClasses = Readonly<Record<keyof ReturnType<typeof useStyles>, string>>;

/** The viewer's class names (makeStyles + design tokens), with stable names for tests. */
export function useWorkbookViewerStyles(_state: WorkbookViewerState): WorkbookViewerClasses {
  const styles = useStyles();
  return {
    ...styles,
    root: mergeClasses(workbookViewerClassNames.root, styles.root),
    table: mergeClasses(workbookViewerClassNames.grid, styles.table),
    tabs: mergeClasses(workbookViewerClassNames.tabs, styles.tabs),
  };
}
