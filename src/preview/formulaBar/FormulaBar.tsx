import { Button, Input, makeStyles, tokens } from '@fluentui/react-components';
import { type FormEvent, type JSX, useState } from 'react';
import type { ExcelFake } from '../../workbook/excelFake';
import { type EnteredFormula, enterFormula } from './enterFormula';

const useStyles = makeStyles({
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  cell: { width: '150px' },
  formula: { flexGrow: 1, minWidth: '240px' },
  status: { flexBasis: '100%', fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  problem: { flexBasis: '100%', fontSize: tokens.fontSizeBase200, color: tokens.colorPaletteRedForeground1 },
});

export interface FormulaBarProps {
  readonly fake: ExcelFake;
  /** the cell first offered (default "Analysis!A1", a sheet the formula adds) */
  readonly initialCell?: string;
}

/**
 * The preview's formula bar: a cell and a `=CADRE.…` formula; Enter computes it with the same
 * functions Excel calls and spills the result into the in-memory workbook from that cell
 * (`enterFormula`). Stable hooks for the browser tests: `data-testid` formula-cell, formula-input,
 * formula-status.
 */
export function FormulaBar(props: FormulaBarProps): JSX.Element {
  const classes = useStyles();
  const [cell, setCell] = useState(props.initialCell ?? 'Analysis!A1');
  const [formula, setFormula] = useState('');
  const [busy, setBusy] = useState(false);
  const [last, setLast] = useState<EnteredFormula | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    enterFormula(props.fake, cell, formula)
      .then(setLast, (error: unknown) => setLast({ spilled: null, status: `Not computed: ${error instanceof Error ? error.message : String(error)}`, ok: false }))
      .finally(() => setBusy(false));
  };

  return (
    <form className={classes.bar} onSubmit={submit} aria-label="Formula bar">
      <Input className={classes.cell} value={cell} onChange={(_, d) => setCell(d.value)} aria-label="Cell" data-testid="formula-cell" size="small" />
      <Input
        className={classes.formula}
        value={formula}
        onChange={(_, d) => setFormula(d.value)}
        aria-label="Formula"
        placeholder="=CADRE.RETENTION(Participants!O2:O2001, Participants!R2:R2001, 12, &quot;2026-09-30&quot;)"
        data-testid="formula-input"
        size="small"
      />
      <Button type="submit" size="small" appearance="primary" disabled={busy || formula.trim() === ''}>
        Enter
      </Button>
      {last && (
        <span className={last.ok ? classes.status : classes.problem} role="status" data-testid="formula-status" data-spilled={last.spilled ?? ''}>
          {last.spilled ? `${last.spilled}: ${last.status}` : last.status}
        </span>
      )}
    </form>
  );
}
