import { MessageBar, MessageBarBody, MessageBarTitle, Spinner } from '@fluentui/react-components';
import { type JSX, Suspense, lazy, useEffect, useState } from 'react';
import type { TaskpaneWorkbook } from '../workbook/taskpaneWorkbook';

// The views and the engine load after the first render (the first-render budget is 250 KB gzipped).
const CadreApp = lazy(() => import(/* webpackChunkName: "views" */ '../app/CadreApp.js').then((m) => ({ default: m.CadreApp })));

export interface WorkbookViewsProps {
  /** connects to the workbook (loads the engine): Excel's, or the preview's in-memory one */
  readonly loadWorkbook: () => Promise<TaskpaneWorkbook>;
}

type Loaded = { readonly workbook: TaskpaneWorkbook } | { readonly error: string } | null;

/** Loads the workbook connection and the views, then shows them; a failure to load is a message, not a blank pane. */
export function WorkbookViews(props: WorkbookViewsProps): JSX.Element {
  const [loaded, setLoaded] = useState<Loaded>(null);
  useEffect(() => {
    let live = true;
    props.loadWorkbook().then(
      (workbook) => live && setLoaded({ workbook }),
      (e: unknown) => live && setLoaded({ error: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      live = false;
    };
  }, [props.loadWorkbook]);
  if (loaded === null) return <Spinner size="small" label="Starting Cadre…" />;
  if ('error' in loaded) {
    return (
      <MessageBar intent="error" layout="multiline" role="alert">
        <MessageBarBody>
          <MessageBarTitle>Cadre could not start</MessageBarTitle> {loaded.error}. Close the task pane and open Cadre again; if it keeps failing, check the network connection (the add-in loads its code from its web address).
        </MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <Suspense fallback={<Spinner size="small" label="Loading the views…" />}>
      <CadreApp workbook={loaded.workbook} />
    </Suspense>
  );
}
