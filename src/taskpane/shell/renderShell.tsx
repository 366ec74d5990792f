import {
  Badge,
  Body1,
  Caption1,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Subtitle2,
  Title3,
  webDarkTheme,
  webLightTheme,
} from '@fluentui/react-components';
import type { JSX } from 'react';
import type { TaskpaneWorkbook } from '../workbook/taskpaneWorkbook';
import type { ShellState } from './useShell';
import { WorkbookViews } from './WorkbookViews';
import type { ShellClasses } from './useShellStyles.styles';

/** The shell's markup: no logic, no hooks (Fluent UI v9 pattern). */
export function renderShell(state: ShellState, classes: ShellClasses, loadWorkbook?: () => Promise<TaskpaneWorkbook>): JSX.Element {
  return (
    <FluentProvider theme={state.theme === 'dark' ? webDarkTheme : webLightTheme} className={classes.provider}>
      <main className={classes.root} data-status={state.status} data-theme={state.theme}>
        <header className={classes.header}>
          <img className={classes.logo} src="assets/icon-32.png" srcSet="assets/icon-64.png 2x" alt="" />
          <div className={classes.titleBlock}>
            <div className={classes.titleRow}>
              <Title3 as="h1">{state.title}</Title3>
              {state.status === 'preview' && (
                <Badge appearance="tint" color="informative">
                  Preview
                </Badge>
              )}
            </div>
            <Body1 className={classes.tagline}>{state.tagline}</Body1>
          </div>
        </header>

        <section className={classes.content} aria-label="Cadre">
          {state.notice && (
            <MessageBar intent={state.notice.intent} layout="multiline" role={state.notice.intent === 'error' ? 'alert' : 'status'}>
              <MessageBarBody>
                <MessageBarTitle>{state.notice.title}</MessageBarTitle> {state.notice.body}
              </MessageBarBody>
            </MessageBar>
          )}
          {state.showViews && state.noWorkbook && (
            <div className={classes.placeholder} data-testid="cadre-views">
              <Subtitle2 as="h2">Set up, check, refresh</Subtitle2>
              <Body1>
                Open Cadre from the Home tab in Excel to map your sheets, check the data, and refresh the dashboards; or run
                npm run preview to try it on an in-memory workbook.
              </Body1>
            </div>
          )}
          {state.showViews && !state.noWorkbook && loadWorkbook && (
            <div data-testid="cadre-views">
              <WorkbookViews loadWorkbook={loadWorkbook} />
            </div>
          )}
        </section>

        <footer className={classes.footer}>
          <Caption1>{state.hostLabel}</Caption1>
        </footer>
      </main>
    </FluentProvider>
  );
}
