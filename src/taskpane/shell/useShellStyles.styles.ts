import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { ShellState } from './useShell';

export const shellClassNames = {
  root: 'cadre-Shell',
  header: 'cadre-Shell__header',
  content: 'cadre-Shell__content',
  footer: 'cadre-Shell__footer',
} as const;

const useStyles = makeStyles({
  provider: {
    minHeight: '100vh',
  },
  root: {
    boxSizing: 'border-box',
    minHeight: '100vh',
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalL,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  header: {
    display: 'flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalM,
  },
  logo: {
    width: '32px',
    height: '32px',
    flexShrink: 0,
  },
  titleBlock: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
    minWidth: 0,
  },
  titleRow: {
    display: 'flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
  },
  tagline: {
    color: tokens.colorNeutralForeground2,
  },
  content: {
    flexGrow: 1,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
  },
  placeholder: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    border: `${tokens.strokeWidthThin} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground2,
  },
  footer: {
    color: tokens.colorNeutralForeground3,
  },
});

export type ShellClasses = Readonly<Record<keyof ReturnType<typeof useStyles>, string>>;

/** The shell's class names (makeStyles + design tokens), with stable names for tests and custom CSS. */
export function useShellStyles(_state: ShellState): ShellClasses {
  const styles = useStyles();
  return {
    ...styles,
    root: mergeClasses(shellClassNames.root, styles.root),
    header: mergeClasses(shellClassNames.header, styles.header),
    content: mergeClasses(shellClassNames.content, styles.content),
    footer: mergeClasses(shellClassNames.footer, styles.footer),
  };
}
