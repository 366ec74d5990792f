import type { JSX } from 'react';
import { renderRefreshView } from './renderRefreshView';
import { useRefreshView, type RefreshViewProps } from './useRefreshView';
import { useRefreshViewStyles } from './useRefreshViewStyles.styles';

export type { RefreshViewProps } from './useRefreshView';

/** One click: progress while reading, computing and writing; then the KPI cards, program impact against matched colleagues, the equity flags and links to the sheets written. */
export function RefreshView(props: RefreshViewProps): JSX.Element {
  const state = useRefreshView(props);
  const classes = useRefreshViewStyles(state);
  return renderRefreshView(state, classes);
}
