import { areaPixels, fitWrappedRows, linesHeight, MAX_ROW_HEIGHT, textPixels, wrappedLines } from './fitWrappedRows';
import { emptySheet, type CellStyle, type PlanValue, type SheetPlan } from './plan';

/*
 * Hand-derived figures. Widths are Calibri's advance widths in font units (2,048 to the em; the
 * widest of regular, bold and italic): space 463, digit 1,038, I 546, R 1,153, a 1,053, c 866,
 * e 1,031, g 1,053, h 1,099, i 503, m 1,666, n 1,099, o 1,101, p 1,099, r 728, s 817, t 710, x 941,
 * y 970, d 1,099, u 1,099, : 565. A unit is size × 96/72 / 2048 pixels, plus 10%: at 11 points
 * 0.0078776 pixels, at 9 points 0.0064453. A column of width w offers 7·w − 5 pixels.
 */
const PX_11 = ((11 * 96) / 72 / 2048) * 1.1;

function sheet(cells: Record<string, PlanValue>, extra: Partial<SheetPlan> = {}): SheetPlan {
  return { ...emptySheet('metrics', 'S'), blocks: Object.entries(cells).map(([at, v]) => ({ at, values: [[v]] })), ...extra };
}
const styled = (range: string, style: CellStyle) => ({ range, style });

describe('the measures', () => {
  test('text width: ten digits at 11 points are 10 × 1,038 units, 81.8 pixels', () => {
    expect(textPixels('0000000000', 11)).toBeCloseTo(10 * 1038 * PX_11, 6);
    expect(textPixels('0000000000', 11)).toBeCloseTo(81.77, 2);
    // "Impact ratio": I m p a c t = 5,940, space 463, r a t i o = 4,095: 10,498 units, 82.7 pixels
    expect(textPixels('Impact ratio')).toBeCloseTo(10_498 * PX_11, 6);
    // twice the size, twice the width
    expect(textPixels('Impact ratio', 22)).toBeCloseTo(2 * textPixels('Impact ratio', 11), 6);
    // characters outside Calibri's table count wide: an em dash 1,854, a CJK character a full em
    expect(textPixels('—')).toBeCloseTo(1854 * PX_11, 6);
    expect(textPixels('漢')).toBeCloseTo(2048 * PX_11, 6);
  });

  test('the room of a cell or merged area: 7 pixels a width unit, less 5 of margins', () => {
    expect(areaPixels([10])).toBe(65);
    expect(areaPixels([10, 10, 10])).toBe(205);
    expect(areaPixels([22, 14])).toBe(247);
    expect(areaPixels([])).toBe(0);
  });

  test('wrapped lines, word by word', () => {
    // 80 pixels hold 10,155 units. "Retention" is 8,437; with " at" (463 + 1,763) 10,663: too long.
    // "at 12" is 4,302; with " months" (463 + 6,492) 11,257: too long. So 3 lines.
    expect(wrappedLines('Retention at 12 months', 80)).toBe(3);
    // 120 pixels hold 15,233 units: "Retention at 12" is 13,202, "months" goes on: 2 lines
    expect(wrappedLines('Retention at 12 months', 120)).toBe(2);
    expect(wrappedLines('Retention at 12 months', 1000)).toBe(1);
    // explicit line breaks count, an empty paragraph is a line
    expect(wrappedLines('a\n\nb', 200)).toBe(3);
    expect(wrappedLines('a\r\nb', 200)).toBe(2);
    expect(wrappedLines('', 200)).toBe(1);
    // a word longer than a line breaks where it no longer fits: 10 x (9,410 units) to a line of 10,155
    expect(wrappedLines('x'.repeat(25), 80)).toBe(3);
    expect(wrappedLines('ab ' + 'x'.repeat(25), 80)).toBe(4);
  });

  test('line heights: 4/3 of the font size a line, up to a whole pixel', () => {
    expect(linesHeight(1, 11)).toBe(15); // 14.67 points, 19.6 pixels → 20 pixels
    expect(linesHeight(3, 11)).toBe(45);
    expect(linesHeight(2, 9)).toBe(24); // 12 points, 16 pixels
    expect(linesHeight(3, 10)).toBe(40.5); // 13.33 points, 17.8 pixels → 18 pixels, 13.5 points
    expect(linesHeight(8, 11)).toBe(120);
  });
});

describe('fitWrappedRows', () => {
  test('a wrapped header too long for its column gets the row height of its lines', () => {
    // "Impact ratio", bold 11, 82.7 pixels in 65: 2 lines, 30 points
    const plan = sheet({ A3: 'Impact ratio', B3: 'p' }, { columnWidths: [10, 10], styles: [styled('A3:B3', { bold: true, wrap: true })] });
    const fitted = fitWrappedRows(plan);
    expect(fitted.rowHeights).toEqual([{ row: 3, height: 30 }]);
    expect(fitted.styles).toEqual(plan.styles);
    expect(plan.rowHeights).toBeUndefined(); // the plan given is not changed
  });

  test('the width of a merged area is the sum of its columns; the font size is the style’s', () => {
    // the board's "no access tests: …" at 9 points: 41,511 units; in A:C (205 pixels, 31,808 units) it
    // breaks after "need" (31,315): 2 lines of 12 points
    const text = 'no access tests: the inputs they need are missing';
    const plan = sheet({ A2: text }, { columnWidths: [10, 10, 10], merges: ['A2:C2'], styles: [styled('A2:C2', { wrap: true }), styled('A2:C2', { size: 9 })] });
    expect(fitWrappedRows(plan).rowHeights).toEqual([{ row: 2, height: 24 }]);
    // one column (65 pixels, 10,085 units): "no access" 8,113 / "tests: the" 7,953 / "inputs they" 9,600 / "need are" 7,535 / "missing" 6,458
    const narrow = sheet({ A2: text }, { columnWidths: [10], styles: [styled('A2', { wrap: true, size: 9 })] });
    expect(fitWrappedRows(narrow).rowHeights).toEqual([{ row: 2, height: linesHeight(5, 9) }]);
    expect(linesHeight(5, 9)).toBe(60);
  });

  test('never shrinks a height the plan set, and never goes past 409 points', () => {
    const tall = sheet({ A1: 'Impact ratio' }, { columnWidths: [10], styles: [styled('A1', { wrap: true })], rowHeights: [{ row: 1, height: 40 }] });
    expect(fitWrappedRows(tall)).toBe(tall);
    const huge = sheet({ A1: 'word '.repeat(2000) }, { columnWidths: [10], styles: [styled('A1', { wrap: true })], rowHeights: [{ row: 1, height: 20 }, { row: 2, height: 6 }] });
    expect(fitWrappedRows(huge).rowHeights).toEqual([{ row: 1, height: MAX_ROW_HEIGHT }, { row: 2, height: 6 }]);
  });

  test('a sheet whose text all fits is returned as it is', () => {
    const plan = sheet({ A1: 'Resource', B1: 12, A2: 'a short line' }, { columnWidths: [20, 10], styles: [styled('A1:B1', { wrap: true })] });
    expect(fitWrappedRows(plan)).toBe(plan);
    expect(fitWrappedRows(emptySheet('board', 'B'))).toEqual(emptySheet('board', 'B'));
  });

  test('a merged area over several rows grows only the rows that hold nothing else', () => {
    // 8 lines at 11 points need 120 points; rows 2–5 have 60; rows 2 and 3 hold a table beside it,
    // so rows 4 and 5 take the 60 points missing: 15 + 30
    const text = ['l1', 'l2', 'l3', 'l4', 'l5', 'l6', 'l7', 'l8'].join('\n');
    const plan = sheet({ A2: 'Resource', A3: 'Mentor', B2: text }, { columnWidths: [10, 10, 10], merges: ['B2:C5'], styles: [styled('B2', { wrap: true, vertical: 'top' })] });
    expect(fitWrappedRows(plan).rowHeights).toEqual([
      { row: 4, height: 45 },
      { row: 5, height: 45 },
    ]);
    // every row holds something else: the extra is spread over all four, 15 each
    const full = sheet({ A2: 'a', A3: 'b', A4: 'c', A5: 'd', B2: text }, { columnWidths: [10, 10, 10], merges: ['B2:C5'], styles: [styled('B2', { wrap: true })] });
    expect(fitWrappedRows(full).rowHeights).toEqual([2, 3, 4, 5].map((row) => ({ row, height: 30 })));
    // rows already tall enough together: nothing changes
    const roomy = { ...plan, rowHeights: [{ row: 4, height: 75 }] }; // 120 points together
    expect(fitWrappedRows(roomy)).toBe(roomy);
  });

  test('a row holding two wrapped texts is as tall as the taller needs', () => {
    const plan = sheet({ A1: 'Impact ratio', B1: 'Retention at 12 months' }, { columnWidths: [10, 12], styles: [styled('A1:B1', { wrap: true })] });
    // B: 7 × 12 − 5 = 79 pixels, 10,028 units: 3 lines as in 80 pixels, 45 points; A: 2 lines, 30
    expect(fitWrappedRows(plan).rowHeights).toEqual([{ row: 1, height: 45 }]);
  });
});

describe('fitWrappedRows: text that would be cut is wrapped', () => {
  const long = 'Inactive pairings (no meeting in the 90 days before the as-of date)';

  test('in a merged area too narrow for its one line (it can never spill out)', () => {
    const plan = sheet({ A2: 'no access tests: the inputs they need are missing' }, { columnWidths: [10, 10, 10], merges: ['A2:C2'], styles: [styled('A2:C2', { size: 9, border: 'thin' })] });
    const fitted = fitWrappedRows(plan);
    expect(fitted.styles).toEqual([...plan.styles, { range: 'A2', style: { wrap: true } }]);
    expect(fitted.rowHeights).toEqual([{ row: 2, height: 24 }]);
  });

  test('beside a cell that holds a value, but not beside empty cells it can spill into', () => {
    const blocked = sheet({ A5: long, B5: 'not available' }, { columnWidths: [30, 16] });
    const fitted = fitWrappedRows(blocked);
    expect(fitted.styles).toEqual([{ range: 'A5', style: { wrap: true } }]);
    // 56,368 units, 444 pixels, in 205 (26,023 units): "… meeting" 24,952 / "in … as-of" 25,959 / "date)": 3 lines
    expect(textPixels(long)).toBeCloseTo(56_368 * PX_11, 6);
    expect(fitted.rowHeights).toEqual([{ row: 5, height: 45 }]);
    // B5's "not available" fits in B: nothing for it
    const free = sheet({ A5: long, D5: 'far away' }, { columnWidths: [30, 16, 40] });
    expect(fitWrappedRows(free)).toBe(free);
    // nothing at all to the right: it spills as far as it likes
    expect(fitWrappedRows(sheet({ A5: long }, { columnWidths: [30] }))).toEqual(sheet({ A5: long }, { columnWidths: [30] }));
  });

  test('right-aligned text spills to the left, centred text both ways', () => {
    // 444 pixels in B's 275: 169 over
    const right = sheet({ A5: 'label', B5: long }, { columnWidths: [30, 40], styles: [styled('B5', { horizontal: 'right' })] });
    expect(fitWrappedRows(right).styles).toContainEqual({ range: 'B5', style: { wrap: true } });
    // an empty A (210 pixels) takes the 169; a value on the right is no matter
    const rightFree = sheet({ B5: long, C5: 'x' }, { columnWidths: [30, 40], styles: [styled('B5', { horizontal: 'right' })] });
    expect(fitWrappedRows(rightFree)).toBe(rightFree);
    // centred: 84.5 pixels each side; A (70) is too narrow and nothing lies left of A
    const centred = sheet({ B5: long, D5: 'x' }, { columnWidths: [10, 40, 20], styles: [styled('B5', { horizontal: 'center' })] });
    expect(fitWrappedRows(centred).styles).toContainEqual({ range: 'B5', style: { wrap: true } });
    const centredFree = sheet({ B5: long, D5: 'x' }, { columnWidths: [20, 40, 20], styles: [styled('B5', { horizontal: 'center' })] });
    expect(fitWrappedRows(centredFree)).toBe(centredFree);
  });

  test('text with line breaks is wrapped (a line break shows only in a wrapped cell)', () => {
    const plan = sheet({ A1: 'first\nsecond' }, { columnWidths: [40] });
    expect(fitWrappedRows(plan)).toMatchObject({ styles: [{ range: 'A1', style: { wrap: true } }], rowHeights: [{ row: 1, height: 30 }] });
  });

  test('a style that says wrap: false is left alone; numbers are never wrapped', () => {
    const plan = sheet({ A5: long, B5: 123456789 }, { columnWidths: [30, 4], styles: [styled('A5', { wrap: false })] });
    expect(fitWrappedRows(plan)).toBe(plan);
  });

  test('cells wrapped in a column are one style per run of rows', () => {
    const plan = sheet({ A1: long, B1: 1, A2: long, B2: 2, A3: long, B3: 3, A5: long, B5: 5 }, { columnWidths: [30, 10] });
    expect(fitWrappedRows(plan).styles).toEqual([
      { range: 'A1:A3', style: { wrap: true } },
      { range: 'A5', style: { wrap: true } },
    ]);
  });

  test('a cell hidden under a merged area is not measured', () => {
    const plan = sheet({ A1: 'short', B1: long }, { columnWidths: [10, 10], merges: ['A1:B1'] });
    // B1 lies under A1's merged area: only "short" counts, and it fits
    expect(fitWrappedRows(plan)).toBe(plan);
  });
});
