import type { JSX } from 'react';
import { renderSettingsView } from './renderSettingsView';
import { useSettingsView, type SettingsViewProps } from './useSettingsView';
import { useSettingsViewStyles } from './useSettingsViewStyles.styles';

export type { SettingsViewProps } from './useSettingsView';

/** As-of date, k, attribute columns, sheet names, Analyst Detail: checked, then saved in the workbook. */
export function SettingsView(props: SettingsViewProps): JSX.Element {
  const state = useSettingsView(props);
  const classes = useSettingsViewStyles(state);
  return renderSettingsView(state, classes);
}
