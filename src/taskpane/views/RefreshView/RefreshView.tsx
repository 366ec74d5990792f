import { Body1, Button, Caption1, Field, Link, MessageBar, MessageBarBody, MessageBarTitle, ProgressBar, Subtitle2, mergeClasses } from '@fluentui/react-components';
import type { JSX } from 'react';
import type { RefreshStatus } from '../../app/cadreState';
import { equityFlags, kpiCards, progressText, progressValue } from './resultSummary';
import { useViewStyles } from '../useViewStyles.styles';

export interface RefreshViewProps {
  readonly refresh: RefreshStatus;
  readonly ready: boolean;
  readonly busy: boolean;
  readonly onRefresh: () => void;
  readonly onOpenSheet: (sheet: string) => void;
  readonly onSetup: () => void;
}

/** One click: progress while reading, computing and writing; then the KPI cards, the equity flags and links to the sheets written. */
export function RefreshView(props: RefreshViewProps): JSX.Element {
  const classes = useViewStyles();
  const { refresh } = props;
  const running = refresh.phase === 'running';
  return (
    <div className={classes.view}>
      <Button appearance="primary" size="large" disabled={running || props.busy || !props.ready} onClick={props.onRefresh}>
        {running ? 'Refreshing…' : 'Refresh dashboards'}
      </Button>
      {!props.ready && (
        <Body1>
          No Participants sheet yet. <Link onClick={props.onSetup}>Set up the workbook</Link> first.
        </Body1>
      )}
      {running && (
        <Field validationMessage={progressText(refresh.progress)} validationState="none" label="Progress">
          <ProgressBar value={progressValue(refresh.progress)} />
        </Field>
      )}
      {refresh.phase === 'failed' && (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>
            <MessageBarTitle>{refresh.failure.title}</MessageBarTitle> {refresh.failure.message}
          </MessageBarBody>
        </MessageBar>
      )}
      {refresh.phase === 'done' && <Results refresh={refresh} onOpenSheet={props.onOpenSheet} />}
    </div>
  );
}

function Results(props: { refresh: Extract<RefreshStatus, { phase: 'done' }>; onOpenSheet: (sheet: string) => void }): JSX.Element {
  const classes = useViewStyles();
  const { result } = props.refresh;
  const flags = equityFlags(result.report);
  return (
    <>
      <section className={classes.section} aria-labelledby="refresh-kpis">
        <Subtitle2 as="h2" id="refresh-kpis">
          As of {result.report.asOf} ({result.report.quarter})
        </Subtitle2>
        <div className={classes.cards}>
          {kpiCards(result.report).map((c) => (
            <div key={c.label} className={classes.card} role="group" aria-label={c.label}>
              <Caption1>{c.label}</Caption1>
              <span className={classes.cardValue}>{c.value}</span>
              <Caption1 className={classes.muted}>{c.detail}</Caption1>
            </div>
          ))}
        </div>
      </section>
      <section className={classes.section} aria-labelledby="refresh-flags">
        <Subtitle2 as="h2" id="refresh-flags">
          Equity flags: {flags.filter((f) => f.status === 'adverse').length} adverse, {flags.filter((f) => f.status === 'watch').length} watch
        </Subtitle2>
        {flags.length === 0 && <Body1>No group falls below the four-fifths line or differs significantly.</Body1>}
        <ul className={classes.list}>
          {flags.map((f) => (
            <li key={`${f.status}-${f.what}`} className={mergeClasses(classes.item, f.status === 'adverse' ? classes.adverse : classes.watch)}>
              <Body1>
                <strong>{f.status}</strong>: {f.what}
              </Body1>
              <Caption1>{f.reason}</Caption1>
            </li>
          ))}
        </ul>
      </section>
      {result.warnings.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Done, with notes</MessageBarTitle> {result.warnings.join(' ')}
          </MessageBarBody>
        </MessageBar>
      )}
      <section className={classes.section} aria-labelledby="refresh-sheets">
        <Subtitle2 as="h2" id="refresh-sheets">
          Sheets written
        </Subtitle2>
        <ul className={classes.list}>
          {result.written.map((w) => (
            <li key={w.name}>
              <Link onClick={() => props.onOpenSheet(w.name)}>{w.name}</Link>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
