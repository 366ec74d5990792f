/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act } from 'react';
import { type Root, createRoot } from 'react-dom/client';
import { createExcelFake } from '../../workbook/excelFake';
import { officeTaskpaneWorkbook } from '../workbook/officeTaskpaneWorkbook';
import { CadreApp } from './CadreApp';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
// Web Crypto and TextEncoder for the input fingerprint, as a browser has them (jsdom lacks them)
if (!globalThis.crypto?.subtle) Object.defineProperty(globalThis, 'crypto', { value: require('node:crypto').webcrypto });
if (typeof globalThis.TextEncoder === 'undefined') Object.assign(globalThis, { TextEncoder: require('node:util').TextEncoder });

let container: HTMLElement;
let root: Root;

beforeEach(() => {
  container = document.createElement('div');
  document.body.appendChild(container);
  root = createRoot(container);
});

afterEach(async () => {
  await act(async () => root.unmount());
  container.remove();
});

/** waits (in act) until `find` returns something, or fails after `ms` */
async function until<T>(find: () => T | null | undefined | false, ms = 20_000): Promise<T> {
  const start = Date.now();
  for (;;) {
    let found: T | null | undefined | false = null;
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      found = find();
    });
    if (found) return found;
    if (Date.now() - start > ms) throw new Error(`not found within ${ms} ms; the pane says: ${container.textContent?.slice(0, 500)}`);
  }
}

const button = (name: string | RegExp) => [...container.querySelectorAll('button')].find((b) => (typeof name === 'string' ? b.textContent?.trim() === name : name.test(b.textContent ?? '')));
const tab = (name: string) => [...container.querySelectorAll<HTMLElement>('[role="tab"]')].find((t) => t.textContent?.startsWith(name));
const click = async (el: HTMLElement | undefined) => {
  if (!el) throw new Error('nothing to click');
  await act(async () => el.click());
};

test('first run on an empty workbook: insert the sample, refresh, see the KPI cards and the adverse flag first', async () => {
  const fake = createExcelFake({ sheets: [{ name: 'Sheet1', values: [['']] }] });
  const workbook = officeTaskpaneWorkbook(fake.run, (n, v) => fake.isSetSupported(n, v));
  await act(async () => root.render(<FluentProvider theme={webLightTheme}><CadreApp workbook={workbook} now={() => new Date(2026, 10, 23)} /></FluentProvider>));
  await until(() => container.textContent?.includes('Found 0 of 5 input sheets'));
  await click(button('Insert sample program'));
  await until(() => container.textContent?.includes('Found 7 of 7 input sheets'));
  expect(container.textContent).toMatch(/Inserted the sample program: Participants, Mentors, Pairings, Rotations, Surveys, Measures, Preferences\./);
  // the notice stays with Setup, where the sample was inserted
  await click(tab('Mapping'));
  expect(container.textContent).not.toMatch(/Inserted the sample program/);
  await click(tab('Setup'));
  expect(container.textContent).toMatch(/Inserted the sample program/);

  await click(tab('Refresh'));
  expect(container.textContent).not.toMatch(/Inserted the sample program/);
  await click(button('Refresh dashboards'));
  await until(() => container.textContent?.includes('Equity flags: 1 adverse'), 60_000);
  const flags = [...container.querySelectorAll('li')].map((li) => li.textContent ?? '').filter((t) => /^(adverse|watch):/.test(t));
  expect(flags[0]).toMatch(/^adverse: External coach × Gender = Woman/);
  expect(flags.slice(1).every((t) => t.startsWith('watch:'))).toBe(true);
  // the findings for the board's attention come first, the planted coach gap named
  const attention = container.querySelector('section[aria-labelledby="refresh-attention"]');
  expect(attention?.textContent).toMatch(/^For the board’s attentionExternal coach × Gender = Woman: rate \d+% vs \d+% for Man; \d+ fewer people/);
  expect([...container.querySelectorAll('[role="group"]')].map((g) => g.getAttribute('aria-label'))).toContain('12-month retention');
  // program impact after the cards: the raw retention gap beside the one against matched colleagues (the sample's +6.9 and +2.6 points)
  const impact = container.querySelector('section[aria-labelledby="refresh-impact"]');
  expect(impact?.textContent).toMatch(/^Compared with matched colleaguesColleagues with the same level band, .*comparison pool \(all eligible non-participants\): \+6\.9 pts \(\+2\.8 to \+11\.0\); matched participants vs matched colleagues: \+2\.6 pts/);
  expect(container.querySelector('section[aria-labelledby="refresh-kpis"] ~ section[aria-labelledby="refresh-impact"]')).toBe(impact);
  expect(fake.workbook.sheetNames()).toEqual(expect.arrayContaining(['Board Dashboard', 'Cadre History', 'Data Quality']));
  // the refresh ends on the Board Dashboard (the sample's Participants sheet was active before)
  expect(fake.workbook.activeSheet()).toBe('Board Dashboard');
  // the link to a written sheet activates it
  await click([...container.querySelectorAll<HTMLElement>('a, button')].find((a) => a.textContent === 'Equity Detail'));
  await until(() => fake.workbook.activeSheet() === 'Equity Detail');
}, 90_000);

test('a check lists the problems; a problem’s button selects its cell in the workbook', async () => {
  const fake = createExcelFake({ sheets: [{ name: 'Roster', values: [['PersonID', 'InProgram', 'ProgramStart'], ['E1', 'Y', '2024-01-01'], ['E1', 'Y', '2024-02-01']] }] });
  const workbook = officeTaskpaneWorkbook(fake.run, (n, v) => fake.isSetSupported(n, v));
  await act(async () => root.render(<FluentProvider theme={webLightTheme}><CadreApp workbook={workbook} now={() => new Date(2026, 10, 23)} /></FluentProvider>));
  await until(() => tab('Check'));
  await click(tab('Check'));
  await click(button('Check the data'));
  const goTo = await until(() => [...container.querySelectorAll<HTMLElement>('button[aria-label^="Go to Roster!A3"]')][0]);
  await click(goTo);
  await until(() => fake.workbook.selection()?.address.replace(/\$/g, '').endsWith('A3'));
  expect(fake.workbook.activeSheet()).toBe('Roster');
});
