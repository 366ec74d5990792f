const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * The text of an XML element or attribute value as written in a SpreadsheetML part, decoded: the
 * five predefined entities and character references (`&amp;`, `&#233;`, `&#xE9;`), CDATA sections,
 * and the escapes OOXML uses for characters XML cannot carry (`_x000D_` is a carriage return,
 * `_x005F_` a literal underscore: ECMA-376 Part 1, 22.9.2.19 ST_Xstring). Text without `&`, `<` or
 * `_x` comes back as it is, without copying.
 *
 * Example: `xmlText('Smith &amp; Co_x000D_')` is `'Smith & Co\r'`.
 */
export function xmlText(raw: string): string {
  let s = raw;
  if (s.indexOf('<') >= 0) s = s.replace(/<!\[CDATA\[([\s\S]*?)\]\]>|<[^>]*>/g, (_, cdata: string | undefined) => (cdata === undefined ? '' : cdata.replace(/&/g, '&amp;')));
  if (s.indexOf('&') >= 0) {
    s = s.replace(/&(?:#x([0-9a-fA-F]+)|#([0-9]+)|([A-Za-z]+));/g, (whole, hex: string | undefined, dec: string | undefined, name: string | undefined) => {
      if (name !== undefined) return ENTITIES[name] ?? whole;
      const code = hex !== undefined ? parseInt(hex, 16) : Number(dec);
      return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    });
  }
  if (s.indexOf('_x') >= 0) s = s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return s;
}
