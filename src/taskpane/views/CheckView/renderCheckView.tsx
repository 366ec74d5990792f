import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Badge, Body1, Button, Caption1, Subtitle2 } from '@fluentui/react-components';
import type { JSX } from 'react';
import type { CheckViewState } from './useCheckView';
import type { CheckViewClasses } from './useCheckViewStyles.styles';

/** The check view's markup: no logic, no hooks (Fluent UI v9 pattern). */
export function renderCheckView(state: CheckViewState, classes: CheckViewClasses): JSX.Element {
  const { summary } = state;
  return (
    <div className={classes.root}>
      <div className={classes.row}>
        <Button appearance="primary" disabled={state.busy} onClick={state.onValidate}>
          {state.checkLabel}
        </Button>
      </div>
      {state.showIntro && <Body1>Reads the input sheets and lists every problem with its sheet and cell, and what to do about it.</Body1>}
      {summary !== null && (
        <section className={classes.section} aria-labelledby="check-summary">
          <Subtitle2 as="h2" id="check-summary">
            {summary.heading}
          </Subtitle2>
          <div className={classes.row} role="status">
            <Badge color="danger" appearance={summary.errors.appearance}>
              {summary.errors.text}
            </Badge>
            <Badge color="warning" appearance={summary.warnings.appearance}>
              {summary.warnings.text}
            </Badge>
            <Badge color="informative" appearance={summary.notes.appearance}>
              {summary.notes.text}
            </Badge>
          </div>
          {!summary.canCompute && <Body1>Nothing can be computed until the errors marked below are fixed.</Body1>}
          <Caption1 className={classes.muted}>Errors leave a row out; warnings ignore a value; notes change nothing.</Caption1>
        </section>
      )}
      {state.sheets.length > 0 && (
        <Accordion multiple collapsible defaultOpenItems={state.defaultOpenItems}>
          {state.sheets.map((g) => (
            <AccordionItem key={g.sheet} value={g.sheet}>
              <AccordionHeader as="h3">
                {g.sheet}: {g.counts}
              </AccordionHeader>
              <AccordionPanel>
                {g.kinds.map((k) => (
                  <section key={k.key} className={classes.section} aria-label={`${k.label} (${k.count})`}>
                    <div className={classes.row}>
                      <Badge color={k.severity.color}>{k.severity.label}</Badge>
                      <Body1>
                        <strong>{k.label}</strong> ({k.count})
                      </Body1>
                    </div>
                    <Caption1>{k.fix}</Caption1>
                    <ul className={classes.list}>
                      {k.problems.map((p) => (
                        <li key={p.key}>
                          {p.goTo ? (
                            <Button appearance="subtle" className={classes.problemButton} onClick={p.goTo} aria-label={p.goToLabel}>
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
