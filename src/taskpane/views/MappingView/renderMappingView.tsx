import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Body1, Button, Caption1, Checkbox, Dropdown, Field, MessageBar, MessageBarBody, Option, Subtitle2 } from '@fluentui/react-components';
import type { JSX } from 'react';
import { NONE, type MappingViewState } from './useMappingView';
import type { MappingViewClasses } from './useMappingViewStyles.styles';

/** The mapping view's markup: no logic, no hooks (Fluent UI v9 pattern). */
export function renderMappingView(state: MappingViewState, classes: MappingViewClasses): JSX.Element {
  if (state.loading) return <Body1>Looking at the workbook…</Body1>;
  return (
    <div className={classes.root}>
      <Body1>Cadre matched your sheets and columns as below. Change any match, then save: the mapping is kept in this workbook, so the next refresh needs none.</Body1>
      <Accordion multiple collapsible defaultOpenItems={['Participants']}>
        {state.inputs.map((input) => (
          <AccordionItem key={input.canonical} value={input.canonical}>
            <AccordionHeader as="h3">
              {input.canonical}: {input.sheetShown}
            </AccordionHeader>
            <AccordionPanel>
              <div className={classes.section}>
                <Field label={input.sheetLabel}>
                  <Dropdown value={input.sheetValue} selectedOptions={[input.selectedSheet]} onOptionSelect={(_, data) => input.onSheetSelect(data.optionValue)}>
                    <Option value={NONE}>None in this workbook</Option>
                    {state.sheetChoices.map((s) => (
                      <Option key={s} value={s}>
                        {s}
                      </Option>
                    ))}
                  </Dropdown>
                </Field>
                {input.unsavedSheet !== null && <Caption1>Save to read the headers of “{input.unsavedSheet}”.</Caption1>}
                {input.columns.map((c) => (
                  <Field key={c.column} label={c.label} hint={c.hint} validationState={c.validationState} validationMessage={c.validationMessage}>
                    <Dropdown value={c.value} selectedOptions={[c.selectedOption]} onOptionSelect={(_, data) => c.onSelect(data.optionValue)}>
                      <Option value={NONE}>Not in this workbook</Option>
                      {c.headers.map((h) => (
                        <Option key={h} value={h}>
                          {h}
                        </Option>
                      ))}
                    </Dropdown>
                  </Field>
                ))}
              </div>
            </AccordionPanel>
          </AccordionItem>
        ))}
      </Accordion>
      <section className={classes.section} aria-labelledby="mapping-attributes">
        <Subtitle2 as="h2" id="mapping-attributes">
          Demographic attributes
        </Subtitle2>
        <Caption1>Columns of Participants and Mentors that equity is tested across (for example Gender). Groups smaller than k are never shown.</Caption1>
        {state.attributes.length === 0 && <Caption1 className={classes.muted}>No other columns to choose from.</Caption1>}
        {state.attributes.map((a) => (
          <Checkbox key={a.header} label={a.header} checked={a.checked} onChange={(_, data) => a.onChange(data.checked === true)} />
        ))}
      </section>
      {state.duplicates !== null && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{state.duplicates}</MessageBarBody>
        </MessageBar>
      )}
      <Button appearance="primary" disabled={!state.canSave} onClick={state.onSave}>
        Save the mapping in this workbook
      </Button>
    </div>
  );
}
