import JSZip from 'jszip';

/** The parts of an .xlsx package a test looks into, by sheet name. */
export interface XlsxParts {
  readonly zip: JSZip;
  readonly files: readonly string[];
  /** sheet name → its worksheet XML */
  readonly sheets: ReadonlyMap<string, string>;
  /** sheet name → its part path (xl/worksheets/sheetN.xml) */
  readonly sheetPaths: ReadonlyMap<string, string>;
  readonly workbook: string;
  /** the `<xf>` elements of `<cellXfs>`, by index */
  readonly cellXfs: readonly string[];
  readonly sharedStrings: readonly string[];
  text(path: string): Promise<string>;
}

const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

export async function readParts(buf: Uint8Array | Buffer): Promise<XlsxParts> {
  const zip = await JSZip.loadAsync(buf);
  const text = async (path: string) => {
    const f = zip.file(path);
    if (f === null) throw new Error(`no part ${path}`);
    return f.async('string');
  };
  const workbook = await text('xl/workbook.xml');
  const rels = await text('xl/_rels/workbook.xml.rels');
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship [^>]*?Id="([^"]+)"[^>]*?Target="([^"]+)"/g)) targets.set(m[1]!, m[2]!);
  const sheets = new Map<string, string>();
  const sheetPaths = new Map<string, string>();
  for (const m of workbook.matchAll(/<sheet [^>]*?name="([^"]+)"[^>]*?r:id="([^"]+)"/g)) {
    const target = targets.get(m[2]!)!;
    const path = target.startsWith('/') ? target.slice(1) : `xl/${target}`;
    sheets.set(unescape(m[1]!), await text(path));
    sheetPaths.set(unescape(m[1]!), path);
  }
  const styles = await text('xl/styles.xml');
  const xfs = /<cellXfs[^>]*>(.*?)<\/cellXfs>/s.exec(styles)![1]!;
  const cellXfs = [...xfs.matchAll(/<xf\b[^>]*?(\/>|>.*?<\/xf>)/gs)].map((m) => m[0]);
  const sst = await text('xl/sharedStrings.xml');
  const sharedStrings = [...sst.matchAll(/<si>(.*?)<\/si>/gs)].map((m) => unescape([...m[1]!.matchAll(/<t[^>]*>(.*?)<\/t>/gs)].map((t) => t[1]).join('')));
  return { zip, files: Object.keys(zip.files).filter((n) => !zip.files[n]!.dir), sheets, sheetPaths, workbook, cellXfs, sharedStrings, text };
}

/** The `<c>` element of a cell in a worksheet's XML (undefined when the cell is not written). */
export function cellXml(sheetXml: string, address: string): string | undefined {
  return new RegExp(`<c r="${address}"(?: [^>]*?)?(?:/>|>.*?</c>)`, 's').exec(sheetXml)?.[0];
}

/** An attribute of the first element matching `tag` in `xml`. */
export function attr(xml: string | undefined, name: string): string | undefined {
  if (xml === undefined) return undefined;
  return new RegExp(`\\b${name}="([^"]*)"`).exec(xml)?.[1];
}
