import JSZip from 'jszip';
import { formatRangeRef, parseRangeRef, type RangeRef } from '../../../excel/a1Address';
import type { ChartSpec } from './chartSpec';
import {
  chartSpaceXml,
  drawingXml,
  escapeXml,
  NS_R,
  PALETTE,
  type NumData,
  type ResolvedChart,
  type ResolvedSeries,
  type StrData,
} from './chartXml';

/**
 * Adds native Excel charts to an .xlsx package (as written by ExcelJS, which cannot write charts).
 *
 * For each worksheet that gets charts: one drawing part `xl/drawings/drawingN.xml` holding all that
 * sheet's charts, one chart part `xl/charts/chartN.xml` per chart (with the values of the referenced
 * cells cached, read from the package's own sheet XML and shared strings, since Excel and LibreOffice
 * show cached values until they recalculate), their relationships and content-type overrides. The
 * worksheet XML gains one `<drawing r:id="…"/>` element at its schema position (CT_Worksheet: after
 * `headerFooter` / `rowBreaks` / `colBreaks` / `customProperties` / `cellWatches` / `ignoredErrors` /
 * `smartTags`, before `legacyDrawing` / … / `tableParts` / `extLst`), and its relationships part gains
 * one relationship. Every other part is kept byte for byte.
 *
 * Throws an Error with a plain message for a sheet name not in the workbook, a reference that does
 * not parse or is not one row / one column, or a target sheet that already has a drawing.
 */
export async function addCharts(xlsx: Buffer | Uint8Array, charts: readonly ChartSpec[]): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(xlsx);
  const pkg = new Package(zip);
  const sheets = await pkg.sheets();

  const bySheet = new Map<string, ChartSpec[]>();
  for (const spec of charts) {
    validateSpec(spec);
    const key = findSheet(sheets, spec.sheet).name;
    const list = bySheet.get(key) ?? [];
    list.push(spec);
    bySheet.set(key, list);
  }
  if (bySheet.size === 0) return new Uint8Array(xlsx);

  // resolve (and check) everything before changing the package
  const cells = new CellReader(pkg, sheets);
  const resolved = new Map<string, ResolvedChart[]>();
  for (const [sheetName, specs] of bySheet) {
    const out: ResolvedChart[] = [];
    for (const spec of specs) out.push(await resolveChart(spec, sheetName, sheets, cells));
    resolved.set(sheetName, out);
  }

  const overrides: { part: string; type: string }[] = [];
  let nextDrawing = pkg.nextNumber(/^xl\/drawings\/drawing(\d+)\.xml$/);
  let nextChart = pkg.nextNumber(/^xl\/charts\/chart(\d+)\.xml$/);
  for (const [sheetName, list] of resolved) {
    const sheet = findSheet(sheets, sheetName);
    const sheetXml = await pkg.text(sheet.path);
    if (sheetXml === undefined) throw new Error(`The workbook lists the sheet "${sheet.name}" but its part ${sheet.path} is missing.`);

    const drawingPath = `xl/drawings/drawing${nextDrawing++}.xml`;
    const drawingRels: Rel[] = [];
    const frames: { spec: ChartSpec; relId: string }[] = [];
    list.forEach((chart, i) => {
      const chartPath = `xl/charts/chart${nextChart++}.xml`;
      const relId = `rId${i + 1}`;
      drawingRels.push({ id: relId, type: `${NS_R}/chart`, target: `../charts/${basename(chartPath)}` });
      frames.push({ spec: chart.spec, relId });
      zip.file(chartPath, chartSpaceXml(chart));
      overrides.push({ part: `/${chartPath}`, type: 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml' });
    });
    zip.file(drawingPath, drawingXml(frames));
    zip.file(relsPathOf(drawingPath), relsXml(drawingRels));
    overrides.push({ part: `/${drawingPath}`, type: 'application/vnd.openxmlformats-officedocument.drawing+xml' });

    // worksheet relationship + <drawing> element
    const sheetRelsPath = relsPathOf(sheet.path);
    const existingRels = await pkg.text(sheetRelsPath);
    const relId = freeRelId(existingRels ?? '');
    const rel: Rel = { id: relId, type: `${NS_R}/drawing`, target: relativeTarget(sheet.path, drawingPath) };
    zip.file(sheetRelsPath, existingRels === undefined ? relsXml([rel]) : appendRel(existingRels, rel));
    zip.file(sheet.path, insertDrawingElement(sheetXml, relId, sheet.name));
  }

  const ctPath = '[Content_Types].xml';
  const ct = await pkg.text(ctPath);
  if (ct === undefined) throw new Error('The file is not an .xlsx package: [Content_Types].xml is missing.');
  zip.file(ctPath, addOverrides(ct, overrides));

  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}

// ---------------------------------------------------------------------------------------------
// package access

interface SheetInfo {
  readonly name: string;
  /** zip path of the worksheet part, e.g. xl/worksheets/sheet1.xml */
  readonly path: string;
}

interface Rel {
  readonly id: string;
  readonly type: string;
  readonly target: string;
}

class Package {
  /** zip path of the workbook part, known after `sheets()` */
  wbPath = 'xl/workbook.xml';

  constructor(readonly zip: JSZip) {}

  async text(path: string): Promise<string | undefined> {
    const f = this.zip.file(path);
    return f ? f.async('string') : undefined;
  }

  nextNumber(re: RegExp): number {
    let max = 0;
    for (const name of Object.keys(this.zip.files)) {
      const m = re.exec(name);
      if (m) max = Math.max(max, Number(m[1]));
    }
    return max + 1;
  }

  async sheets(): Promise<SheetInfo[]> {
    const rootRels = await this.text('_rels/.rels');
    const officeDoc = rootRels
      ? parseRels(rootRels).find((r) => r.type.endsWith('/officeDocument'))?.target
      : undefined;
    const wbPath = officeDoc ? resolveTarget('', officeDoc) : 'xl/workbook.xml';
    this.wbPath = wbPath;
    const wb = await this.text(wbPath);
    if (wb === undefined) throw new Error('The file is not an .xlsx workbook: the workbook part is missing.');
    const wbRels = parseRels((await this.text(relsPathOf(wbPath))) ?? '');
    const out: SheetInfo[] = [];
    for (const m of wb.matchAll(/<(?:\w+:)?sheet\b((?:[^>"']|"[^"]*"|'[^']*')*)\/?>/g)) {
      const attrs = parseAttrs(m[1]!);
      const name = attrs.get('name');
      const rid = [...attrs].find(([k]) => k === 'r:id' || k.endsWith(':id'))?.[1];
      const rel = wbRels.find((r) => r.id === rid);
      if (name === undefined || !rel || !rel.type.endsWith('/worksheet')) continue; // chartsheets etc.
      out.push({ name, path: resolveTarget(dirname(wbPath), rel.target) });
    }
    return out;
  }
}

function findSheet(sheets: readonly SheetInfo[], name: string): SheetInfo {
  const s = sheets.find((x) => x.name === name) ?? sheets.find((x) => x.name.toLowerCase() === name.toLowerCase());
  if (!s) throw new Error(`The workbook has no worksheet named "${name}".`);
  return s;
}

function dirname(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? '' : path.slice(0, i);
}

function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

function relsPathOf(partPath: string): string {
  const dir = dirname(partPath);
  return `${dir ? `${dir}/` : ''}_rels/${basename(partPath)}.rels`;
}

/** Resolves a relationship target against the source part's folder (zip paths have no leading slash). */
function resolveTarget(baseDir: string, target: string): string {
  const parts = target.startsWith('/') ? [] : baseDir.split('/').filter(Boolean);
  for (const seg of target.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') parts.pop();
    else parts.push(seg);
  }
  return parts.join('/');
}

function relativeTarget(fromPart: string, toPart: string): string {
  const from = dirname(fromPart).split('/').filter(Boolean);
  const to = toPart.split('/');
  let i = 0;
  while (i < from.length && i < to.length - 1 && from[i] === to[i]) i++;
  return [...from.slice(i).map(() => '..'), ...to.slice(i)].join('/');
}

function decodeXml(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (_, e: string) => {
    switch (e) {
      case 'amp':
        return '&';
      case 'lt':
        return '<';
      case 'gt':
        return '>';
      case 'quot':
        return '"';
      case 'apos':
        return "'";
      default:
        return String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    }
  });
}

function parseAttrs(s: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of s.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) out.set(m[1]!, decodeXml(m[2] ?? m[3] ?? ''));
  return out;
}

function parseRels(xml: string): Rel[] {
  const out: Rel[] = [];
  for (const m of xml.matchAll(/<(?:\w+:)?Relationship\b((?:[^>"']|"[^"]*"|'[^']*')*)\/?>/g)) {
    const a = parseAttrs(m[1]!);
    if (a.get('TargetMode') === 'External') continue;
    out.push({ id: a.get('Id') ?? '', type: a.get('Type') ?? '', target: a.get('Target') ?? '' });
  }
  return out;
}

function relElement(r: Rel): string {
  return `<Relationship Id="${escapeXml(r.id)}" Type="${escapeXml(r.type)}" Target="${escapeXml(r.target)}"/>`;
}

function relsXml(rels: readonly Rel[]): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.map(relElement).join('')}</Relationships>`
  );
}

function appendRel(xml: string, rel: Rel): string {
  const selfClosing = /<((?:\w+:)?Relationships)\b((?:[^>"']|"[^"]*"|'[^']*')*)\/>/.exec(xml);
  if (selfClosing) {
    return `${xml.slice(0, selfClosing.index)}<${selfClosing[1]}${selfClosing[2]}>${relElement(rel)}</${selfClosing[1]}>${xml.slice(selfClosing.index + selfClosing[0].length)}`;
  }
  const end = xml.lastIndexOf('</');
  if (end < 0) throw new Error('A relationships part of the workbook cannot be read.');
  return xml.slice(0, end) + relElement(rel) + xml.slice(end);
}

function freeRelId(relsXmlText: string): string {
  const used = new Set(parseRelsAll(relsXmlText));
  let n = used.size + 1;
  while (used.has(`rId${n}`)) n++;
  return `rId${n}`;
}

function parseRelsAll(xml: string): string[] {
  return [...xml.matchAll(/\bId\s*=\s*"([^"]*)"/g)].map((m) => m[1]!);
}

function addOverrides(ct: string, overrides: readonly { part: string; type: string }[]): string {
  const add = overrides
    .filter((o) => !ct.includes(`PartName="${o.part}"`))
    .map((o) => `<Override PartName="${escapeXml(o.part)}" ContentType="${escapeXml(o.type)}"/>`)
    .join('');
  const end = ct.lastIndexOf('</Types>');
  if (end < 0) throw new Error('The file is not an .xlsx package: [Content_Types].xml cannot be read.');
  return ct.slice(0, end) + add + ct.slice(end);
}

// ---------------------------------------------------------------------------------------------
// the worksheet's <drawing> element

/** CT_Worksheet children that come after `drawing`. */
const AFTER_DRAWING = new Set([
  'legacyDrawing',
  'legacyDrawingHF',
  'drawingHF',
  'picture',
  'oleObjects',
  'controls',
  'webPublishItems',
  'tableParts',
  'extLst',
]);

const TAG_RE = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<\?[\s\S]*?\?>|<(\/?)([\w:.-]+)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>/g;

function insertDrawingElement(xml: string, relId: string, sheetName: string): string {
  const root = /<((?:([\w.-]+):)?worksheet)\b((?:[^>"']|"[^"]*"|'[^']*')*)>/.exec(xml);
  if (!root) throw new Error(`The sheet "${sheetName}" is not a worksheet part.`);
  const prefix = root[2] ? `${root[2]}:` : '';
  // the prefix bound to the relationships namespace on the root, if any
  const rPrefix = [...root[3]!.matchAll(/xmlns:([\w.-]+)\s*=\s*"([^"]*)"/g)].find((m) => m[2] === NS_R)?.[1];
  const drawing = rPrefix
    ? `<${prefix}drawing ${rPrefix}:id="${relId}"/>`
    : `<${prefix}drawing xmlns:cadreR="${NS_R}" cadreR:id="${relId}"/>`;

  // walk the root's children (depth 1); skip over sheetData's content in one step
  let insertAt = -1;
  let depth = 0;
  TAG_RE.lastIndex = root.index + root[0].length;
  for (let m = TAG_RE.exec(xml); m; m = TAG_RE.exec(xml)) {
    if (m[2] === undefined) continue; // comment, CDATA, PI
    const closing = m[1] === '/';
    const selfClosing = m[4] === '/';
    const local = m[2].includes(':') ? m[2].slice(m[2].indexOf(':') + 1) : m[2];
    if (closing) {
      if (depth === 0) {
        insertAt = m.index; // </worksheet>
        break;
      }
      depth--;
      continue;
    }
    if (depth === 0) {
      if (local === 'drawing') throw new Error(`The sheet "${sheetName}" already has a drawing; charts cannot be added to it.`);
      if (AFTER_DRAWING.has(local)) {
        insertAt = m.index;
        break;
      }
      if (local === 'sheetData' && !selfClosing) {
        const end = xml.indexOf(`</${m[2]}>`, TAG_RE.lastIndex);
        if (end < 0) break;
        TAG_RE.lastIndex = end + `</${m[2]}>`.length;
        continue;
      }
    }
    if (!selfClosing) depth++;
  }
  if (insertAt < 0) throw new Error(`The sheet "${sheetName}" cannot be read (its XML is not complete).`);
  return xml.slice(0, insertAt) + drawing + xml.slice(insertAt);
}

// ---------------------------------------------------------------------------------------------
// cell values for the caches

type Cell = { readonly n: number } | { readonly s: string };

class CellReader {
  private shared: string[] | undefined;
  private readonly bySheet = new Map<string, Map<string, Cell>>();

  constructor(
    private readonly pkg: Package,
    private readonly sheets: readonly SheetInfo[],
  ) {}

  private async sharedStrings(): Promise<string[]> {
    if (this.shared) return this.shared;
    const wbPath = this.pkg.wbPath;
    const rels = parseRels((await this.pkg.text(relsPathOf(wbPath))) ?? '');
    const rel = rels.find((r) => r.type.endsWith('/sharedStrings'));
    const xml = rel ? await this.pkg.text(resolveTarget(dirname(wbPath), rel.target)) : undefined;
    this.shared = xml ? [...xml.matchAll(/<(?:\w+:)?si\b[^>]*>([\s\S]*?)<\/(?:\w+:)?si>|<(?:\w+:)?si\b[^>]*\/>/g)].map((m) => richTextOf(m[1] ?? '')) : [];
    return this.shared;
  }

  async cellsOf(sheetName: string): Promise<Map<string, Cell>> {
    const sheet = findSheet(this.sheets, sheetName);
    const known = this.bySheet.get(sheet.name);
    if (known) return known;
    const xml = (await this.pkg.text(sheet.path)) ?? '';
    const shared = await this.sharedStrings();
    const cells = new Map<string, Cell>();
    let rowNum = 0;
    for (const row of xml.matchAll(/<(?:\w+:)?row\b((?:[^>"']|"[^"]*"|'[^']*')*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?row>)/g)) {
      const ra = parseAttrs(row[1]!);
      rowNum = ra.has('r') ? Number(ra.get('r')) : rowNum + 1;
      let colNum = 0;
      for (const c of (row[2] ?? '').matchAll(/<(?:\w+:)?c\b((?:[^>"']|"[^"]*"|'[^']*')*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g)) {
        const ca = parseAttrs(c[1]!);
        const ref = ca.get('r');
        if (ref) {
          const p = parseRangeRef(ref);
          colNum = p.col1;
        } else colNum++;
        const body = c[2] ?? '';
        const t = ca.get('t') ?? 'n';
        const v = /<(?:\w+:)?v\b[^>]*>([\s\S]*?)<\/(?:\w+:)?v>/.exec(body)?.[1];
        let cell: Cell | undefined;
        if (t === 'inlineStr') {
          const is = /<(?:\w+:)?is\b[^>]*>([\s\S]*?)<\/(?:\w+:)?is>/.exec(body)?.[1];
          if (is !== undefined) cell = { s: richTextOf(is) };
        } else if (v !== undefined) {
          if (t === 's') cell = { s: shared[Number(v)] ?? '' };
          else if (t === 'str' || t === 'e' || t === 'd') cell = { s: decodeXml(v) };
          else if (t === 'b') cell = { n: Number(v) };
          else {
            const n = Number(v);
            if (Number.isFinite(n)) cell = { n };
          }
        }
        if (cell) cells.set(`${colNum},${rowNum}`, cell);
      }
    }
    this.bySheet.set(sheet.name, cells);
    return cells;
  }
}

function richTextOf(xml: string): string {
  const noPhonetic = xml.replace(/<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g, '');
  return [...noPhonetic.matchAll(/<(?:\w+:)?t\b[^>]*>([\s\S]*?)<\/(?:\w+:)?t>/g)].map((m) => decodeXml(m[1]!)).join('');
}

// ---------------------------------------------------------------------------------------------
// resolving a spec

function validateSpec(spec: ChartSpec): void {
  const where = `The chart "${spec.title}"`;
  if (spec.series.length === 0) throw new Error(`${where} has no series.`);
  const { from, to } = spec.anchor;
  for (const v of [from.col, from.row, to.col, to.row]) {
    if (!Number.isInteger(v) || v < 0) throw new Error(`${where} has an anchor that is not a cell position.`);
  }
  if (to.col <= from.col || to.row <= from.row) throw new Error(`${where} has an anchor whose end is not below and right of its start.`);
  for (const s of spec.series) {
    if (s.color !== undefined && !/^[0-9A-Fa-f]{6}$/.test(s.color)) {
      throw new Error(`${where}: the colour "${s.color}" of series "${s.name}" is not a hex RRGGBB colour.`);
    }
    if (s.asLine && spec.kind !== 'column') throw new Error(`${where}: only column charts can draw a series as a line.`);
    if (s.x !== undefined && spec.kind !== 'scatterLines') throw new Error(`${where}: only scatterLines charts take x values.`);
  }
  if (spec.kind === 'bar' || spec.kind === 'column') {
    if (spec.series.every((s) => s.asLine)) throw new Error(`${where} has no bar series.`);
  }
}

function lineRange(ref: string, defaultSheet: string, sheets: readonly SheetInfo[]): { r: RangeRef; sheet: string; count: number } {
  const r = parseRangeRef(ref);
  if (r.col1 !== r.col2 && r.row1 !== r.row2) {
    throw new Error(`The cell reference "${ref}" covers several rows and several columns; a chart series needs one row or one column.`);
  }
  const sheet = findSheet(sheets, r.sheet ?? defaultSheet).name;
  return { r, sheet, count: (r.col2 - r.col1 + 1) * (r.row2 - r.row1 + 1) };
}

function* rangeCells(r: RangeRef): Generator<string> {
  for (let row = r.row1; row <= r.row2; row++) for (let col = r.col1; col <= r.col2; col++) yield `${col},${row}`;
}

async function numData(ref: string, chartSheet: string, sheets: readonly SheetInfo[], cells: CellReader, formatCode: string): Promise<NumData> {
  const { r, sheet } = lineRange(ref, chartSheet, sheets);
  const map = await cells.cellsOf(sheet);
  const values = [...rangeCells(r)].map((k) => {
    const c = map.get(k);
    return c && 'n' in c ? c.n : null;
  });
  return { f: formatRangeRef(sheet, r), values, formatCode };
}

async function catData(ref: string, chartSheet: string, sheets: readonly SheetInfo[], cells: CellReader): Promise<NumData | StrData> {
  const { r, sheet } = lineRange(ref, chartSheet, sheets);
  const map = await cells.cellsOf(sheet);
  const raw = [...rangeCells(r)].map((k) => map.get(k));
  const f = formatRangeRef(sheet, r);
  if (raw.some((c) => c && 's' in c)) {
    return { f, values: raw.map((c) => (c === undefined ? null : 's' in c ? c.s : String(c.n))) };
  }
  return { f, values: raw.map((c) => (c && 'n' in c ? c.n : null)), formatCode: 'General' };
}

async function resolveChart(spec: ChartSpec, sheetName: string, sheets: readonly SheetInfo[], cells: CellReader): Promise<ResolvedChart> {
  const fmt = spec.yFormat ?? 'General';
  const categories =
    spec.categories !== undefined && spec.kind !== 'scatterLines' ? await catData(spec.categories, sheetName, sheets, cells) : undefined;
  const series: ResolvedSeries[] = [];
  for (const [i, s] of spec.series.entries()) {
    series.push({
      name: s.name,
      values: await numData(s.values, sheetName, sheets, cells, fmt),
      x: s.x !== undefined ? await numData(s.x, sheetName, sheets, cells, 'General') : undefined,
      color: (s.color ?? PALETTE[i % PALETTE.length]!).toUpperCase(),
      dash: s.dash ?? false,
      marker: s.marker ?? false,
      line: s.line ?? true,
      asLine: s.asLine ?? false,
    });
  }
  return { spec, categories, series };
}
