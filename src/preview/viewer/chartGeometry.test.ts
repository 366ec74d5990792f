import { type ChartInput, chartFigure, chartKind, fitLabel, linePath, niceStep, scale, ticksOf, valueBounds } from './chartGeometry';

const axis = (over: Partial<ChartInput['axes']['value']> = {}): ChartInput['axes']['value'] => ({ title: null, minimum: null, maximum: null, numberFormat: null, ...over });

function chart(over: Partial<ChartInput>): ChartInput {
  return { type: 'Line', title: 'T', legend: { visible: null, position: null }, axes: { value: axis(), category: axis() }, series: [], ...over };
}

describe('scales', () => {
  test('niceStep picks 1, 2, 2.5 or 5 times a power of ten', () => {
    expect(niceStep(1)).toBe(0.2);
    expect(niceStep(0.8)).toBeCloseTo(0.2);
    expect(niceStep(60)).toBe(10);
    expect(niceStep(12)).toBe(2.5);
    expect(niceStep(4.2)).toBe(1);
    expect(niceStep(0)).toBe(1);
  });

  test('valueBounds: zero for columns, round bounds, set bounds kept', () => {
    expect(valueBounds([0.12, 0.51], { includeZero: true })).toEqual({ min: 0, max: 0.6, step: 0.1 });
    expect(valueBounds([0.49, 1], { minimum: 0, maximum: 1.2, includeZero: true })).toEqual({ min: 0, max: 1.2, step: 0.25 });
    expect(valueBounds([0.5, 0.9], { minimum: 0.2, maximum: 1, includeZero: false })).toEqual({ min: 0.2, max: 1, step: 0.2 });
    // a line whose values sit far above zero does not start at zero (Excel's five-sixths rule)
    expect(valueBounds([3.55, 4.22], { includeZero: false })).toEqual({ min: 3.4, max: 4.4, step: 0.2 });
    expect(valueBounds([1, 4], { includeZero: false })).toEqual({ min: 0, max: 4, step: 1 });
    expect(valueBounds([-3, -1], { includeZero: true })).toEqual({ min: -3, max: 0, step: 1 });
    expect(valueBounds([], { includeZero: true })).toEqual({ min: 0, max: 1, step: 0.2 });
  });

  test('ticks, scale and paths', () => {
    expect(ticksOf(0, 1, 0.2)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(ticksOf(0.2, 1, 0.25)).toEqual([0.25, 0.5, 0.75, 1]);
    expect(scale(5, 0, 10, 100, 0)).toBe(50);
    expect(linePath([[0, 0], [10, 5.55], [NaN, 3], [20, 1], [30, 2]])).toBe('M0,0 L10,5.6 M20,1 L30,2');
    expect(linePath([])).toBe('');
  });

  test('chart kinds and labels', () => {
    expect(['Line', 'LineMarkers', 'XYScatterLinesNoMarkers', 'ColumnClustered', 'BarClustered', 'Pie'].map(chartKind)).toEqual(['line', 'line', 'scatter', 'column', 'bar', null]);
    expect(fitLabel('Program selection', 200)).toBe('Program selection');
    expect(fitLabel('Rotation: Customer Experience', 40)).toBe('Rotat…');
  });
});

describe('chartFigure', () => {
  test('a scatter chart with set bounds maps its points into the plot, dashed and coloured as set', () => {
    const fig = chartFigure(
      chart({
        type: 'XYScatterLinesNoMarkers',
        axes: { value: axis({ minimum: 0.2, maximum: 1, numberFormat: '0%', title: 'Still employed' }), category: axis({ title: 'Months since start' }) },
        series: [
          { name: 'Participants', chartType: 'XYScatterLinesNoMarkers', resolvedValues: [1, 0.9, 0.6], resolvedX: [0, 12, 24], properties: { 'format.line.color': '#0F6E5A', markerStyle: 'None' } },
          { name: 'Pool', chartType: 'XYScatterLinesNoMarkers', resolvedValues: [1, 0.8], resolvedX: [0, 24], properties: { 'format.line.color': '#7F7F7F', 'format.line.lineStyle': 'Dash' } },
          { name: 'Points', chartType: 'XYScatterLinesNoMarkers', resolvedValues: [0.9], resolvedX: [12], properties: { 'format.line.lineStyle': 'None', markerStyle: 'Circle', markerBackgroundColor: '#C55A11' } },
        ],
      }),
      480,
      300,
    );
    expect(fig.kind).toBe('scatter');
    expect(fig.valueTicks.map((t) => t.label)).toEqual(['20%', '40%', '60%', '80%', '100%']);
    expect(fig.categoryTicks.map((t) => t.label)).toEqual(['0', '5', '10', '15', '20', '25']);
    const { plot } = fig;
    // 100% at the top of the plot, 20% at its bottom
    expect(fig.valueTicks[4]!.at).toBeCloseTo(plot.y, 0);
    expect(fig.valueTicks[0]!.at).toBeCloseTo(plot.y + plot.height, 0);
    const paths = fig.marks.filter((m) => m.kind === 'path');
    expect(paths).toHaveLength(2);
    const [participants, pool] = paths as Extract<(typeof paths)[number], { kind: 'path' }>[];
    expect(participants!.stroke).toBe('#0F6E5A');
    expect(participants!.dash).toBe(false);
    expect(pool!.dash).toBe(true);
    // first point: x = 0 at the plot's left edge, y = 100% at its top
    const [mx, my] = participants!.d.slice(1).split(' ')[0]!.split(',').map(Number);
    expect(mx).toBeCloseTo(plot.x, 0);
    expect(my).toBeCloseTo(plot.y, 0);
    const circles = fig.marks.filter((m) => m.kind === 'circle');
    expect(circles).toHaveLength(1);
    expect(circles[0]).toMatchObject({ fill: '#C55A11' });
    expect(fig.legend.map((l) => [l.name, l.swatch, l.dash])).toEqual([
      ['Participants', 'line', false],
      ['Pool', 'line', true],
      ['Points', 'marker', false],
    ]);
    expect(fig.valueTitle).toBe('Still employed');
    expect(fig.categoryTitle).toBe('Months since start');
  });

  test('a column chart: one bar per category and series, side by side, from the zero line; a Line series over them', () => {
    const fig = chartFigure(
      chart({
        type: 'ColumnClustered',
        axes: { value: axis({ minimum: 0, maximum: 1.2, numberFormat: '0.00' }), category: axis() },
        series: [
          { name: 'Lowest impact ratio', chartType: 'ColumnClustered', resolvedValues: [0.6, 1.2], resolvedX: ['Coach', 'Mentor'], properties: { 'format.fill.solidColor': '#0F6E5A' } },
          { name: 'Four-fifths line', chartType: 'Line', resolvedValues: [0.8, 0.8], resolvedX: ['Coach', 'Mentor'], properties: { 'format.line.color': '#C00000', 'format.line.lineStyle': 'Dash', markerStyle: 'None' } },
        ],
      }),
      400,
      240,
    );
    const { plot } = fig;
    const rects = fig.marks.filter((m) => m.kind === 'rect') as Extract<(typeof fig.marks)[number], { kind: 'rect' }>[];
    expect(rects).toHaveLength(2);
    expect(rects[0]!.fill).toBe('#0F6E5A');
    // the 1.2 bar reaches the top; the 0.6 bar half as high; both stand on the bottom (zero)
    expect(rects[1]!.y).toBeCloseTo(plot.y, 0);
    expect(rects[0]!.height).toBeCloseTo(rects[1]!.height / 2, 0);
    expect(rects[0]!.y + rects[0]!.height).toBeCloseTo(plot.y + plot.height, 0);
    // each bar centred in its half of the plot
    expect(rects[0]!.x + rects[0]!.width / 2).toBeCloseTo(plot.x + plot.width / 4, 0);
    expect(rects[1]!.x + rects[1]!.width / 2).toBeCloseTo(plot.x + (plot.width * 3) / 4, 0);
    const line = fig.marks.find((m) => m.kind === 'path') as Extract<(typeof fig.marks)[number], { kind: 'path' }>;
    expect(line).toMatchObject({ stroke: '#C00000', dash: true });
    const y08 = plot.y + plot.height * (1 - 0.8 / 1.2);
    for (const point of line.d.split(' ')) expect(Number(point.slice(1).split(',')[1])).toBeCloseTo(y08, 0);
    expect(fig.categoryTicks.map((t) => t.full)).toEqual(['Coach', 'Mentor']);
    expect(fig.valueTicks.map((t) => t.label)).toEqual(['0.00', '0.25', '0.50', '0.75', '1.00']);
    expect(fig.baseline).toBeCloseTo(plot.y + plot.height, 0);
  });

  test('two column series share each category band', () => {
    const fig = chartFigure(
      chart({
        type: 'ColumnClustered',
        series: [
          { name: 'By 12 months', chartType: 'ColumnClustered', resolvedValues: [0.1, 0.2, 0.3], resolvedX: ['a', 'b', 'c'], properties: {} },
          { name: 'By 24 months', chartType: 'ColumnClustered', resolvedValues: [0.3, 0.5, 0.4], resolvedX: ['a', 'b', 'c'], properties: {} },
        ],
      }),
      360,
      240,
    );
    const rects = fig.marks.filter((m) => m.kind === 'rect') as Extract<(typeof fig.marks)[number], { kind: 'rect' }>[];
    expect(rects).toHaveLength(6);
    expect(rects.map((r) => r.fill)).toEqual(['#4472C4', '#4472C4', '#4472C4', '#ED7D31', '#ED7D31', '#ED7D31']);
    // series 1's bar sits right of series 0's in the same band
    expect(rects[3]!.x).toBeCloseTo(rects[0]!.x + rects[0]!.width, 0);
    expect(fig.legend.map((l) => l.swatch)).toEqual(['box', 'box']);
  });

  test('a bar chart runs its values horizontally and lists the first category at the bottom', () => {
    const fig = chartFigure(
      chart({
        type: 'BarClustered',
        series: [{ name: 'n', chartType: 'BarClustered', resolvedValues: [10, 20], resolvedX: ['first', 'second'], properties: {} }],
      }),
      300,
      200,
    );
    expect(fig.horizontal).toBe(true);
    const rects = fig.marks.filter((m) => m.kind === 'rect') as Extract<(typeof fig.marks)[number], { kind: 'rect' }>[];
    expect(rects[0]!.y).toBeGreaterThan(rects[1]!.y);
    expect(rects[1]!.width).toBeCloseTo(2 * rects[0]!.width, 0);
    expect(rects[0]!.x).toBeCloseTo(fig.plot.x, 0);
    expect(fig.legend).toEqual([]);
  });

  test('a line chart over text categories: band centres, markers where set, gaps for blanks', () => {
    const fig = chartFigure(
      chart({
        type: 'Line',
        series: [{ name: 'Mentee', chartType: 'Line', resolvedValues: [3.9, '', 4.2], resolvedX: ['2026-Q1', '2026-Q2', '2026-Q3'], properties: { markerStyle: 'Circle' } }],
      }),
      300,
      200,
    );
    const path = fig.marks.find((m) => m.kind === 'path') as Extract<(typeof fig.marks)[number], { kind: 'path' }>;
    expect(path.d.match(/M/g)).toHaveLength(2);
    expect(fig.marks.filter((m) => m.kind === 'circle')).toHaveLength(2);
    expect(fig.categoryTicks.map((t) => t.label)).toEqual(['2026-Q1', '2026-Q2', '2026-Q3']);
  });

  test('a type it does not draw gets a note instead of marks', () => {
    const fig = chartFigure(chart({ type: 'Pie', series: [{ name: 'x', chartType: 'Pie', resolvedValues: [1], resolvedX: null, properties: {} }] }), 300, 200);
    expect(fig.kind).toBeNull();
    expect(fig.note).toMatch(/Pie chart: not drawn/);
    expect(fig.marks).toEqual([]);
  });
});
