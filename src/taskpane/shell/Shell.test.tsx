/** @jest-environment jsdom */
import { act } from 'react';
import type { Root } from 'react-dom/client';
import { startTaskpane } from '../bootstrap';
import type { OfficeApi } from '../officeHost';
import type { TaskpaneWorkbook } from '../workbook/taskpaneWorkbook';
import { stubWorkbook } from '../app/stubWorkbook.test-helpers';

// Tell React this is a test environment, so act() flushes renders and effects.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const globals = globalThis as { Office?: unknown };

function fakeExcel(options: { excelApi: boolean; background?: string; platform?: string }): OfficeApi {
  return {
    onReady: () => Promise.resolve({ host: 'Excel', platform: options.platform ?? 'PC' }),
    context: {
      officeTheme: options.background ? { bodyBackgroundColor: options.background } : undefined,
      requirements: { isSetSupported: (name, version) => name === 'ExcelApi' && version === '1.12' && options.excelApi },
    },
  };
}

let container: HTMLElement;
let root: Root | undefined;

beforeEach(() => {
  container = document.createElement('div');
  container.id = 'root';
  container.innerHTML = '<p>Loading Cadre…</p>';
  document.body.appendChild(container);
});

afterEach(async () => {
  if (root) await act(async () => root!.unmount());
  root = undefined;
  container.remove();
  delete globals.Office;
});

/** starts the task pane the way index.tsx does, reading the global Office (a workbook stand-in where given) */
async function start(workbook?: () => Promise<TaskpaneWorkbook>): Promise<void> {
  await act(async () => {
    root = await startTaskpane(container, workbook ? { workbook } : {});
  });
}

const main = () => container.querySelector('main');
const alerts = () => [...container.querySelectorAll('[role="alert"]')];

test('without Office (tests, offline preview) it renders the shell in preview mode and says so', async () => {
  expect(typeof Office).toBe('undefined');
  await start();
  expect(container.textContent).not.toContain('Loading Cadre');
  expect(container.querySelector('h1')?.textContent).toBe('Cadre');
  expect(container.textContent).toContain('governance dashboards');
  expect(main()?.dataset['status']).toBe('preview');
  expect(container.textContent).toContain('Preview mode');
  expect(container.textContent).toContain('Not connected to Excel');
  expect(container.querySelector('[data-testid="cadre-views"]')).not.toBeNull();
  expect(alerts()).toHaveLength(0);
});

test('in an Excel without ExcelApi 1.12 it names the missing requirement set and hides the views', async () => {
  globals.Office = fakeExcel({ excelApi: false, platform: 'Mac' });
  await start();
  expect(main()?.dataset['status']).toBe('unsupported');
  expect(alerts()).toHaveLength(1);
  expect(alerts()[0]!.textContent).toContain('ExcelApi 1.12');
  expect(alerts()[0]!.textContent).toContain('Excel on Mac');
  expect(container.querySelector('[data-testid="cadre-views"]')).toBeNull();
  expect(container.textContent).not.toContain('Preview mode');
});

test('in an Excel with ExcelApi 1.12 it shows the shell without notices, in the Office theme, and the views', async () => {
  globals.Office = fakeExcel({ excelApi: true, background: '#262626', platform: 'OfficeOnline' });
  await start(async () => stubWorkbook());
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
  const tabs = [...container.querySelectorAll('[role="tab"]')];
  expect(tabs.map((t) => t.getAttribute('value'))).toEqual(['setup', 'mapping', 'validation', 'settings', 'refresh', 'suggest']);
  // the stand-in workbook has every input sheet but nothing saved: the first run opens on Setup
  expect(container.querySelector('[role="tab"][aria-selected="true"]')?.textContent).toMatch(/^Setup/);
  expect(main()?.dataset['status']).toBe('ready');
  expect(main()?.dataset['theme']).toBe('dark');
  expect(alerts()).toHaveLength(0);
  expect(container.textContent).not.toContain('Preview');
  expect(container.querySelector('[data-testid="cadre-views"]')).not.toBeNull();
  expect(container.querySelector('footer')?.textContent).toBe('Excel on the web · ExcelApi 1.12');
  // FluentProvider applies the theme's tokens as CSS variables on its element
  expect(container.firstElementChild?.className).toMatch(/fui-FluentProvider/);
});

test('a workbook connection that cannot load is a message saying what to do, not a blank pane', async () => {
  globals.Office = fakeExcel({ excelApi: true });
  await start(() => Promise.reject(new Error('Loading chunk engine failed')));
  expect(alerts()).toHaveLength(1);
  expect(alerts()[0]!.textContent).toMatch(/^Cadre could not start Loading chunk engine failed\. Close the task pane and open Cadre again/);
});

test('a light Office theme gives the light Fluent theme', async () => {
  globals.Office = fakeExcel({ excelApi: true, background: '#FFFFFF' });
  await start();
  expect(main()?.dataset['theme']).toBe('light');
});

test('an office.js that loaded outside Office (plain browser tab) is preview, not an error', async () => {
  globals.Office = { onReady: () => Promise.resolve({ host: null, platform: null }) } satisfies OfficeApi;
  await start();
  expect(main()?.dataset['status']).toBe('preview');
  expect(container.textContent).toContain('not inside Excel');
});
