import type { JSX } from 'react';
import { renderShell } from './renderShell';
import { useShell, type ShellProps } from './useShell';
import { useShellStyles } from './useShellStyles.styles';

/** The task pane's frame: theme, header, host notices and the place where the views go. */
export function Shell(props: ShellProps): JSX.Element {
  const state = useShell(props);
  const classes = useShellStyles(state);
  return renderShell(state, classes, state.showViews && !state.noWorkbook ? props.loadWorkbook : undefined);
}
