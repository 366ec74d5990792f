import { Body1, Button, Caption1, Subtitle2, mergeClasses } from '@fluentui/react-components';
import type { JSX } from 'react';
import type { SheetOverview, WorkbookOverview } from '../workbook/taskpaneWorkbook';
import { useViewStyles } from './useViewStyles.styles';

export interface SetupViewProps {
  readonly overview: WorkbookOverview | null;
  readonly busy: boolean;
  readonly onInsertSample: () => void;
  readonly onInsertTemplates: () => void;
  readonly onNext: () => void;
}

const HOW: Readonly<Record<NonNullable<SheetOverview['how']>, string>> = { name: 'found by its name', headers: 'found by its headers', mapped: 'from the saved mapping' };

/** What a found or missing input sheet says. */
export function inputLine(input: SheetOverview): string {
  if (input.sheet === null) return input.canonical === 'Participants' ? 'Not found: Cadre needs it to compute anything.' : 'Not found: the figures that need it will say “not available”.';
  return `“${input.sheet}”, ${HOW[input.how ?? 'name']}, header on row ${input.headerRow}, ${input.rows.toLocaleString('en-US')} rows`;
}

/** First run: what Cadre found in the workbook, and the two ways to get started. */
export function SetupView(props: SetupViewProps): JSX.Element {
  const classes = useViewStyles();
  const inputs = props.overview?.inputs ?? [];
  const found = inputs.filter((i) => i.sheet !== null).length;
  return (
    <div className={classes.view}>
      <section className={classes.section} aria-labelledby="setup-found">
        <Subtitle2 as="h2" id="setup-found">
          {props.overview === null ? 'Looking at the workbook…' : `Found ${found} of 5 input sheets`}
        </Subtitle2>
        <ul className={classes.list}>
          {inputs.map((input) => (
            <li key={input.canonical} className={mergeClasses(classes.item, input.sheet !== null ? classes.found : input.canonical === 'Participants' ? classes.missing : classes.optional)}>
              <Body1>
                <strong>{input.canonical}</strong>
              </Body1>
              <Caption1>{inputLine(input)}</Caption1>
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
          <Button appearance={found === 0 ? 'primary' : 'secondary'} disabled={props.busy} onClick={props.onInsertSample}>
            Insert sample program
          </Button>
          <Button disabled={props.busy} onClick={props.onInsertTemplates}>
            Insert empty templates
          </Button>
        </div>
        <Caption1 className={classes.muted}>Both add new sheets under names no sheet of yours has; nothing of yours is changed.</Caption1>
      </section>
      {found > 0 && (
        <Button appearance="primary" disabled={props.busy} onClick={props.onNext}>
          Next: check the mapping
        </Button>
      )}
    </div>
  );
}
