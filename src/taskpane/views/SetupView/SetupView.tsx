import type { JSX } from 'react';
import { renderSetupView } from './renderSetupView';
import { useSetupView, type SetupViewProps } from './useSetupView';
import { useSetupViewStyles } from './useSetupViewStyles.styles';

export type { SetupViewProps } from './useSetupView';

/** First run: what Cadre found in the workbook, and the two ways to get started. */
export function SetupView(props: SetupViewProps): JSX.Element {
  const state = useSetupView(props);
  const classes = useSetupViewStyles(state);
  return renderSetupView(state, classes);
}
