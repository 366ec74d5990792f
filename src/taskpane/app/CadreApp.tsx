import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Spinner, Tab, TabList } from '@fluentui/react-components';
import type { JSX } from 'react';
import type { TaskpaneWorkbook } from '../workbook/taskpaneWorkbook';
import { CheckView } from '../views/CheckView/CheckView';
import { MappingView } from '../views/MappingView/MappingView';
import { RefreshView } from '../views/RefreshView/RefreshView';
import { SettingsView } from '../views/SettingsView/SettingsView';
import { SetupView } from '../views/SetupView/SetupView';
import { SuggestView } from '../views/SuggestView/SuggestView';
import { VIEWS, type ViewId, readyToRefresh, visibleNotice } from './cadreState';
import { useCadre } from './useCadre';
import { useCadreAppStyles } from './useCadreAppStyles.styles';

export interface CadreAppProps {
  readonly workbook: TaskpaneWorkbook;
  readonly now?: () => Date;
}

/** The task pane's views over one workbook: tabs, the current view, and every message in plain words. */
export function CadreApp(props: CadreAppProps): JSX.Element {
  const classes = useCadreAppStyles();
  const { state, actions } = useCadre(props.workbook, props.now);
  const busy = state.busy !== null;
  const notice = visibleNotice(state);
  return (
    <div className={classes.app}>
      <TabList className={classes.tabs} size="small" selectedValue={state.view} onTabSelect={(_, d) => actions.show(d.value as ViewId)} aria-label="Cadre views">
        {VIEWS.map((v) => (
          <Tab key={v.id} value={v.id} className={classes.tab}>
            {v.label}
          </Tab>
        ))}
      </TabList>
      {state.busy && <Spinner size="tiny" label={`${state.busy}…`} labelPosition="after" />}
      {state.failure && (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>
            <MessageBarTitle>{state.failure.title}</MessageBarTitle> {state.failure.message}
          </MessageBarBody>
          <MessageBarActions containerAction={<Button appearance="transparent" aria-label="Dismiss" onClick={actions.dismiss}>×</Button>} />
        </MessageBar>
      )}
      {notice && (
        <MessageBar intent="success" layout="multiline" role="status">
          <MessageBarBody>{notice}</MessageBarBody>
          <MessageBarActions containerAction={<Button appearance="transparent" aria-label="Dismiss" onClick={actions.dismiss}>×</Button>} />
        </MessageBar>
      )}
      {state.storedProblems.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Saved setup not read</MessageBarTitle> {state.storedProblems.join(' ')}
          </MessageBarBody>
        </MessageBar>
      )}
      {state.view === 'setup' && <SetupView overview={state.overview} busy={busy} onInsertSample={actions.insertSample} onInsertTemplates={actions.insertTemplates} onNext={() => actions.show('mapping')} />}
      {state.view === 'mapping' && <MappingView overview={state.overview} mapping={state.mapping} busy={busy} onSave={actions.saveMapping} />}
      {state.view === 'validation' && <CheckView validation={state.validation} busy={busy} onValidate={actions.validate} onSelect={actions.selectCell} />}
      {state.view === 'settings' && <SettingsView settings={state.settings} overview={state.overview} busy={busy} onSave={actions.saveSettings} />}
      {state.view === 'refresh' && (
        <RefreshView refresh={state.refresh} ready={readyToRefresh(state.overview)} busy={busy} onRefresh={actions.refresh} onOpenSheet={actions.activateSheet} onSetup={() => actions.show('setup')} />
      )}
      {state.view === 'suggest' && (
        <SuggestView
          suggest={state.suggest}
          ready={readyToRefresh(state.overview)}
          busy={busy}
          floorAvailable={props.workbook.fairnessFloorAvailable()}
          onSuggest={actions.suggest}
          onAdd={actions.addPairings}
          onOpenSheet={actions.activateSheet}
          onSetup={() => actions.show('setup')}
        />
      )}
    </div>
  );
}
