import { type Area, MAX_COLUMNS, MAX_ROWS, formatArea, formatAreas, parseAddress, parseAreas } from './address';
import { FakeClientObject, type FakeContext } from './context';
import { fakeError } from './fakeOfficeError';
import type { PageLayoutModel, SheetModel } from './model';
import type { FakeRange } from './range';

const PAPER_SIZES = [
  'Letter', 'LetterSmall', 'Tabloid', 'Ledger', 'Legal', 'Statement', 'Executive', 'A3', 'A4', 'A4Small', 'A5', 'B4', 'B5', 'Folio', 'Quatro',
  'Paper10x14', 'Paper11x17', 'Note', 'Envelope9', 'Envelope10', 'Envelope11', 'Envelope12', 'Envelope14', 'Csheet', 'Dsheet', 'Esheet',
  'EnvelopeDL', 'EnvelopeC5', 'EnvelopeC3', 'EnvelopeC4', 'EnvelopeC6', 'EnvelopeC65', 'EnvelopeB4', 'EnvelopeB5', 'EnvelopeB6',
  'EnvelopeItaly', 'EnvelopeMonarch', 'EnvelopePersonal', 'FanfoldUS', 'FanfoldStdGerman', 'FanfoldLegalGerman',
];

type Check = (v: unknown) => boolean;
const isBool: Check = (v) => typeof v === 'boolean';
const isMargin: Check = (v) => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const oneOf = (values: readonly string[]): Check => (v) => typeof v === 'string' && values.includes(v);

/** the settable scalar properties and what Excel accepts for each (zoom is checked on its own) */
const PROPERTIES: Readonly<Record<string, Check>> = {
  orientation: oneOf(['Portrait', 'Landscape']),
  centerHorizontally: isBool,
  centerVertically: isBool,
  printGridlines: isBool,
  printHeadings: isBool,
  blackAndWhite: isBool,
  draftMode: isBool,
  paperSize: oneOf(PAPER_SIZES),
  printOrder: oneOf(['DownThenOver', 'OverThenDown']),
  topMargin: isMargin,
  bottomMargin: isMargin,
  leftMargin: isMargin,
  rightMargin: isMargin,
  headerMargin: isMargin,
  footerMargin: isMargin,
};

/**
 * Excel.PageLayout (worksheet.pageLayout, ExcelApi 1.9): orientation, zoom, centring, gridlines and
 * headings, paper size, print order, margins (points) loadable and settable; setPrintArea,
 * setPrintTitleRows, setPrintTitleColumns. Every member is 1.9: an older host fails with ApiNotFound.
 * Zoom is either a scale (10–400) or pages to fit wide and/or tall, never both (InvalidArgument).
 * A protected sheet accepts print settings (a choice: not checked against Excel). Not modelled:
 * headersFooters, getPrintArea, page breaks, setPrintMargins.
 */
export class FakePageLayout extends FakeClientObject {
  constructor(ctx: FakeContext, path: string, private readonly _sheet: () => SheetModel) {
    super(ctx, path);
    for (const [prop, valid] of Object.entries(PROPERTIES)) {
      Object.defineProperty(this, prop, {
        enumerable: false,
        get: () => this._get(prop),
        set: (v: unknown) => this._queueSet(prop, v, () => {
          if (!valid(v)) throw fakeError('InvalidArgument', `Invalid page layout ${prop} '${String(v)}'.`);
          (this._sheet().pageLayout as unknown as Record<string, unknown>)[prop] = v;
        }, '1.9'),
      });
    }
  }

  protected _scalars(): readonly string[] {
    return [...Object.keys(PROPERTIES), 'zoom'];
  }
  protected override _minApi(): string {
    return '1.9';
  }
  protected _fetch(props: readonly string[]): Record<string, unknown> {
    const layout = this._sheet().pageLayout;
    return Object.fromEntries(props.map((p) => [p, p === 'zoom' ? { ...layout.zoom } : layout[p as keyof PageLayoutModel]]));
  }

  get zoom(): Excel.PageLayoutZoomOptions { return this._get('zoom'); }
  set zoom(v: Excel.PageLayoutZoomOptions) {
    this._queueSet('zoom', v, () => void (this._sheet().pageLayout.zoom = checkZoom(v)), '1.9');
  }

  /** setPrintArea(range or address): one or more areas of this sheet ("A1:O48", "A1:B2,D1:E2") */
  setPrintArea(printArea: FakeRange | string): void {
    this._queueCall('setPrintArea', [label(printArea)], () => {
      const areas = this._areas(printArea);
      this._sheet().pageLayout.printArea = formatAreas(areas);
    }, '1.9');
  }
  /** setPrintTitleRows(range or address): the rows repeated at the top of each page (kept as "1:2") */
  setPrintTitleRows(rows: FakeRange | string): void {
    this._queueCall('setPrintTitleRows', [label(rows)], () => {
      const [a] = this._areas(rows, true);
      this._sheet().pageLayout.printTitleRows = formatArea({ row: a!.row, lastRow: a!.lastRow, column: 0, lastColumn: MAX_COLUMNS - 1 });
    }, '1.9');
  }
  /** setPrintTitleColumns(range or address): the columns repeated at the left of each page (kept as "A:B") */
  setPrintTitleColumns(columns: FakeRange | string): void {
    this._queueCall('setPrintTitleColumns', [label(columns)], () => {
      const [a] = this._areas(columns, true);
      this._sheet().pageLayout.printTitleColumns = formatArea({ row: 0, lastRow: MAX_ROWS - 1, column: a!.column, lastColumn: a!.lastColumn });
    }, '1.9');
  }

  private _areas(x: FakeRange | string, single = false): Area[] {
    const sheet = this._sheet();
    let areas: Area[];
    if (typeof x === 'string') areas = parseAreas(x);
    else {
      const t = x._target();
      if (t.sheet !== sheet) throw fakeError('InvalidArgument', `The range ${x._path} is not on the sheet '${sheet.name}'.`);
      areas = [t.area];
    }
    if (single && areas.length !== 1) throw fakeError('InvalidArgument', 'Print titles take one area.');
    return areas;
  }
}

function label(x: FakeRange | string): unknown {
  return typeof x === 'string' ? x : { path: x._path };
}

function checkZoom(v: unknown): PageLayoutModel['zoom'] {
  const bad = (why: string): never => {
    throw fakeError('InvalidArgument', `Invalid page layout zoom ${JSON.stringify(v)}: ${why}.`);
  };
  if (!v || typeof v !== 'object' || Array.isArray(v)) return bad('not an object');
  const z = v as Record<string, unknown>;
  const keys = Object.keys(z).filter((k) => z[k] !== undefined && z[k] !== null);
  if (keys.length === 0) return bad('empty');
  for (const k of keys) if (!['scale', 'horizontalFitToPages', 'verticalFitToPages'].includes(k)) bad(`unknown option ${k}`);
  const pages = (k: string): number | null => {
    const n = z[k];
    if (n === undefined || n === null) return null;
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 0) return bad(`${k} must be a whole number, 0 or more`);
    return n;
  };
  if (keys.includes('scale')) {
    if (keys.length > 1) bad('a scale cannot be set with pages to fit');
    const scale = z['scale'];
    if (typeof scale !== 'number' || !(scale >= 10 && scale <= 400)) bad('the scale is between 10 and 400');
    return { scale: scale as number, horizontalFitToPages: null, verticalFitToPages: null };
  }
  return { scale: null, horizontalFitToPages: pages('horizontalFitToPages'), verticalFitToPages: pages('verticalFitToPages') };
}

/**
 * Excel.PageBreakCollection (worksheet.horizontalPageBreaks, ExcelApi 1.9), the manual breaks only:
 * add(range or address) puts a break above the range's top-left cell (a break above row 1 is refused:
 * InvalidArgument, as there is no page before it; a second break at the same row is not added twice);
 * removePageBreaks() removes them all. Not modelled: items, getItem, vertical breaks.
 */
export class FakePageBreakCollection extends FakeClientObject {
  constructor(ctx: FakeContext, path: string, private readonly _sheet: () => SheetModel) {
    super(ctx, path);
  }
  protected _scalars(): readonly string[] {
    return [];
  }
  protected override _minApi(): string {
    return '1.9';
  }
  protected _fetch(): Record<string, unknown> {
    return {};
  }

  add(pageBreakRange: FakeRange | string): void {
    this._queueCall('add', [label(pageBreakRange)], () => {
      const sheet = this._sheet();
      let row: number;
      if (typeof pageBreakRange === 'string') row = parseAddress(pageBreakRange).row;
      else {
        const t = pageBreakRange._target();
        if (t.sheet !== sheet) throw fakeError('InvalidArgument', `The range ${pageBreakRange._path} is not on the sheet '${sheet.name}'.`);
        row = t.area.row;
      }
      if (row === 0) throw fakeError('InvalidArgument', 'A page break cannot go above row 1.');
      const breaks = sheet.pageLayout.horizontalPageBreaks;
      if (!breaks.includes(row + 1)) {
        breaks.push(row + 1);
        breaks.sort((a, b) => a - b);
      }
    }, '1.9');
  }

  removePageBreaks(): void {
    this._queueCall('removePageBreaks', [], () => void (this._sheet().pageLayout.horizontalPageBreaks = []), '1.9');
  }
}
