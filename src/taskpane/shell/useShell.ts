import { useMemo } from 'react';
import type { TaskpaneWorkbook } from '../workbook/taskpaneWorkbook';
import { ADD_IN_EXCEL_API, type HostTheme, type OfficeHost, type UnavailableReason } from '../officeHost';

export interface ShellProps {
  /** where the task pane runs, as found once `Office.onReady` resolved (or preview) */
  readonly host: OfficeHost;
  /** the browser's prefers-color-scheme, used when the Office host reports no theme */
  readonly systemPrefersDark?: boolean;
  /** the ExcelApi requirement set Cadre needs; defaults to {@link ADD_IN_EXCEL_API} */
  readonly requiredExcelApi?: string;
  /** the workbook the views work on: Excel's when ready, or the preview's in-memory one; none: the views cannot run */
  readonly loadWorkbook?: () => Promise<TaskpaneWorkbook>;
}

/**
 * - `ready`: inside Excel with the required API: the views can run.
 * - `preview`: no Excel (tests, offline preview, a plain browser tab): the shell renders, nothing reads a workbook.
 * - `unsupported`: inside an Office application that cannot run Cadre (too old an Excel, or not Excel).
 */
export type ShellStatus = 'ready' | 'preview' | 'unsupported';

export type NoticeIntent = 'info' | 'warning' | 'error';

export interface ShellNotice {
  readonly intent: NoticeIntent;
  readonly title: string;
  readonly body: string;
}

export interface ShellState {
  readonly status: ShellStatus;
  readonly theme: HostTheme;
  readonly title: string;
  readonly tagline: string;
  /** a message above the content, or null when all is well */
  readonly notice: ShellNotice | null;
  /** whether the views (setup, mapping, check, settings, refresh, suggest) are shown: there is a workbook to work on */
  readonly showViews: boolean;
  /** there is no workbook (preview without one): a line says how to get one instead of the views */
  readonly noWorkbook: boolean;
  /** a short description of the host for the footer, e.g. "Excel on the web · ExcelApi 1.12" */
  readonly hostLabel: string;
}

export const SHELL_TITLE = 'Cadre';
export const SHELL_TAGLINE =
  'Turns your mentorship program’s roster and outcome sheets into governance dashboards: retention, readiness, satisfaction, pairing equity and mentor load.';

const PLATFORM_NAMES: Readonly<Record<string, string>> = {
  PC: 'Windows',
  Mac: 'Mac',
  OfficeOnline: 'the web',
  iOS: 'iPad',
  Android: 'Android',
  Universal: 'Windows',
};

const PREVIEW_REASONS: Readonly<Record<UnavailableReason, string>> = {
  'office-js-missing': 'office.js did not load (offline, blocked, or this page is opened outside Office)',
  'no-host': 'this page is open in a browser, not inside Excel',
  timeout: 'Office did not report ready in time',
  error: 'Office reported an error while starting',
};

/**
 * The shell's state from where it runs: pure, so it can be tested without a DOM or React.
 */
export function deriveShellState(props: ShellProps): ShellState {
  const { host } = props;
  const required = props.requiredExcelApi ?? ADD_IN_EXCEL_API;
  const theme: HostTheme = host.theme ?? (props.systemPrefersDark ? 'dark' : 'light');
  const base = { theme, title: SHELL_TITLE, tagline: SHELL_TAGLINE };

  if (!host.available) {
    const inMemory = props.loadWorkbook !== undefined;
    return {
      ...base,
      status: 'preview',
      notice: {
        intent: 'info',
        title: 'Preview mode',
        body: inMemory
          ? 'Not connected to Excel: an in-memory workbook beside this pane stands in for it. Everything works as in Excel; nothing is saved.'
          : `Not connected to Excel: ${PREVIEW_REASONS[host.reason ?? 'office-js-missing']}. Open Cadre from the Home tab in Excel to work with a workbook.`,
      },
      showViews: true,
      noWorkbook: !inMemory,
      hostLabel: inMemory ? 'Preview (in-memory workbook)' : 'Preview (no workbook)',
    };
  }

  const where = host.platform ? `${host.host} on ${PLATFORM_NAMES[host.platform] ?? host.platform}` : host.host ?? 'Office';
  if (host.host !== 'Excel') {
    return {
      ...base,
      status: 'unsupported',
      notice: {
        intent: 'error',
        title: 'Cadre runs in Excel only',
        body: `This is ${where}. Open the workbook in Excel and start Cadre from the Home tab.`,
      },
      showViews: false,
      noWorkbook: false,
      hostLabel: where,
    };
  }

  if (!host.supportsExcelApi(required)) {
    return {
      ...base,
      status: 'unsupported',
      notice: {
        intent: 'error',
        title: `This Excel does not support ExcelApi ${required}`,
        body:
          `Cadre needs the Excel JavaScript API requirement set ExcelApi ${required}, which ${where} does not provide. ` +
          'Use Excel 2021 or later, Excel for Microsoft 365 (Windows or Mac), or Excel on the web.',
      },
      showViews: false,
      noWorkbook: false,
      hostLabel: `${where} · ExcelApi ${required} missing`,
    };
  }

  return { ...base, status: 'ready', notice: null, showViews: true, noWorkbook: props.loadWorkbook === undefined, hostLabel: `${where} · ExcelApi ${required}` };
}

/** The shell's logic as a hook (Fluent UI v9 pattern: useX → renderX, styles in useXStyles). */
export function useShell(props: ShellProps): ShellState {
  const { host, systemPrefersDark, requiredExcelApi, loadWorkbook } = props;
  return useMemo(
    () => deriveShellState({ host, systemPrefersDark, requiredExcelApi, loadWorkbook }),
    [host, systemPrefersDark, requiredExcelApi, loadWorkbook],
  );
}
