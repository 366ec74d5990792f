import { xmlText } from './xmlText';

/**
 * The text of a rich-text string (a shared string `<si>`, or an inline string `<is>`) between `from`
 * and `to` in `xml`: every `<t>` joined, whether bare or in runs (`<r><rPr><b/></rPr><t>…</t></r>`),
 * leaving out phonetic guides (`<rPh><t>トウキョウ</t></rPh>`, the reading Japanese Excel stores
 * beside the text). `p` is the SpreadsheetML prefix (`'x:'` or `''`).
 *
 * Example: for `<si><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh></si>` the text is `東京`.
 */
export function runText(xml: string, from: number, to: number, p: string): string {
  const t = `<${p}t`;
  const tClose = `</${p}t>`;
  const rPh = `<${p}rPh`;
  const rPhClose = `</${p}rPh>`;
  let out = '';
  let at = from;
  for (;;) {
    const lt = xml.indexOf('<', at);
    if (lt < 0 || lt >= to) return out;
    if (xml.startsWith(t, lt) && isNameEnd(xml.charCodeAt(lt + t.length))) {
      const gt = xml.indexOf('>', lt);
      if (gt < 0 || gt >= to) return out;
      if (xml.charCodeAt(gt - 1) === 47 /* / */) {
        at = gt + 1;
        continue;
      }
      const close = xml.indexOf(tClose, gt);
      if (close < 0 || close > to) return out;
      out += xmlText(xml.slice(gt + 1, close));
      at = close + tClose.length;
    } else if (xml.startsWith(rPh, lt) && isNameEnd(xml.charCodeAt(lt + rPh.length))) {
      const gt = xml.indexOf('>', lt);
      if (gt < 0 || gt >= to) return out;
      if (xml.charCodeAt(gt - 1) === 47) {
        at = gt + 1;
        continue;
      }
      const close = xml.indexOf(rPhClose, gt);
      if (close < 0 || close > to) return out;
      at = close + rPhClose.length;
    } else {
      at = lt + 1;
    }
  }
}

/** Whether a character ends an element name: whitespace, `>` or `/`. */
export function isNameEnd(c: number): boolean {
  return c === 62 || c === 32 || c === 47 || c === 9 || c === 10 || c === 13;
}
