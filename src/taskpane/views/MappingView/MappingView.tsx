import type { JSX } from 'react';
import { renderMappingView } from './renderMappingView';
import { useMappingView, type MappingViewProps } from './useMappingView';
import { useMappingViewStyles } from './useMappingViewStyles.styles';

export type { MappingViewProps } from './useMappingView';

/**
 * Every recognised column with how it was matched; a dropdown changes any match (or the sheet read),
 * checkboxes mark demographic attribute columns; saved in the workbook for the next person.
 */
export function MappingView(props: MappingViewProps): JSX.Element {
  const state = useMappingView(props);
  const classes = useMappingViewStyles(state);
  return renderMappingView(state, classes);
}
