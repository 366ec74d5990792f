import { FluentProvider, Link, makeStyles, tokens, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import type { JSX } from 'react';
import type { DateSystem } from '../model/cell';
import type { ExcelFake } from '../workbook/excelFake';
import { FormulaBar } from './formulaBar/FormulaBar';
import { type PreviewOptions, previewSearch } from './previewOptions';
import type { ViewerSource } from './viewer/workbookTabs';
import { WorkbookViewer } from './viewer/WorkbookViewer';

export interface PreviewAppProps {
  readonly options: PreviewOptions;
  readonly source: ViewerSource;
  readonly dark: boolean;
  readonly dateSystem?: DateSystem;
  /** the workbook `=CADRE.…` formulas are entered into (the formula bar shows only with it) */
  readonly formulas?: ExcelFake;
}

const useStyles = makeStyles({
  provider: {
    height: '100%',
  },
  column: {
    height: '100%',
    display: 'flex',
    flexDirection: 'column',
    minWidth: 0,
  },
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'baseline',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground3,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
  },
  brand: {
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground1,
  },
  current: {
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground1,
  },
  problem: {
    color: tokens.colorPaletteRedForeground1,
  },
  viewer: {
    flexGrow: 1,
    minHeight: 0,
  },
});

const WORKBOOK_LABELS = { empty: 'Empty workbook', sample: 'Sample program', messy: 'Messy workbook' } as const;

/** The workbook half of the preview page: what is running (and links to the other starting points), then the workbook. */
export function PreviewApp(props: PreviewAppProps): JSX.Element {
  const { options } = props;
  const classes = useStyles();
  const link = (over: Partial<Pick<PreviewOptions, 'workbook' | 'fail' | 'theme'>>): string => previewSearch({ workbook: options.workbook, fail: options.fail, theme: options.theme, ...over });
  return (
    <FluentProvider theme={props.dark ? webDarkTheme : webLightTheme} className={classes.provider}>
      <div className={classes.column}>
        <nav className={classes.bar} aria-label="Preview">
          <span className={classes.brand}>Cadre preview</span>
          <span>Excel is played by an in-memory workbook; reload to start again.</span>
          {(['empty', 'sample', 'messy'] as const).map((w) =>
            w === options.workbook ? (
              <span key={w} className={classes.current} aria-current="page">
                {WORKBOOK_LABELS[w]}
              </span>
            ) : (
              <Link key={w} href={link({ workbook: w })}>
                {WORKBOOK_LABELS[w]}
              </Link>
            ),
          )}
          <Link href={link({ fail: options.fail ? null : 'write' })}>{options.fail ? 'Writes succeed' : 'Fail the first write'}</Link>
          <Link href={link({ theme: props.dark ? 'light' : 'dark' })}>{props.dark ? 'Light theme' : 'Dark theme'}</Link>
          {options.fail === 'write' && <span>The first refresh will fail part-way (?fail=write).</span>}
          {options.problems.map((p) => (
            <span key={p} className={classes.problem}>
              {p}
            </span>
          ))}
        </nav>
        {props.formulas && <FormulaBar fake={props.formulas} />}
        <div className={classes.viewer}>
          <WorkbookViewer source={props.source} dateSystem={props.dateSystem} />
        </div>
      </div>
    </FluentProvider>
  );
}
