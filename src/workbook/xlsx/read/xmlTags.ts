import { xmlText } from './xmlText';

/** SpreadsheetML's main namespace, transitional (what nearly every tool writes) and strict. */
export const MAIN_NAMESPACES = ['http://schemas.openxmlformats.org/spreadsheetml/2006/main', 'http://purl.oclc.org/ooxml/spreadsheetml/main'];
/** The package relationships namespace. */
export const RELATIONSHIPS_NAMESPACES = ['http://schemas.openxmlformats.org/package/2006/relationships'];

/**
 * The prefix, with its colon (`'x:'`), or `''` for the default namespace, under which a part's root
 * element binds one of `namespaces`: Open XML SDK writers put SpreadsheetML on `x:`, most tools on
 * the default namespace. Read from the root element's declarations (the start of the part), which is
 * where every writer declares it. `undefined` when the root declares none of them.
 *
 * Example: `namespacePrefix('<x:worksheet xmlns:x="…/spreadsheetml/2006/main">', MAIN_NAMESPACES)` is `'x:'`.
 */
export function namespacePrefix(start: string, namespaces: readonly string[]): string | undefined {
  const root = rootTag(start);
  if (root === undefined) return undefined;
  for (const [name, value] of attributes(root)) {
    if (!namespaces.includes(value)) continue;
    if (name === 'xmlns') return '';
    if (name.startsWith('xmlns:')) return `${name.slice(6)}:`;
  }
  return undefined;
}

/** The root element's start tag: the first tag that is not a declaration, comment or processing instruction. */
export function rootTag(xml: string): string | undefined {
  let at = 0;
  for (;;) {
    const lt = xml.indexOf('<', at);
    if (lt < 0) return undefined;
    const next = xml.charCodeAt(lt + 1);
    if (next === 63 /* ? */) at = xml.indexOf('?>', lt) + 2;
    else if (xml.startsWith('<!--', lt)) at = xml.indexOf('-->', lt) + 3;
    else if (next === 33 /* ! */) at = xml.indexOf('>', lt) + 1;
    else {
      const gt = xml.indexOf('>', lt);
      return gt < 0 ? undefined : xml.slice(lt, gt + 1);
    }
    if (at <= 0) return undefined;
  }
}

/** A start tag's attributes, values decoded, in order. */
export function attributes(tag: string): [string, string][] {
  const out: [string, string][] = [];
  const re = /([^\s=/<>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  for (let m = re.exec(tag); m; m = re.exec(tag)) out.push([m[1], xmlText(m[2] ?? m[3])]);
  return out;
}

/** One attribute of a start tag by its qualified name, decoded; `undefined` when absent. */
export function attribute(tag: string, name: string): string | undefined {
  for (const [n, v] of attributes(tag)) if (n === name) return v;
  return undefined;
}

/**
 * The start tags (`<x:sheet name="…"/>`) of the elements named `prefix + local` in `xml`, in
 * document order, with where each starts and ends; for the small parts (workbook, relationships,
 * styles), read whole.
 */
export function* startTags(xml: string, qualifiedName: string, from = 0, to = xml.length): Generator<{ tag: string; start: number; end: number }> {
  const open = `<${qualifiedName}`;
  let at = from;
  for (;;) {
    const lt = xml.indexOf(open, at);
    if (lt < 0 || lt >= to) return;
    const after = xml.charCodeAt(lt + open.length);
    at = lt + open.length;
    // the name must end here: `<sheet` is not `<sheetData`
    if (after !== 62 /* > */ && after !== 47 /* / */ && after !== 32 && after !== 9 && after !== 10 && after !== 13) continue;
    const gt = xml.indexOf('>', at);
    if (gt < 0) return;
    yield { tag: xml.slice(lt, gt + 1), start: lt, end: gt + 1 };
    at = gt + 1;
  }
}

/** Where the element `qualifiedName` that starts at `start` ends (after its end tag), or -1. */
export function elementEnd(xml: string, qualifiedName: string, start: number): number {
  const gt = xml.indexOf('>', start);
  if (gt < 0) return -1;
  if (xml.charCodeAt(gt - 1) === 47 /* / */) return gt + 1;
  const close = xml.indexOf(`</${qualifiedName}>`, gt);
  return close < 0 ? -1 : close + qualifiedName.length + 3;
}
