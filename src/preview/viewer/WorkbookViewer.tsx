import type { JSX } from 'react';
import { renderWorkbookViewer } from './renderWorkbookViewer';
import { type WorkbookViewerProps, useWorkbookViewer } from './useWorkbookViewer';
import { useWorkbookViewerStyles } from './useWorkbookViewerStyles.styles';

/**
 * The preview's stand-in for Excel's window: the sheets of the in-memory workbook as tabs, the
 * shown sheet's cells (formatted, merged, coloured), its charts as SVG, the selection; it follows
 * the task pane's writes, activations and selections as they happen.
 */
export function WorkbookViewer(props: WorkbookViewerProps): JSX.Element {
  const state = useWorkbookViewer(props);
  const classes = useWorkbookViewerStyles(state);
  return renderWorkbookViewer(state, classes);
}
