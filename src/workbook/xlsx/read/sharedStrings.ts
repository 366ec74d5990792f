import { count, READ_LIMITS, ReadFault } from './readFault';
import { isNameEnd, runText } from './runText';
import { MAIN_NAMESPACES, namespacePrefix, rootTag } from './xmlTags';

/**
 * The shared strings of a workbook (`xl/sharedStrings.xml`), in order, from its text in pieces:
 * each `<si>` as its plain text, rich-text runs joined, phonetic guides left out (runText.ts), with
 * the SpreadsheetML namespace on any prefix. The part is scanned as it arrives; only the strings are kept.
 */
export async function readSharedStrings(pieces: AsyncIterable<string>): Promise<string[]> {
  const strings: string[] = [];
  let buffer = '';
  let p: string | undefined;
  let si = '';
  let siClose = '';
  for await (const piece of pieces) {
    buffer = buffer.length === 0 ? piece : buffer + piece;
    if (p === undefined) {
      if (rootTag(buffer) === undefined) {
        if (buffer.length > READ_LIMITS.elementChars) throw new ReadFault('is damaged: its shared strings part does not start as XML');
        continue;
      }
      p = namespacePrefix(buffer, MAIN_NAMESPACES) ?? '';
      si = `<${p}si`;
      siClose = `</${p}si>`;
    }
    let at = 0;
    for (;;) {
      const lt = buffer.indexOf(si, at);
      if (lt < 0) {
        // keep a tail that may hold the start of the next `<si`
        at = Math.max(at, buffer.length - si.length);
        break;
      }
      if (lt + si.length >= buffer.length) {
        at = lt;
        break;
      }
      if (!isNameEnd(buffer.charCodeAt(lt + si.length))) {
        at = lt + si.length;
        continue;
      }
      const gt = buffer.indexOf('>', lt);
      if (gt < 0) {
        at = lt;
        break;
      }
      if (buffer.charCodeAt(gt - 1) === 47 /* / */) {
        strings.push('');
        at = gt + 1;
        continue;
      }
      const close = buffer.indexOf(siClose, gt);
      if (close < 0) {
        at = lt;
        break;
      }
      strings.push(runText(buffer, gt + 1, close, p));
      at = close + siClose.length;
    }
    buffer = buffer.slice(at);
    if (buffer.length > READ_LIMITS.elementChars) {
      throw new ReadFault(`is damaged or not an Excel workbook: shared string ${count(strings.length + 1)} is longer than ${count(READ_LIMITS.elementChars)} characters`);
    }
  }
  return strings;
}
