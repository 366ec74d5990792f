import { Body1, Button, Caption1, Link, Subtitle2, mergeClasses } from '@fluentui/react-components';
import type { JSX } from 'react';
import { renderRunNotes, renderRunStatus } from '../renderRunStatus';
import { NOTHING_TO_ACT_ON } from '../../../report/boardFindings';
import type { RefreshResults, RefreshViewState } from './useRefreshView';
import type { RefreshViewClasses } from './useRefreshViewStyles.styles';

/** The refresh view's markup: no logic, no hooks (Fluent UI v9 pattern). */
export function renderRefreshView(state: RefreshViewState, classes: RefreshViewClasses): JSX.Element {
  return (
    <div className={classes.root}>
      <Button appearance="primary" size="large" disabled={!state.canRefresh} onClick={state.onRefresh}>
        {state.buttonLabel}
      </Button>
      {renderRunStatus(state)}
      {state.results !== null && renderResults(state.results, classes)}
    </div>
  );
}

function renderResults(results: RefreshResults, classes: RefreshViewClasses): JSX.Element {
  return (
    <>
      <section className={classes.section} aria-labelledby="refresh-attention">
        <Subtitle2 as="h2" id="refresh-attention">
          For the board’s attention
        </Subtitle2>
        {results.findings.length === 0 && <Body1>{NOTHING_TO_ACT_ON}</Body1>}
        <ol className={classes.list}>
          {results.findings.map((f) => (
            <li key={f} className={classes.item}>
              <Body1>{f}</Body1>
            </li>
          ))}
        </ol>
      </section>
      <section className={classes.section} aria-labelledby="refresh-kpis">
        <Subtitle2 as="h2" id="refresh-kpis">
          As of {results.asOf} ({results.quarter})
        </Subtitle2>
        <div className={classes.cards}>
          {results.cards.map((c) => (
            <div key={c.label} className={classes.card} role="group" aria-label={c.label}>
              <Caption1>{c.label}</Caption1>
              <span className={classes.cardValue}>{c.value}</span>
              <Caption1 className={classes.muted}>{c.detail}</Caption1>
            </div>
          ))}
        </div>
      </section>
      <section className={classes.section} aria-labelledby="refresh-impact">
        <Subtitle2 as="h2" id="refresh-impact">
          {results.impact.heading}
        </Subtitle2>
        {results.impact.matchedOn !== null && <Caption1 className={classes.muted}>{results.impact.matchedOn}</Caption1>}
        <ul className={classes.list}>
          {results.impact.sentences.map((s) => (
            <li key={s.key} className={classes.item}>
              <Body1>{s.text}</Body1>
            </li>
          ))}
        </ul>
        <Caption1 className={classes.muted}>{results.impact.note}</Caption1>
      </section>
      <section className={classes.section} aria-labelledby="refresh-flags">
        <Subtitle2 as="h2" id="refresh-flags">
          Equity flags: {results.adverse} adverse, {results.watch} watch
        </Subtitle2>
        {results.flags.length === 0 && <Body1>No group falls below the four-fifths screen or differs significantly after adjustment.</Body1>}
        <ul className={classes.list}>
          {results.flags.map((f) => (
            <li key={f.key} className={mergeClasses(classes.item, classes[f.status])}>
              <Body1>
                <strong>{f.status}</strong>: {f.what}
              </Body1>
              <Caption1>{f.reason}</Caption1>
            </li>
          ))}
        </ul>
      </section>
      {renderRunNotes(results.warnings)}
      <section className={classes.section} aria-labelledby="refresh-sheets">
        <Subtitle2 as="h2" id="refresh-sheets">
          Sheets written
        </Subtitle2>
        <ul className={classes.list}>
          {results.written.map((w) => (
            <li key={w.name}>
              <Link onClick={w.open}>{w.name}</Link>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
