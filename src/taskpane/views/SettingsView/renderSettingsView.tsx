import { Body1, Button, Checkbox, Field, Input, Radio, RadioGroup, SpinButton, Subtitle2, Switch } from '@fluentui/react-components';
import type { JSX } from 'react';
import type { SettingsViewState } from './useSettingsView';
import type { SettingsViewClasses } from './useSettingsViewStyles.styles';

/** The settings view's markup: no logic, no hooks (Fluent UI v9 pattern). */
export function renderSettingsView(state: SettingsViewState, classes: SettingsViewClasses): JSX.Element {
  return (
    <div className={classes.root}>
      <section className={classes.section} aria-labelledby="settings-when">
        <Subtitle2 as="h2" id="settings-when">
          As of
        </Subtitle2>
        <RadioGroup value={state.asOfMode} onChange={(_, d) => state.onAsOfMode(d.value)} aria-label="As-of date">
          <Radio value="lastQuarter" label="The end of the last completed quarter" />
          <Radio value="date" label="A date" />
        </RadioGroup>
        {state.asOfDate !== null && (
          <Field label="As-of date" validationMessage={state.asOfDate.validationMessage} validationState={state.asOfDate.validationState}>
            <Input type="date" value={state.asOfDate.value} onChange={(_, d) => state.onAsOfDate(d.value)} />
          </Field>
        )}
      </section>
      <section className={classes.section} aria-labelledby="settings-privacy">
        <Subtitle2 as="h2" id="settings-privacy">
          Privacy
        </Subtitle2>
        <Field label="Smallest group shown (k)" hint="Groups with fewer people show no figures anywhere. 3 or more; 5 is the default." validationMessage={state.minGroup.validationMessage} validationState={state.minGroup.validationState}>
          <SpinButton value={state.minGroup.value} min={3} onChange={(_, d) => state.onMinGroup(d.value, d.displayValue)} />
        </Field>
        <Switch label="Write the Analyst Detail sheet (names people by id; turn off for a copy shared with the board)" checked={state.analystDetail} onChange={(_, d) => state.onAnalystDetail(d.checked)} />
      </section>
      <section className={classes.section} aria-labelledby="settings-attributes">
        <Subtitle2 as="h2" id="settings-attributes">
          Attribute columns
        </Subtitle2>
        <Body1>Equity is tested across these columns of Participants.</Body1>
        {state.attributes.map((a) => (
          <Checkbox key={a.header} label={a.header} checked={a.checked} onChange={(_, d) => a.onChange(d.checked === true)} />
        ))}
        {state.attributes.length === 0 && <Body1 className={classes.muted}>No attribute columns found.</Body1>}
      </section>
      <section className={classes.section} aria-labelledby="settings-sheets">
        <Subtitle2 as="h2" id="settings-sheets">
          Names of Cadre’s sheets
        </Subtitle2>
        <Field label="Program name (the dashboard’s title)" validationMessage={state.programName.validationMessage} validationState={state.programName.validationState}>
          <Input value={state.programName.value} placeholder="Executive mentorship program" onChange={(_, d) => state.onProgramName(d.value)} />
        </Field>
        {state.sheetNames.map((f) => (
          <Field key={f.role} label={f.label} validationMessage={f.validationMessage} validationState={f.validationState}>
            <Input value={f.value} placeholder={f.placeholder} onChange={(_, d) => f.onChange(d.value)} />
          </Field>
        ))}
      </section>
      <Button appearance="primary" disabled={!state.canSave} onClick={state.onSave}>
        Save the settings in this workbook
      </Button>
    </div>
  );
}
