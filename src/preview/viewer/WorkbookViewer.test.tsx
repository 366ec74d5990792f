/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act } from 'react';
import { type Root, createRoot } from 'react-dom/client';
import { createExcelFake } from '../../workbook/excelFake';
import { WorkbookViewer } from './WorkbookViewer';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let container: HTMLElement;
let root: Root | undefined;

beforeEach(() => {
  container = document.createElement('div');
  document.body.appendChild(container);
});

afterEach(async () => {
  if (root) await act(async () => root!.unmount());
  root = undefined;
  container.remove();
});

const POLL_MS = 10;

async function render(fake: ReturnType<typeof createExcelFake>): Promise<void> {
  root = createRoot(container);
  await act(async () => {
    root!.render(
      <FluentProvider theme={webLightTheme}>
        <WorkbookViewer source={fake} pollMs={POLL_MS} />
      </FluentProvider>,
    );
  });
}

/** lets the viewer's poll see a change and re-render */
async function poll(): Promise<void> {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, POLL_MS * 4));
  });
}

const tabs = () => [...container.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
const shown = () => container.querySelector('section')!.dataset.sheet;
const cell = (address: string) => container.querySelector<HTMLElement>(`[data-cell="${address}"]`);

test('sheet tabs in tab order; a click or the arrow keys show another sheet', async () => {
  const fake = createExcelFake({ sheets: [{ name: 'Roster', values: [['id', 'name'], [1, 'Ann']] }, { name: 'Pairs', values: [['a', 'b']] }, { name: 'Notes', values: [] }] });
  await render(fake);
  expect(tabs().map((t) => t.textContent)).toEqual(['Roster', 'Pairs', 'Notes']);
  expect(shown()).toBe('Roster');
  expect(tabs()[0]!.getAttribute('aria-selected')).toBe('true');
  // one tab stop: the selected tab
  expect(tabs().map((t) => t.tabIndex)).toEqual([0, -1, -1]);
  expect(cell('B2')!.textContent).toBe('Ann');
  expect(container.querySelector('table')!.getAttribute('aria-label')).toBe('Sheet Roster');

  await act(async () => tabs()[1]!.click());
  expect(shown()).toBe('Pairs');
  expect(cell('A1')!.textContent).toBe('a');

  await act(async () => {
    tabs()[1]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
  });
  expect(shown()).toBe('Notes');
  expect(document.activeElement).toBe(tabs()[2]);
  await act(async () => {
    tabs()[2]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Home', bubbles: true }));
  });
  expect(shown()).toBe('Roster');
});

test('it follows writes, new sheets, activation and the selection', async () => {
  const fake = createExcelFake({ sheets: [{ name: 'Roster', values: [['id'], [1]] }] });
  await render(fake);
  expect(container.querySelector('[data-testid="sync-count"]')!.textContent).toBe('0 syncs');

  await fake.run(async (context) => {
    const ws = context.workbook.worksheets.add('Board Dashboard');
    ws.getRange('A1').values = [['Title']];
    ws.getRange('B2').values = [[0.915]];
    ws.getRange('B2').numberFormat = [['0.0%']];
    ws.activate();
    ws.getRange('B2').select();
    await context.sync();
  });
  await poll();
  expect(tabs().map((t) => t.textContent)).toEqual(['Roster', 'Board Dashboard']);
  expect(shown()).toBe('Board Dashboard');
  expect(tabs()[1]!.dataset.active).toBe('true');
  expect(cell('B2')!.textContent).toBe('91.5%');
  expect(cell('B2')!.dataset.selected).toBe('true');
  expect(container.querySelector('[data-testid="name-box"]')!.textContent).toBe('B2');
  expect(container.querySelector('[data-testid="sync-count"]')!.textContent).toBe('1 sync');

  // the user looks at another sheet; a later write elsewhere does not move them
  await act(async () => tabs()[0]!.click());
  await fake.run(async (context) => {
    context.workbook.worksheets.getItem('Board Dashboard').getRange('A1').values = [['New title']];
    await context.sync();
  });
  await poll();
  expect(shown()).toBe('Roster');
  await act(async () => tabs()[1]!.click());
  expect(cell('A1')!.textContent).toBe('New title');
});

test('merged cells span, charts are drawn, a long sheet says how many rows are not shown and can show more', async () => {
  const values = Array.from({ length: 260 }, (_, i) => [i === 0 ? 'Month' : i, i === 0 ? 'Rate' : 1 - i / 1000]);
  const fake = createExcelFake({ sheets: [{ name: 'Data', values }] });
  await fake.run(async (context) => {
    const ws = context.workbook.worksheets.getItem('Data');
    ws.getRange('D1:F1').merge();
    ws.getRange('D1').values = [['Tile']];
    const chart = ws.charts.add('Line', ws.getRange('B2:B20'), 'Columns');
    chart.title.text = 'Rate by month';
    chart.setPosition('D3', 'H15');
    await context.sync();
  });
  await render(fake);
  expect(cell('D1')!.getAttribute('colspan')).toBe('3');
  expect(cell('E1')).toBeNull();
  const svg = container.querySelector('figure svg')!;
  expect(svg.getAttribute('aria-label')).toBe('Rate by month');
  expect(svg.querySelector('path')!.getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+ L/);
  expect(container.querySelectorAll('tbody tr')).toHaveLength(200);
  const more = container.querySelector('[data-testid="more-rows"]')!;
  expect(more.textContent).toContain('60 more rows not shown (used range A1:D260)');
  await act(async () => more.querySelector('button')!.click());
  expect(container.querySelectorAll('tbody tr')).toHaveLength(260);
  expect(container.querySelector('[data-testid="more-rows"]')).toBeNull();
});
