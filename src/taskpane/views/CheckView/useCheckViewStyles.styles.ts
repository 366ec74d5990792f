import { makeStyles, mergeClasses } from '@fluentui/react-components';
import { viewLayout } from '../viewLayout.styles';
import type { CheckViewState } from './useCheckView';

export const checkViewClassNames = {
  root: 'cadre-CheckView',
} as const;

const useStyles = makeStyles({
  root: viewLayout.root,
  section: viewLayout.section,
  row: viewLayout.row,
  list: viewLayout.list,
  muted: viewLayout.muted,
  /** a problem's button: left-aligned text that wraps at 320 px */
  problemButton: {
    justifyContent: 'flex-start',
    textAlign: 'left',
    height: 'auto',
    minWidth: 0,
    whiteSpace: 'normal',
    overflowWrap: 'anywhere',
  },
});

export type CheckViewClasses = Readonly<Record<keyof ReturnType<typeof useStyles>, string>>;

/** The check view's class names (makeStyles + design tokens), with a stable name on its root. */
export function useCheckViewStyles(_state: CheckViewState): CheckViewClasses {
  const styles = useStyles();
  return { ...styles, root: mergeClasses(checkViewClassNames.root, styles.root) };
}
