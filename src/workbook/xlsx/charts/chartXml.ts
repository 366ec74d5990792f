import type { CellPosition, ChartSpec } from './chartSpec';

/**
 * The XML of a chart part (`c:chartSpace`, ECMA-376 Part 1 §21.2) and of a worksheet drawing part
 * (`xdr:wsDr`, §20.5), written as strings. Child elements follow the schema's sequence order
 * (CT_ChartSpace, CT_Chart, CT_PlotArea, CT_LineSer / CT_ScatterSer / CT_BarSer, CT_CatAx, CT_ValAx),
 * which Excel enforces.
 */

export const NS_C = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
export const NS_A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
export const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
export const NS_XDR = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';

/** Cached data of one reference: `f` is the formula written to `c:f`. */
export interface NumData {
  readonly f: string;
  /** one entry per cell of the range; null = empty or not a number (left out of the cache) */
  readonly values: readonly (number | null)[];
  readonly formatCode: string;
}
export interface StrData {
  readonly f: string;
  readonly values: readonly (string | null)[];
}

export interface ResolvedSeries {
  readonly name: string;
  readonly values: NumData;
  readonly x?: NumData;
  readonly color: string;
  readonly dash: boolean;
  readonly marker: boolean;
  readonly line: boolean;
  readonly asLine: boolean;
}

export interface ResolvedChart {
  readonly spec: ChartSpec;
  readonly categories?: NumData | StrData;
  readonly series: readonly ResolvedSeries[];
}

/** Office-like palette used when a series has no colour. */
export const PALETTE = ['4472C4', 'ED7D31', '7F7F7F', 'FFC000', '5B9BD5', '70AD47', '264478', '9E480E'];

export function escapeXml(s: string): string {
  // also drops characters XML 1.0 cannot carry
  return s
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

function num(n: number): string {
  // shortest round-trip form; Excel reads plain and exponent notation
  return String(n);
}

function isNumData(d: NumData | StrData): d is NumData {
  return (d as NumData).formatCode !== undefined;
}

function numRef(d: NumData): string {
  const pts = d.values
    .map((v, i) => (v === null ? '' : `<c:pt idx="${i}"><c:v>${num(v)}</c:v></c:pt>`))
    .join('');
  return (
    `<c:numRef><c:f>${escapeXml(d.f)}</c:f><c:numCache><c:formatCode>${escapeXml(d.formatCode)}</c:formatCode>` +
    `<c:ptCount val="${d.values.length}"/>${pts}</c:numCache></c:numRef>`
  );
}

function strRef(d: StrData): string {
  const pts = d.values
    .map((v, i) => (v === null ? '' : `<c:pt idx="${i}"><c:v>${escapeXml(v)}</c:v></c:pt>`))
    .join('');
  return `<c:strRef><c:f>${escapeXml(d.f)}</c:f><c:strCache><c:ptCount val="${d.values.length}"/>${pts}</c:strCache></c:strRef>`;
}

function catData(d: NumData | StrData): string {
  return isNumData(d) ? numRef(d) : strRef(d);
}

function richText(text: string, size: number, bold: boolean, rotated: boolean): string {
  const rPr = `sz="${size}" b="${bold ? 1 : 0}"`;
  const bodyPr = rotated ? '<a:bodyPr rot="-5400000" vert="horz"/>' : '<a:bodyPr/>';
  return (
    `<c:tx><c:rich>${bodyPr}<a:lstStyle/><a:p><a:pPr><a:defRPr ${rPr}/></a:pPr>` +
    `<a:r><a:rPr lang="en-US" ${rPr}/><a:t>${escapeXml(text)}</a:t></a:r></a:p></c:rich></c:tx>`
  );
}

function title(text: string, size: number, bold: boolean, rotated = false): string {
  return `<c:title>${richText(text, size, bold, rotated)}<c:overlay val="0"/></c:title>`;
}

function lineProps(color: string, dash: boolean, width: number, visible = true): string {
  if (!visible) return '<a:ln><a:noFill/></a:ln>';
  return (
    `<a:ln w="${width}" cap="rnd"><a:solidFill><a:srgbClr val="${color}"/></a:solidFill>` +
    `${dash ? '<a:prstDash val="dash"/>' : '<a:prstDash val="solid"/>'}<a:round/></a:ln>`
  );
}

function marker(s: ResolvedSeries): string {
  if (!s.marker) return '<c:marker><c:symbol val="none"/></c:marker>';
  return (
    `<c:marker><c:symbol val="circle"/><c:size val="6"/><c:spPr><a:solidFill><a:srgbClr val="${s.color}"/></a:solidFill>` +
    `<a:ln w="9525"><a:solidFill><a:srgbClr val="${s.color}"/></a:solidFill></a:ln></c:spPr></c:marker>`
  );
}

function serHead(s: ResolvedSeries, i: number): string {
  return `<c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:v>${escapeXml(s.name)}</c:v></c:tx>`;
}

function lineSer(s: ResolvedSeries, i: number, cats: NumData | StrData | undefined): string {
  return (
    `<c:ser>${serHead(s, i)}<c:spPr>${lineProps(s.color, s.dash, 28575, s.line)}</c:spPr>${marker(s)}` +
    `${cats ? `<c:cat>${catData(cats)}</c:cat>` : ''}<c:val>${numRef(s.values)}</c:val><c:smooth val="0"/></c:ser>`
  );
}

function scatterSer(s: ResolvedSeries, i: number): string {
  return (
    `<c:ser>${serHead(s, i)}<c:spPr>${lineProps(s.color, s.dash, 28575, s.line)}</c:spPr>${marker(s)}` +
    `${s.x ? `<c:xVal>${numRef(s.x)}</c:xVal>` : ''}<c:yVal>${numRef(s.values)}</c:yVal><c:smooth val="0"/></c:ser>`
  );
}

function barSer(s: ResolvedSeries, i: number, cats: NumData | StrData | undefined): string {
  return (
    `<c:ser>${serHead(s, i)}<c:spPr><a:solidFill><a:srgbClr val="${s.color}"/></a:solidFill></c:spPr>` +
    `<c:invertIfNegative val="0"/>${cats ? `<c:cat>${catData(cats)}</c:cat>` : ''}<c:val>${numRef(s.values)}</c:val></c:ser>`
  );
}

const GRID = '<c:majorGridlines><c:spPr><a:ln w="6350"><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>';
const AXIS_LINE = '<c:spPr><a:ln w="9525"><a:solidFill><a:srgbClr val="A6A6A6"/></a:solidFill></a:ln></c:spPr>';

interface AxisOptions {
  readonly id: number;
  readonly crossId: number;
  readonly pos: 'b' | 'l';
  readonly title?: string;
  readonly min?: number;
  readonly max?: number;
  readonly format?: string;
  readonly grid: boolean;
  readonly crossBetween?: 'between' | 'midCat';
}

function scaling(o: AxisOptions): string {
  return (
    `<c:scaling><c:orientation val="minMax"/>` +
    `${o.max !== undefined ? `<c:max val="${num(o.max)}"/>` : ''}${o.min !== undefined ? `<c:min val="${num(o.min)}"/>` : ''}</c:scaling>`
  );
}

function axisTitle(o: AxisOptions): string {
  return o.title ? title(o.title, 1000, false, o.pos === 'l') : '';
}

function catAx(o: AxisOptions): string {
  return (
    `<c:catAx><c:axId val="${o.id}"/>${scaling(o)}<c:delete val="0"/><c:axPos val="${o.pos}"/>` +
    `${o.grid ? GRID : ''}${axisTitle(o)}<c:numFmt formatCode="General" sourceLinked="1"/>` +
    `<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="low"/>${AXIS_LINE}` +
    `<c:crossAx val="${o.crossId}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/>` +
    `<c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>`
  );
}

function valAx(o: AxisOptions): string {
  const fmt = o.format
    ? `<c:numFmt formatCode="${escapeXml(o.format)}" sourceLinked="0"/>`
    : '<c:numFmt formatCode="General" sourceLinked="1"/>';
  return (
    `<c:valAx><c:axId val="${o.id}"/>${scaling(o)}<c:delete val="0"/><c:axPos val="${o.pos}"/>` +
    `${o.grid ? GRID : ''}${axisTitle(o)}${fmt}<c:majorTickMark val="out"/><c:minorTickMark val="none"/>` +
    `<c:tickLblPos val="nextTo"/>${AXIS_LINE}<c:crossAx val="${o.crossId}"/><c:crosses val="autoZero"/>` +
    `<c:crossBetween val="${o.crossBetween ?? 'between'}"/></c:valAx>`
  );
}

const AX_CAT = 500100001;
const AX_VAL = 500100002;

function plotArea(c: ResolvedChart): string {
  const { spec } = c;
  const axIds = `<c:axId val="${AX_CAT}"/><c:axId val="${AX_VAL}"/>`;
  const yAxis = (pos: 'b' | 'l', crossBetween: 'between' | 'midCat'): AxisOptions => ({
    id: AX_VAL,
    crossId: AX_CAT,
    pos,
    title: spec.yTitle,
    min: spec.yMin,
    max: spec.yMax,
    format: spec.yFormat,
    grid: true,
    crossBetween,
  });
  switch (spec.kind) {
    case 'line': {
      const sers = c.series.map((s, i) => lineSer(s, i, c.categories)).join('');
      return (
        `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${sers}<c:marker val="1"/>${axIds}</c:lineChart>` +
        catAx({ id: AX_CAT, crossId: AX_VAL, pos: 'b', title: spec.xTitle, grid: false }) +
        valAx(yAxis('l', 'between'))
      );
    }
    case 'scatterLines': {
      const sers = c.series.map((s, i) => scatterSer(s, i)).join('');
      return (
        `<c:scatterChart><c:scatterStyle val="lineMarker"/><c:varyColors val="0"/>${sers}${axIds}</c:scatterChart>` +
        valAx({ id: AX_CAT, crossId: AX_VAL, pos: 'b', title: spec.xTitle, grid: false, crossBetween: 'midCat' }) +
        valAx(yAxis('l', 'midCat'))
      );
    }
    case 'bar':
    case 'column': {
      const horizontal = spec.kind === 'bar';
      const bars = c.series.map((s, i) => ({ s, i })).filter(({ s }) => !s.asLine);
      const lines = c.series.map((s, i) => ({ s, i })).filter(({ s }) => s.asLine);
      const barXml =
        `<c:barChart><c:barDir val="${horizontal ? 'bar' : 'col'}"/><c:grouping val="clustered"/><c:varyColors val="0"/>` +
        `${bars.map(({ s, i }) => barSer(s, i, c.categories)).join('')}<c:gapWidth val="80"/>${axIds}</c:barChart>`;
      const lineXml = lines.length
        ? `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>` +
          `${lines.map(({ s, i }) => lineSer(s, i, c.categories)).join('')}<c:marker val="1"/>${axIds}</c:lineChart>`
        : '';
      return (
        barXml +
        lineXml +
        catAx({ id: AX_CAT, crossId: AX_VAL, pos: horizontal ? 'l' : 'b', title: spec.xTitle, grid: false }) +
        valAx(yAxis(horizontal ? 'b' : 'l', 'between'))
      );
    }
  }
}

/** The chart part `xl/charts/chartN.xml`. */
export function chartSpaceXml(c: ResolvedChart): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="${NS_C}" xmlns:a="${NS_A}" xmlns:r="${NS_R}">` +
    `<c:date1904 val="0"/><c:lang val="en-US"/><c:roundedCorners val="0"/>` +
    `<c:chart>${title(c.spec.title, 1300, true)}<c:autoTitleDeleted val="0"/>` +
    `<c:plotArea><c:layout/>${plotArea(c)}</c:plotArea>` +
    `<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend>` +
    `<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    `<c:spPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:ln w="9525"><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr>` +
    `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="900"/></a:pPr><a:endParaRPr lang="en-US"/></a:p></c:txPr>` +
    `<c:printSettings><c:headerFooter/><c:pageMargins b="0.75" l="0.7" r="0.7" t="0.75" header="0.3" footer="0.3"/><c:pageSetup/></c:printSettings>` +
    `</c:chartSpace>`
  );
}

function marker2(tag: 'from' | 'to', p: CellPosition): string {
  return `<xdr:${tag}><xdr:col>${p.col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${p.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
}

/** The drawing part `xl/drawings/drawingN.xml` holding one graphic frame per chart; `relIds[i]` is the chart's relationship id. */
export function drawingXml(charts: readonly { spec: ChartSpec; relId: string }[]): string {
  const anchors = charts
    .map(
      ({ spec, relId }, i) =>
        `<xdr:twoCellAnchor editAs="oneCell">${marker2('from', spec.anchor.from)}${marker2('to', spec.anchor.to)}` +
        `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${escapeXml(`Chart ${i + 1}`)}" descr="${escapeXml(spec.title)}"/>` +
        `<xdr:cNvGraphicFramePr><a:graphicFrameLocks noGrp="1"/></xdr:cNvGraphicFramePr></xdr:nvGraphicFramePr>` +
        `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
        `<a:graphic><a:graphicData uri="${NS_C}"><c:chart xmlns:c="${NS_C}" r:id="${relId}"/></a:graphicData></a:graphic>` +
        `</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`,
    )
    .join('');
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<xdr:wsDr xmlns:xdr="${NS_XDR}" xmlns:a="${NS_A}" xmlns:r="${NS_R}">${anchors}</xdr:wsDr>`
  );
}
