import { useEffect, useMemo, useReducer, useRef } from 'react';
import type { TaskpaneWorkbook } from '../workbook/taskpaneWorkbook';
import { type CadreActions, createCadreActions } from './cadreActions';
import { type CadreState, INITIAL_STATE, cadreReducer } from './cadreState';

/** The task pane's state and operations for one workbook; looks at the workbook on start. */
export function useCadre(workbook: TaskpaneWorkbook, now?: () => Date): { state: CadreState; actions: CadreActions } {
  const [state, dispatch] = useReducer(cadreReducer, INITIAL_STATE);
  const current = useRef(state);
  current.current = state;
  const actions = useMemo(() => createCadreActions(workbook, dispatch, () => current.current, now), [workbook, now]);
  useEffect(() => {
    void actions.load();
  }, [actions]);
  return { state, actions };
}
