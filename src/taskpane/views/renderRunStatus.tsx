import { Body1, Field, Link, MessageBar, MessageBarBody, MessageBarTitle, ProgressBar } from '@fluentui/react-components';
import type { JSX } from 'react';
import type { Failure } from '../app/cadreState';

/** What a view that runs the engine (Refresh, Suggest) shows of its run, besides its results. */
export interface RunStatus {
  /** no Participants sheet yet: a link to Setup instead */
  readonly showSetupHint: boolean;
  readonly onSetup: () => void;
  readonly progress: { readonly text: string; readonly value: number } | null;
  readonly failure: Failure | null;
}

/** The run's status markup, the same in every view that runs: the setup hint, the progress, the failure (an alert). */
export function renderRunStatus(status: RunStatus): JSX.Element {
  return (
    <>
      {status.showSetupHint && (
        <Body1>
          No Participants sheet yet. <Link onClick={status.onSetup}>Set up the workbook</Link> first.
        </Body1>
      )}
      {status.progress !== null && (
        <Field validationMessage={status.progress.text} validationState="none" label="Progress">
          <ProgressBar value={status.progress.value} />
        </Field>
      )}
      {status.failure !== null && (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>
            <MessageBarTitle>{status.failure.title}</MessageBarTitle> {status.failure.message}
          </MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}

/** A run that finished with notes (warnings, in plain words), or nothing when it had none. */
export function renderRunNotes(warnings: string | null): JSX.Element | null {
  if (warnings === null) return null;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>Done, with notes</MessageBarTitle> {warnings}
      </MessageBarBody>
    </MessageBar>
  );
}
