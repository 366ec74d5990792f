import type { JSX } from 'react';
import { renderSuggestView } from './renderSuggestView';
import { useSuggestView, type SuggestViewProps } from './useSuggestView';
import { useSuggestViewStyles } from './useSuggestViewStyles.styles';

export type { SuggestViewProps } from './useSuggestView';

/** Pairing suggestions for a role with their weights; each pair with its score and why, accepted or rejected; the unmatched; the audit; Add accepted to Pairings, after a confirmation. */
export function SuggestView(props: SuggestViewProps): JSX.Element {
  const state = useSuggestView(props);
  const classes = useSuggestViewStyles(state);
  return renderSuggestView(state, classes);
}
