import type { JSX } from 'react';
import { renderCheckView } from './renderCheckView';
import { useCheckView, type CheckViewProps } from './useCheckView';
import { useCheckViewStyles } from './useCheckViewStyles.styles';

export type { CheckViewProps } from './useCheckView';

/** The data-quality problems, counts first, grouped by sheet and kind; a problem's button selects its cell in Excel. */
export function CheckView(props: CheckViewProps): JSX.Element {
  const state = useCheckView(props);
  const classes = useCheckViewStyles(state);
  return renderCheckView(state, classes);
}
