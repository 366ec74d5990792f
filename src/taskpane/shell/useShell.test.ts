import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describeOfficeHost, unavailableHost, type OfficeApi, type OfficeHost } from '../officeHost';
import { deriveShellState, SHELL_TITLE, useShell, type ShellProps, type ShellState } from './useShell';

/** An Excel host that supports ExcelApi up to 1.<maxMinor>. */
function excel(maxMinor: number, extra: { platform?: string; background?: string; host?: string } = {}): OfficeHost {
  const office: OfficeApi = {
    onReady: () => Promise.resolve({ host: extra.host ?? 'Excel', platform: extra.platform ?? 'PC' }),
    context: {
      officeTheme: extra.background ? { bodyBackgroundColor: extra.background } : undefined,
      requirements: {
        isSetSupported: (name, version) => name === 'ExcelApi' && Number(version?.split('.')[1]) <= maxMinor,
      },
    },
  };
  return describeOfficeHost(office, { host: extra.host ?? 'Excel', platform: extra.platform ?? 'PC' });
}

describe('deriveShellState', () => {
  test('preview when Office is missing: says so, still shows the views', () => {
    const state = deriveShellState({ host: unavailableHost('office-js-missing') });
    expect(state.status).toBe('preview');
    expect(state.title).toBe(SHELL_TITLE);
    expect(state.notice?.intent).toBe('info');
    expect(state.notice?.title).toBe('Preview mode');
    expect(state.notice?.body).toContain('office.js did not load');
    expect(state.showViews).toBe(true);
    expect(state.hostLabel).toMatch(/preview/i);
  });

  test('preview explains a plain browser tab and a timeout differently', () => {
    expect(deriveShellState({ host: unavailableHost('no-host') }).notice?.body).toContain('not inside Excel');
    expect(deriveShellState({ host: unavailableHost('timeout') }).notice?.body).toContain('did not report ready');
  });

  test('an Excel without ExcelApi 1.12: unsupported, names the requirement set, hides the views', () => {
    const state = deriveShellState({ host: excel(9, { platform: 'Mac' }) });
    expect(state.status).toBe('unsupported');
    expect(state.notice?.intent).toBe('error');
    expect(state.notice?.title).toBe('This Excel does not support ExcelApi 1.12');
    expect(state.notice?.body).toContain('requirement set ExcelApi 1.12');
    expect(state.notice?.body).toContain('Excel on Mac');
    expect(state.showViews).toBe(false);
  });

  test('the required set can be raised for a feature that needs more', () => {
    const state = deriveShellState({ host: excel(12), requiredExcelApi: '1.13' });
    expect(state.status).toBe('unsupported');
    expect(state.notice?.title).toContain('ExcelApi 1.13');
  });

  test('Excel with ExcelApi 1.12: ready, no notice', () => {
    const state = deriveShellState({ host: excel(17, { platform: 'OfficeOnline' }) });
    expect(state.status).toBe('ready');
    expect(state.notice).toBeNull();
    expect(state.showViews).toBe(true);
    expect(state.hostLabel).toBe('Excel on the web · ExcelApi 1.12');
  });

  test('another Office application: unsupported, Excel only', () => {
    const state = deriveShellState({ host: excel(17, { host: 'Word' }) });
    expect(state.status).toBe('unsupported');
    expect(state.notice?.title).toBe('Cadre runs in Excel only');
  });

  test('theme: Office theme first, then the system preference, else light', () => {
    expect(deriveShellState({ host: excel(12, { background: '#1f1f1f' }) }).theme).toBe('dark');
    expect(deriveShellState({ host: excel(12, { background: '#ffffff' }), systemPrefersDark: true }).theme).toBe('light');
    expect(deriveShellState({ host: unavailableHost('office-js-missing'), systemPrefersDark: true }).theme).toBe('dark');
    expect(deriveShellState({ host: unavailableHost('office-js-missing') }).theme).toBe('light');
  });
});

describe('useShell', () => {
  /** renders a component that calls the hook, on the server (no DOM), and returns what it saw */
  function runHook(props: ShellProps): ShellState {
    let seen: ShellState | undefined;
    function Probe(): null {
      seen = useShell(props);
      return null;
    }
    renderToStaticMarkup(createElement(Probe));
    if (!seen) throw new Error('hook did not run');
    return seen;
  }

  test('returns the derived state', () => {
    const props = { host: excel(12) };
    expect(runHook(props)).toEqual(deriveShellState(props));
    expect(runHook({ host: unavailableHost('no-host') }).status).toBe('preview');
  });
});
