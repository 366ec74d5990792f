import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Body1, Button, Caption1, Checkbox, Dropdown, Field, MessageBar, MessageBarBody, Option, Subtitle2 } from '@fluentui/react-components';
import { type JSX, useEffect, useState } from 'react';
import type { Mapping } from '../../model/mapping';
import type { CanonicalSheet } from '../../model/program';
import type { ColumnOverview, WorkbookOverview } from '../workbook/taskpaneWorkbook';
import { type MappingDraft, draftOf, duplicateHeaders, headersOf, mappingOf } from './mappingDraft';
import { useViewStyles } from './useViewStyles.styles';

export interface MappingViewProps {
  readonly overview: WorkbookOverview | null;
  readonly mapping: Mapping | null;
  readonly busy: boolean;
  readonly onSave: (mapping: Mapping) => void;
}

const NONE = '\u0000none';

const HOW: Readonly<Record<ColumnOverview['how'], string>> = {
  exact: 'same name',
  synonym: 'a name that means it',
  mapping: 'saved mapping',
  attribute: 'demographic attribute',
  missing: 'not found',
};

/**
 * Every recognised column with how it was matched; a dropdown changes any match (or the sheet read),
 * checkboxes mark demographic attribute columns; saved in the workbook for the next person.
 */
export function MappingView(props: MappingViewProps): JSX.Element {
  const classes = useViewStyles();
  const { overview } = props;
  const [draft, setDraft] = useState<MappingDraft | null>(overview ? draftOf(overview, props.mapping) : null);
  useEffect(() => setDraft(overview ? draftOf(overview, props.mapping) : null), [overview, props.mapping]);
  if (!overview || !draft) return <Body1>Looking at the workbook…</Body1>;

  const sheetChoices = overview.sheetNames.filter((s) => !overview.ownedSheets.includes(s));
  const duplicates = duplicateHeaders(draft);
  const setSheet = (canonical: string, sheet: string | null) => setDraft({ ...draft, sheets: { ...draft.sheets, [canonical]: { sheet, columns: sheet === draft.sheets[canonical]?.sheet ? draft.sheets[canonical].columns : {} } } });
  const setColumn = (canonical: string, column: string, header: string | null) =>
    setDraft({ ...draft, sheets: { ...draft.sheets, [canonical]: { ...draft.sheets[canonical], columns: { ...draft.sheets[canonical].columns, [column]: header } } } });
  const toggleAttribute = (header: string, on: boolean) => setDraft({ ...draft, attributes: on ? [...draft.attributes, header] : draft.attributes.filter((a) => a !== header) });
  const candidates = [...new Set([...draft.attributes, ...(['Participants', 'Mentors'] as CanonicalSheet[]).flatMap((c) => overview.inputs.find((i) => i.canonical === c)?.unmatchedHeaders ?? [])])];

  return (
    <div className={classes.view}>
      <Body1>Cadre matched your sheets and columns as below. Change any match, then save: the mapping is kept in this workbook, so the next refresh needs none.</Body1>
      <Accordion multiple collapsible defaultOpenItems={['Participants']}>
        {overview.inputs.map((input) => {
          const d = draft.sheets[input.canonical] ?? { sheet: null, columns: {} };
          const headers = headersOf(overview, input.canonical);
          const changedSheet = d.sheet !== input.sheet;
          return (
            <AccordionItem key={input.canonical} value={input.canonical}>
              <AccordionHeader as="h3">
                {input.canonical}: {d.sheet === null ? 'none' : `“${d.sheet}”`}
              </AccordionHeader>
              <AccordionPanel>
                <div className={classes.section}>
                  <Field label={`Sheet to read as ${input.canonical}`}>
                    <Dropdown
                      value={d.sheet ?? 'None in this workbook'}
                      selectedOptions={[d.sheet ?? NONE]}
                      onOptionSelect={(_, data) => setSheet(input.canonical, data.optionValue === NONE || data.optionValue === undefined ? null : data.optionValue)}
                    >
                      <Option value={NONE}>None in this workbook</Option>
                      {sheetChoices.map((s) => (
                        <Option key={s} value={s}>
                          {s}
                        </Option>
                      ))}
                    </Dropdown>
                  </Field>
                  {changedSheet && d.sheet !== null && <Caption1>Save to read the headers of “{d.sheet}”.</Caption1>}
                  {!changedSheet &&
                    input.columns
                      .filter((c) => c.canonical !== null)
                      .map((c) => {
                        const column = c.canonical as string;
                        const header = d.columns[column] ?? null;
                        return (
                          <Field key={column} label={`${column}${c.required ? ' (required)' : ''}`} hint={`Matched by ${HOW[c.how]}`} validationState={c.required && header === null ? 'error' : 'none'} validationMessage={c.required && header === null ? 'Required: choose the column that holds it.' : undefined}>
                            <Dropdown value={header ?? 'Not in this workbook'} selectedOptions={[header ?? NONE]} onOptionSelect={(_, data) => setColumn(input.canonical, column, data.optionValue === NONE || data.optionValue === undefined ? null : data.optionValue)}>
                              <Option value={NONE}>Not in this workbook</Option>
                              {headers.map((h) => (
                                <Option key={h} value={h}>
                                  {h}
                                </Option>
                              ))}
                            </Dropdown>
                          </Field>
                        );
                      })}
                </div>
              </AccordionPanel>
            </AccordionItem>
          );
        })}
      </Accordion>
      <section className={classes.section} aria-labelledby="mapping-attributes">
        <Subtitle2 as="h2" id="mapping-attributes">
          Demographic attributes
        </Subtitle2>
        <Caption1>Columns of Participants and Mentors that equity is tested across (for example Gender). Groups smaller than k are never shown.</Caption1>
        {candidates.length === 0 && <Caption1 className={classes.muted}>No other columns to choose from.</Caption1>}
        {candidates.map((h) => (
          <Checkbox key={h} label={h} checked={draft.attributes.includes(h)} onChange={(_, data) => toggleAttribute(h, data.checked === true)} />
        ))}
      </section>
      {duplicates.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {duplicates.map((x) => `${x.sheet}: “${x.header}” is chosen for ${x.columns.join(' and ')}; choose one column for each.`).join(' ')}
          </MessageBarBody>
        </MessageBar>
      )}
      <Button appearance="primary" disabled={props.busy || duplicates.length > 0} onClick={() => props.onSave(mappingOf(draft))}>
        Save the mapping in this workbook
      </Button>
    </div>
  );
}
