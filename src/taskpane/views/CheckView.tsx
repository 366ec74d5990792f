import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Badge, Body1, Button, Caption1, Subtitle2 } from '@fluentui/react-components';
import type { JSX } from 'react';
import type { Problem } from '../../model/problem';
import type { ValidationResult } from '../workbook/taskpaneWorkbook';
import { kindLabel, problemGroups } from './problemGroups';
import { useViewStyles } from './useViewStyles.styles';

export interface CheckViewProps {
  readonly validation: ValidationResult | null;
  readonly busy: boolean;
  readonly onCheck: () => void;
  readonly onSelect: (sheet: string, cell: string) => void;
}

const SEVERITY: Readonly<Record<Problem['severity'], { label: string; color: 'danger' | 'warning' | 'informative' }>> = {
  error: { label: 'error', color: 'danger' },
  warning: { label: 'warning', color: 'warning' },
  info: { label: 'note', color: 'informative' },
};

const plural = (n: number, word: string) => `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;

/** The data-quality problems, counts first, grouped by sheet and kind; a problem's button selects its cell in Excel. */
export function CheckView(props: CheckViewProps): JSX.Element {
  const classes = useViewStyles();
  const v = props.validation;
  const groups = v ? problemGroups(v.problems) : [];
  return (
    <div className={classes.view}>
      <div className={classes.row}>
        <Button appearance="primary" disabled={props.busy} onClick={props.onCheck}>
          {v ? 'Check again' : 'Check the data'}
        </Button>
      </div>
      {v === null && <Body1>Reads the input sheets and lists every problem with its sheet and cell, and what to do about it.</Body1>}
      {v !== null && (
        <section className={classes.section} aria-labelledby="check-summary">
          <Subtitle2 as="h2" id="check-summary">
            {v.problems.length === 0 ? 'No problems found' : `${plural(v.problems.length, 'problem')} found`}
          </Subtitle2>
          <div className={classes.row} role="status">
            <Badge color="danger" appearance={v.errors > 0 ? 'filled' : 'outline'}>
              {plural(v.errors, 'error')}
            </Badge>
            <Badge color="warning" appearance={v.warnings > 0 ? 'filled' : 'outline'}>
              {plural(v.warnings, 'warning')}
            </Badge>
            <Badge color="informative" appearance="outline">
              {plural(v.notes, 'note')}
            </Badge>
          </div>
          {!v.canCompute && <Body1>Nothing can be computed until the errors marked below are fixed.</Body1>}
          <Caption1 className={classes.muted}>Errors leave a row out; warnings ignore a value; notes change nothing.</Caption1>
        </section>
      )}
      {groups.length > 0 && (
        <Accordion multiple collapsible defaultOpenItems={groups.slice(0, 1).map((g) => g.sheet)}>
          {groups.map((g) => (
            <AccordionItem key={g.sheet} value={g.sheet}>
              <AccordionHeader as="h3">
                {g.sheet}: {[g.errors && plural(g.errors, 'error'), g.warnings && plural(g.warnings, 'warning'), g.notes && plural(g.notes, 'note')].filter(Boolean).join(', ')}
              </AccordionHeader>
              <AccordionPanel>
                {g.kinds.map((k) => (
                  <section key={`${k.severity}-${k.code}`} className={classes.section} aria-label={`${kindLabel(k.code)} (${k.problems.length})`}>
                    <div className={classes.row}>
                      <Badge color={SEVERITY[k.severity].color}>{SEVERITY[k.severity].label}</Badge>
                      <Body1>
                        <strong>{kindLabel(k.code)}</strong> ({k.problems.length})
                      </Body1>
                    </div>
                    <Caption1>{k.problems[0].fix}</Caption1>
                    <ul className={classes.list}>
                      {k.problems.map((p, i) => (
                        <li key={`${p.cell}-${i}`}>
                          {p.cell ? (
                            <Button appearance="subtle" className={classes.problemButton} onClick={() => props.onSelect(p.sheet, p.cell)} aria-label={`Go to ${p.sheet}!${p.cell}: ${p.message}`}>
                              {p.cell}: {p.message}
                            </Button>
                          ) : (
                            <Caption1>{p.message}</Caption1>
                          )}
                        </li>
                      ))}
                    </ul>
                  </section>
                ))}
              </AccordionPanel>
            </AccordionItem>
          ))}
        </Accordion>
      )}
    </div>
  );
}
