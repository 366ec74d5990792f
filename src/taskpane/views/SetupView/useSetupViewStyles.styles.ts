import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { viewLayout } from '../viewLayout.styles';
import type { SetupViewState } from './useSetupView';

export const setupViewClassNames = {
  root: 'cadre-SetupView',
} as const;

const useStyles = makeStyles({
  root: viewLayout.root,
  section: viewLayout.section,
  row: viewLayout.row,
  list: viewLayout.list,
  item: viewLayout.item,
  found: { borderLeftColor: tokens.colorPaletteGreenBorder2 },
  missing: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  optional: { borderLeftColor: tokens.colorNeutralStroke1 },
  muted: viewLayout.muted,
});

export type SetupViewClasses = Readonly<Record<keyof ReturnType<typeof useStyles>, string>>;

/** The setup view's class names (makeStyles + design tokens), with a stable name on its root. */
export function useSetupViewStyles(_state: SetupViewState): SetupViewClasses {
  const styles = useStyles();
  return { ...styles, root: mergeClasses(setupViewClassNames.root, styles.root) };
}
