import { Body1, Button, Caption1, Subtitle2, mergeClasses } from '@fluentui/react-components';
import type { JSX } from 'react';
import type { SetupViewState } from './useSetupView';
import type { SetupViewClasses } from './useSetupViewStyles.styles';

/** The setup view's markup: no logic, no hooks (Fluent UI v9 pattern). */
export function renderSetupView(state: SetupViewState, classes: SetupViewClasses): JSX.Element {
  return (
    <div className={classes.root}>
      <section className={classes.section} aria-labelledby="setup-found">
        <Subtitle2 as="h2" id="setup-found">
          {state.heading}
        </Subtitle2>
        <ul className={classes.list}>
          {state.inputs.map((input) => (
            <li key={input.canonical} className={mergeClasses(classes.item, classes[input.mark])}>
              <Body1>
                <strong>{input.canonical}</strong>
              </Body1>
              <Caption1>{input.line}</Caption1>
            </li>
          ))}
        </ul>
      </section>
      <section className={classes.section} aria-labelledby="setup-start">
        <Subtitle2 as="h2" id="setup-start">
          Get started
        </Subtitle2>
        <Body1>Try Cadre on a realistic program, or start from empty sheets with the right headers.</Body1>
        <div className={classes.row}>
          <Button appearance={state.sampleAppearance} disabled={state.busy} onClick={state.onInsertSample}>
            Insert sample program
          </Button>
          <Button disabled={state.busy} onClick={state.onInsertTemplates}>
            Insert empty templates
          </Button>
        </div>
        <Caption1 className={classes.muted}>Both add new sheets under names no sheet of yours has; nothing of yours is changed.</Caption1>
      </section>
      {state.showNext && (
        <Button appearance="primary" disabled={state.busy} onClick={state.onNext}>
          Next: check the mapping
        </Button>
      )}
    </div>
  );
}
