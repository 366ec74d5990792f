import { Body1, Button, Checkbox, Field, Input, Radio, RadioGroup, SpinButton, Subtitle2, Switch } from '@fluentui/react-components';
import { type JSX, useEffect, useState } from 'react';
import { DEFAULT_SHEET_NAMES } from '../../dashboard/buildPlan';
import type { SheetRole } from '../../dashboard/plan';
import type { CadreSettings, WorkbookOverview } from '../workbook/taskpaneWorkbook';
import { settingsErrors } from './settingsDraft';
import { useViewStyles } from './useViewStyles.styles';

export interface SettingsViewProps {
  readonly settings: CadreSettings;
  readonly overview: WorkbookOverview | null;
  readonly busy: boolean;
  readonly onSave: (settings: CadreSettings) => void;
}

const ROLE_LABELS: Readonly<Record<SheetRole, string>> = {
  board: 'Board Dashboard',
  equity: 'Equity Detail',
  metrics: 'Metrics Detail',
  analyst: 'Analyst Detail',
  history: 'History',
  definitions: 'Definitions',
  dataQuality: 'Data Quality',
};

/** The attribute columns to offer: those recognised as attributes, those chosen, and unmatched headers of Participants. */
function attributeChoices(overview: WorkbookOverview | null, chosen: readonly string[]): string[] {
  const participants = overview?.inputs.find((i) => i.canonical === 'Participants');
  const recognised = participants?.columns.filter((c) => c.how === 'attribute' && c.header !== null).map((c) => c.header as string) ?? [];
  return [...new Set([...recognised, ...chosen, ...(participants?.unmatchedHeaders ?? [])])];
}

/** As-of date, k, attribute columns, sheet names, Analyst Detail: checked, then saved in the workbook. */
export function SettingsView(props: SettingsViewProps): JSX.Element {
  const classes = useViewStyles();
  const [draft, setDraft] = useState<CadreSettings>(props.settings);
  useEffect(() => setDraft(props.settings), [props.settings]);
  const inputs = props.overview?.inputs.flatMap((i) => (i.sheet ? [i.sheet] : [])) ?? [];
  const errors = settingsErrors(draft, inputs);
  const choices = attributeChoices(props.overview, draft.attributes ?? []);
  const recognised = props.overview?.inputs.find((i) => i.canonical === 'Participants')?.columns.filter((c) => c.how === 'attribute').map((c) => c.header as string) ?? [];
  const chosen = draft.attributes ?? recognised;
  const setSheetName = (role: SheetRole, value: string) => {
    const names = { ...draft.sheetNames };
    if (value === '') delete names[role];
    else names[role] = value;
    setDraft({ ...draft, sheetNames: names });
  };

  return (
    <div className={classes.view}>
      <section className={classes.section} aria-labelledby="settings-when">
        <Subtitle2 as="h2" id="settings-when">
          As of
        </Subtitle2>
        <RadioGroup value={draft.asOf === 'lastQuarter' ? 'lastQuarter' : 'date'} onChange={(_, d) => setDraft({ ...draft, asOf: d.value === 'lastQuarter' ? 'lastQuarter' : new Date().toISOString().slice(0, 10) })} aria-label="As-of date">
          <Radio value="lastQuarter" label="The end of the last completed quarter" />
          <Radio value="date" label="A date" />
        </RadioGroup>
        {draft.asOf !== 'lastQuarter' && (
          <Field label="As-of date" validationMessage={errors.asOf} validationState={errors.asOf ? 'error' : 'none'}>
            <Input type="date" value={draft.asOf} onChange={(_, d) => setDraft({ ...draft, asOf: d.value })} />
          </Field>
        )}
      </section>
      <section className={classes.section} aria-labelledby="settings-privacy">
        <Subtitle2 as="h2" id="settings-privacy">
          Privacy
        </Subtitle2>
        <Field label="Smallest group shown (k)" hint="Groups with fewer people show no figures anywhere. 3 or more; 5 is the default." validationMessage={errors.minGroup} validationState={errors.minGroup ? 'error' : 'none'}>
          <SpinButton
            value={Number.isFinite(draft.minGroup) ? draft.minGroup : null}
            min={3}
            onChange={(_, d) => setDraft({ ...draft, minGroup: d.value ?? Number.parseInt(d.displayValue ?? '', 10) })}
          />
        </Field>
        <Switch label="Write the Analyst Detail sheet (names people by id; turn off for a copy shared with the board)" checked={draft.analystDetail} onChange={(_, d) => setDraft({ ...draft, analystDetail: d.checked })} />
      </section>
      <section className={classes.section} aria-labelledby="settings-attributes">
        <Subtitle2 as="h2" id="settings-attributes">
          Attribute columns
        </Subtitle2>
        <Body1>Equity is tested across these columns of Participants.</Body1>
        {choices.map((h) => (
          <Checkbox key={h} label={h} checked={chosen.includes(h)} onChange={(_, d) => setDraft({ ...draft, attributes: d.checked === true ? [...chosen, h] : chosen.filter((a) => a !== h) })} />
        ))}
        {choices.length === 0 && <Body1 className={classes.muted}>No attribute columns found.</Body1>}
      </section>
      <section className={classes.section} aria-labelledby="settings-sheets">
        <Subtitle2 as="h2" id="settings-sheets">
          Names of Cadre’s sheets
        </Subtitle2>
        <Field label="Program name (the dashboard’s title)" validationMessage={errors.programName} validationState={errors.programName ? 'error' : 'none'}>
          <Input value={draft.programName ?? ''} placeholder="Executive mentorship program" onChange={(_, d) => setDraft({ ...draft, programName: d.value === '' ? null : d.value })} />
        </Field>
        {(Object.keys(ROLE_LABELS) as SheetRole[]).map((role) => (
          <Field key={role} label={ROLE_LABELS[role]} validationMessage={errors[`sheet.${role}`]} validationState={errors[`sheet.${role}`] ? 'error' : 'none'}>
            <Input value={draft.sheetNames[role] ?? ''} placeholder={DEFAULT_SHEET_NAMES[role]} onChange={(_, d) => setSheetName(role, d.value)} />
          </Field>
        ))}
      </section>
      <Button appearance="primary" disabled={props.busy || Object.keys(errors).length > 0} onClick={() => props.onSave(draft)}>
        Save the settings in this workbook
      </Button>
    </div>
  );
}
