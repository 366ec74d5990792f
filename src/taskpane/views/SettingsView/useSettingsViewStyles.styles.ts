import { makeStyles, mergeClasses } from '@fluentui/react-components';
import { viewLayout } from '../viewLayout.styles';
import type { SettingsViewState } from './useSettingsView';

export const settingsViewClassNames = {
  root: 'cadre-SettingsView',
} as const;

const useStyles = makeStyles({
  root: viewLayout.root,
  section: viewLayout.section,
  muted: viewLayout.muted,
});

export type SettingsViewClasses = Readonly<Record<keyof ReturnType<typeof useStyles>, string>>;

/** The settings view's class names (makeStyles + design tokens), with a stable name on its root. */
export function useSettingsViewStyles(_state: SettingsViewState): SettingsViewClasses {
  const styles = useStyles();
  return { ...styles, root: mergeClasses(settingsViewClassNames.root, styles.root) };
}
