import { Body1, Button, Caption1, Field, Input, Link, MessageBar, MessageBarActions, MessageBarBody, Radio, RadioGroup, Subtitle2, Switch, ToggleButton, mergeClasses } from '@fluentui/react-components';
import type { JSX } from 'react';
import { renderRunNotes, renderRunStatus } from '../renderRunStatus';
import type { PairingRole } from '../../../model/records';
import type { SuggestResults, SuggestViewState } from './useSuggestView';
import type { SuggestViewClasses } from './useSuggestViewStyles.styles';

/** The Suggest view's markup: no logic, no hooks (Fluent UI v9 pattern). */
export function renderSuggestView(state: SuggestViewState, classes: SuggestViewClasses): JSX.Element {
  return (
    <div className={classes.root}>
      <section className={classes.section} aria-labelledby="suggest-role">
        <Subtitle2 as="h2" id="suggest-role">
          Suggest pairings for
        </Subtitle2>
        <RadioGroup layout="horizontal" value={state.role} onChange={(_, d) => state.onRole(d.value as PairingRole)} aria-labelledby="suggest-role">
          {state.roles.map((r) => (
            <Radio key={r} value={r} label={r} />
          ))}
        </RadioGroup>
      </section>
      <section className={classes.section} aria-labelledby="suggest-weights">
        <Subtitle2 as="h2" id="suggest-weights">
          Weights
        </Subtitle2>
        <Caption1 className={classes.muted}>Each criterion counts in the score (0 to 100) by its weight; 0 leaves it out.</Caption1>
        <div className={classes.weights}>
          {state.weights.map((w) => (
            <Field
              key={w.name}
              className={classes.weight}
              orientation="horizontal"
              label={w.label}
              hint={w.text === w.defaultText ? undefined : `default ${w.defaultText}`}
              validationMessage={w.error ?? undefined}
              validationState={w.error === null ? 'none' : 'error'}
            >
              <Input className={classes.weightInput} size="small" type="number" min={0} step={1} value={w.text} onChange={(_, d) => w.onChange(d.value)} aria-label={`Weight of ${w.label} (default ${w.defaultText})`} />
            </Field>
          ))}
        </div>
        <Button size="small" disabled={!state.canResetWeights} onClick={state.onResetWeights}>
          Reset the weights to the defaults
        </Button>
      </section>
      <section className={classes.section} aria-labelledby="suggest-floor">
        <Subtitle2 as="h2" id="suggest-floor">
          Fairness floor
        </Subtitle2>
        <Switch
          label="Every group at least a fraction of the best group’s rates"
          checked={state.floor.on}
          disabled={!state.floor.available}
          onChange={(_, d) => state.floor.onToggle(d.checked)}
        />
        {state.floor.on && (
          <Field label="Floor (fraction)" validationMessage={state.floor.error ?? undefined} validationState={state.floor.error === null ? 'none' : 'error'}>
            <Input type="number" min={0} max={1} step={0.05} value={state.floor.text} onChange={(_, d) => state.floor.onChange(d.value)} />
          </Field>
        )}
        {state.floor.note !== null && <Caption1 className={classes.muted}>{state.floor.note}</Caption1>}
      </section>
      <Button appearance="primary" size="large" disabled={!state.canSuggest} onClick={state.onSuggest}>
        {state.buttonLabel}
      </Button>
      {state.problem !== null && <Body1 role="status">{state.problem}</Body1>}
      {renderRunStatus(state)}
      {state.results !== null && renderResults(state.results, classes)}
    </div>
  );
}

function renderResults(results: SuggestResults, classes: SuggestViewClasses): JSX.Element {
  const { summary } = results;
  return (
    <>
      <section className={classes.section} aria-labelledby="suggest-list">
        <Subtitle2 as="h2" id="suggest-list">
          Suggestions
        </Subtitle2>
        <Body1>{summary.headline}</Body1>
        {summary.floor !== null && (
          <MessageBar intent={summary.floor.met ? 'success' : 'warning'} layout="multiline" aria-label="Fairness floor outcome">
            <MessageBarBody>{summary.floor.text}</MessageBarBody>
          </MessageBar>
        )}
        {summary.absent !== null && <Caption1 className={classes.muted}>{summary.absent}</Caption1>}
        {renderAdd(results, classes)}
        <ul className={classes.list}>
          {results.items.map((s) => (
            <li key={s.key} className={mergeClasses(classes.item, s.added ? classes.added : s.decision === 'accept' ? classes.accepted : s.decision === 'reject' ? classes.rejected : undefined)} aria-label={`${s.personId} with ${s.mentorId}, score ${s.score}`}>
              <div className={classes.pair}>
                <Body1>
                  <strong>{s.personId}</strong> → <strong>{s.mentorId}</strong>
                </Body1>
                <span className={classes.score}>{s.score}</span>
              </div>
              <ul className={classes.reasons}>
                {s.reasons.map((r) => (
                  <li key={r}>
                    <Caption1>{r}</Caption1>
                  </li>
                ))}
              </ul>
              {s.added ? (
                <Caption1>Added to Pairings.</Caption1>
              ) : (
                <div className={classes.row}>
                  <ToggleButton size="small" checked={s.decision === 'accept'} onClick={s.onAccept} aria-label={`Accept ${s.personId} with ${s.mentorId}`}>
                    Accept
                  </ToggleButton>
                  <ToggleButton size="small" checked={s.decision === 'reject'} onClick={s.onReject} aria-label={`Reject ${s.personId} with ${s.mentorId}`}>
                    Reject
                  </ToggleButton>
                </div>
              )}
            </li>
          ))}
        </ul>
      </section>
      <section className={classes.section} aria-labelledby="suggest-unmatched">
        <Subtitle2 as="h2" id="suggest-unmatched">
          Without a suggestion: {summary.unmatched.length}
        </Subtitle2>
        <ul className={classes.list}>
          {summary.unmatched.map((u) => (
            <li key={u.personId} className={classes.item}>
              <Body1>
                <strong>{u.personId}</strong>: {u.reason}
              </Body1>
            </li>
          ))}
        </ul>
      </section>
      <section className={classes.section} aria-labelledby="suggest-audit">
        <Subtitle2 as="h2" id="suggest-audit">
          Audit: {summary.audit.adverse} adverse, {summary.audit.watch} watch
        </Subtitle2>
        {summary.audit.flags.length === 0 && <Body1>No group falls below the four-fifths screen or differs significantly after adjustment.</Body1>}
        <ul className={classes.list}>
          {summary.audit.flags.map((f) => (
            <li key={f.key} className={mergeClasses(classes.item, classes[f.status])}>
              <Body1>
                <strong>{f.status}</strong>: {f.what}
              </Body1>
              <Caption1>{f.reason}</Caption1>
            </li>
          ))}
        </ul>
        <Caption1 className={classes.muted}>{summary.audit.removed}</Caption1>
        {summary.audit.load !== null && <Caption1 className={classes.muted}>{summary.audit.load}</Caption1>}
        {results.sheet !== null && (
          <Body1>
            Every pair, the unmatched and the full audit: <Link onClick={results.sheet.open}>{results.sheet.name}</Link>
          </Body1>
        )}
      </section>
      {renderRunNotes(results.warnings)}
    </>
  );
}

/** "Add accepted to Pairings", or its confirmation naming how many rows will be added. */
function renderAdd(results: SuggestResults, classes: SuggestViewClasses): JSX.Element {
  if (results.confirm !== null) {
    return (
      <MessageBar intent="warning" layout="multiline" role="alertdialog" aria-label="Confirm adding rows to Pairings">
        <MessageBarBody>{results.confirm.text}</MessageBarBody>
        <MessageBarActions>
          <Button size="small" appearance="primary" onClick={results.confirm.onConfirm}>
            {results.confirm.confirmLabel}
          </Button>
          <Button size="small" onClick={results.confirm.onCancel}>
            Cancel
          </Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
  return (
    <div className={classes.row}>
      <Button appearance="primary" disabled={!results.canAdd} onClick={results.onAdd}>
        Add accepted to Pairings
      </Button>
      <Caption1 className={classes.muted}>
        {results.accepted} accepted, {results.rejected} rejected
      </Caption1>
    </div>
  );
}
