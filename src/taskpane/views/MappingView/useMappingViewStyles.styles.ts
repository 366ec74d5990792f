import { makeStyles, mergeClasses } from '@fluentui/react-components';
import { viewLayout } from '../viewLayout.styles';
import type { MappingViewState } from './useMappingView';

export const mappingViewClassNames = {
  root: 'cadre-MappingView',
} as const;

const useStyles = makeStyles({
  root: viewLayout.root,
  section: viewLayout.section,
  muted: viewLayout.muted,
});

export type MappingViewClasses = Readonly<Record<keyof ReturnType<typeof useStyles>, string>>;

/** The mapping view's class names (makeStyles + design tokens), with a stable name on its root. */
export function useMappingViewStyles(_state: MappingViewState): MappingViewClasses {
  const styles = useStyles();
  return { ...styles, root: mergeClasses(mappingViewClassNames.root, styles.root) };
}
