import { Button, mergeClasses } from '@fluentui/react-components';
import type { CSSProperties, JSX } from 'react';
import { chartFigure } from './chartGeometry';
import { ChartSvg } from './ChartSvg';
import type { GridCell, SheetGrid } from './sheetGrid';
import type { WorkbookViewerState } from './useWorkbookViewer';
import { COLUMN_HEADER_HEIGHT, ROW_HEADER_WIDTH, type WorkbookViewerClasses } from './useWorkbookViewerStyles.styles';

/** The viewer's markup: no logic, no hooks (Fluent UI v9 pattern). */
export function renderWorkbookViewer(state: WorkbookViewerState, classes: WorkbookViewerClasses): JSX.Element {
  const { grid } = state;
  return (
    <section className={classes.root} aria-label="Workbook" data-sheet={state.sheet ?? ''} data-syncs={state.syncs}>
      <div className={classes.toolbar}>
        <span className={classes.toolbarTitle}>Workbook (in memory)</span>
        <span className={classes.nameBox} title="The selection on this sheet" data-testid="name-box">
          {grid?.selection ?? '—'}
        </span>
        {grid && <span>{grid.usedRange ? `used range ${grid.usedRange}` : 'empty sheet'}</span>}
        <span data-testid="sync-count">{`${state.syncs} sync${state.syncs === 1 ? '' : 's'}`}</span>
      </div>
      {grid ? renderGrid(grid, state, classes) : <div className={classes.scroller} />}
      <div className={classes.tabs} role="tablist" aria-label="Sheets">
        {state.tabs.map((tab, index) => {
          const selected = tab.name === state.sheet;
          return (
            <button
              key={tab.name}
              ref={state.tabRef(tab.name)}
              type="button"
              role="tab"
              id={`cadre-sheet-tab-${index}`}
              aria-selected={selected}
              aria-controls="cadre-sheet-panel"
              tabIndex={selected ? 0 : -1}
              className={mergeClasses(classes.tab, selected && classes.tabSelected, tab.hidden && classes.tabHidden)}
              onClick={() => state.selectSheet(tab.name)}
              onKeyDown={(event) => state.onTabKeyDown(event, index)}
              data-active={tab.active || undefined}
              title={tab.active ? `${tab.name} (the active sheet)` : tab.name}
            >
              {tab.tabColor !== '' && <span className={classes.tabColor} style={{ backgroundColor: tab.tabColor }} aria-hidden="true" />}
              {tab.active && <span className={classes.activeDot} aria-hidden="true" />}
              {tab.hidden ? `${tab.name} (hidden)` : tab.name}
            </button>
          );
        })}
      </div>
    </section>
  );
}

function renderGrid(grid: SheetGrid, state: WorkbookViewerState, classes: WorkbookViewerClasses): JSX.Element {
  const selectedColumns = new Set<number>();
  const selectedRows = new Set<number>();
  for (const row of grid.rows) {
    for (const cell of row.cells) {
      if (!cell.selected) continue;
      selectedRows.add(cell.row);
      selectedColumns.add(cell.column);
    }
  }
  const lines = grid.showGridlines ? classes.gridlines : classes.noGridlines;
  const sheetIndex = state.tabs.findIndex((t) => t.name === grid.name);
  const tableWidth = ROW_HEADER_WIDTH + grid.columns.reduce((sum, c) => sum + c.width, 0);
  const frozen = frozenOffsets(grid);
  return (
    <div
      className={classes.scroller}
      id="cadre-sheet-panel"
      role="tabpanel"
      aria-labelledby={sheetIndex >= 0 ? `cadre-sheet-tab-${sheetIndex}` : undefined}
      tabIndex={0}
    >
      <div className={classes.canvas}>
        <table className={classes.table} style={{ width: tableWidth }} aria-label={`Sheet ${grid.name}`} data-rows={grid.rows.length} data-columns={grid.columns.length}>
          <colgroup>
            <col style={{ width: ROW_HEADER_WIDTH }} />
            {grid.columns.map((c) => (
              <col key={c.index} style={{ width: c.width }} />
            ))}
          </colgroup>
          <thead>
            <tr style={{ height: COLUMN_HEADER_HEIGHT }}>
              <th className={mergeClasses(classes.headerCell, classes.columnHeader, classes.corner)} aria-label="Row and column headers" />
              {grid.columns.map((c) => (
                <th key={c.index} scope="col" className={mergeClasses(classes.headerCell, classes.columnHeader, selectedColumns.has(c.index) && classes.selectedHeader)}>
                  {c.letter}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {grid.rows.map((row) => (
              <tr key={row.index} style={{ height: row.height }}>
                <th
                  scope="row"
                  className={mergeClasses(classes.headerCell, classes.rowHeader, selectedRows.has(row.index) && classes.selectedHeader)}
                  style={frozen.top[row.index] !== undefined ? { top: COLUMN_HEADER_HEIGHT + frozen.top[row.index]!, zIndex: 4 } : undefined}
                >
                  {row.index + 1}
                </th>
                {row.cells.map((cell) => renderCell(cell, grid, classes, lines, frozen))}
              </tr>
            ))}
          </tbody>
        </table>
        {grid.charts.map((placed, i) => {
          const width = Math.max(40, Math.round(placed.rect.width));
          const height = Math.max(40, Math.round(placed.rect.height));
          const figure = chartFigure(placed.chart, width, height);
          return (
            <figure
              key={`${placed.chart.id}-${i}`}
              className={classes.chart}
              style={{ left: ROW_HEADER_WIDTH + placed.rect.left, top: COLUMN_HEADER_HEIGHT + placed.rect.top, width, height, margin: 0 }}
              data-chart={placed.chart.name}
            >
              <ChartSvg figure={figure} id={placed.chart.id} />
            </figure>
          );
        })}
      </div>
      {(grid.moreRows > 0 || grid.moreColumns > 0 || grid.chartsNotShown > 0) && (
        <div className={classes.more} data-testid="more-rows">
          <span>{moreText(grid)}</span>
          {state.moreRowsStep > 0 && (
            <Button size="small" onClick={state.showMoreRows}>
              {`Show ${state.moreRowsStep.toLocaleString('en-US')} more rows`}
            </Button>
          )}
        </div>
      )}
    </div>
  );
}

function moreText(grid: SheetGrid): string {
  const parts: string[] = [];
  if (grid.moreRows > 0) parts.push(`${grid.moreRows.toLocaleString('en-US')} more row${grid.moreRows === 1 ? '' : 's'}`);
  if (grid.moreColumns > 0) parts.push(`${grid.moreColumns.toLocaleString('en-US')} more column${grid.moreColumns === 1 ? '' : 's'}`);
  if (grid.chartsNotShown > 0) parts.push(`${grid.chartsNotShown} chart${grid.chartsNotShown === 1 ? '' : 's'} below`);
  return `${parts.join(', ')} not shown (used range ${grid.usedRange ?? '—'}).`;
}

/** frozen panes: the pixel offsets of the frozen rows (from the first row) and columns (from A), which stay in view */
function frozenOffsets(grid: SheetGrid): { top: number[]; left: number[] } {
  const top: number[] = [];
  const left: number[] = [];
  let y = 0;
  for (let r = 0; r < Math.min(grid.frozen?.rows ?? 0, grid.rows.length); r++) {
    top.push(y);
    y += grid.rows[r]!.height;
  }
  let x = 0;
  for (let c = 0; c < Math.min(grid.frozen?.columns ?? 0, grid.columns.length); c++) {
    left.push(x);
    x += grid.columns[c]!.width;
  }
  return { top, left };
}

function renderCell(cell: GridCell, grid: SheetGrid, classes: WorkbookViewerClasses, lines: string, frozen: { top: number[]; left: number[] }): JSX.Element {
  const s = cell.style;
  const frozenTop = frozen.top[cell.row];
  const frozenLeft = frozen.left[cell.column];
  const sticky: CSSProperties =
    frozenTop !== undefined || frozenLeft !== undefined
      ? {
          position: 'sticky',
          top: frozenTop !== undefined ? COLUMN_HEADER_HEIGHT + frozenTop : undefined,
          left: frozenLeft !== undefined ? ROW_HEADER_WIDTH + frozenLeft : undefined,
          zIndex: frozenTop !== undefined && frozenLeft !== undefined ? 3 : 2,
          backgroundColor: '#FFFFFF',
        }
      : {};
  const style: CSSProperties = {
    ...sticky,
    textAlign: s.horizontal,
    verticalAlign: s.vertical,
    fontWeight: s.bold ? 700 : undefined,
    fontStyle: s.italic ? 'italic' : undefined,
    color: s.color ?? undefined,
    backgroundColor: s.fill ?? sticky.backgroundColor,
    fontSize: s.fontSize !== null ? `${Math.round(s.fontSize * (4 / 3) * 100) / 100}px` : undefined,
    whiteSpace: s.wrap ? 'normal' : undefined,
    borderTop: s.borders.top?.css,
    borderRight: s.borders.right?.css,
    borderBottom: s.borders.bottom?.css,
    borderLeft: s.borders.left?.css,
  };
  // the cell's content is clipped to its rows' height, as Excel clips it
  let height = 0;
  for (let r = cell.row; r < cell.row + cell.rowSpan; r++) height += grid.rows[r]?.height ?? 0;
  return (
    <td
      key={cell.column}
      rowSpan={cell.rowSpan > 1 ? cell.rowSpan : undefined}
      colSpan={cell.colSpan > 1 ? cell.colSpan : undefined}
      className={mergeClasses(classes.cell, lines, cell.selected && classes.selectedCell, cell.active && classes.activeCell)}
      style={style}
      data-cell={cell.address}
      data-selected={cell.selected || undefined}
    >
      {cell.text !== '' && (
        <div className={classes.cellContent} style={{ maxHeight: Math.max(0, height - 1) }}>
          {cell.text}
        </div>
      )}
    </td>
  );
}
