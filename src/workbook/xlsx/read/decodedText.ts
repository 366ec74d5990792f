import { StringDecoder } from 'node:string_decoder';

/**
 * A part's bytes as UTF-8 (or, after its byte order mark, UTF-16) text in pieces (a character split between two pieces is joined, a byte
 * order mark dropped), for scanners that never hold a whole part.
 */
export async function* decodedText(bytes: AsyncIterable<Buffer>): AsyncGenerator<string> {
  let decoder: StringDecoder | undefined;
  let first = true;
  for await (const piece of bytes) {
    // XML may also be UTF-16 with a byte order mark (rare in packages, but legal)
    decoder ??= new StringDecoder(piece[0] === 0xff && piece[1] === 0xfe ? 'utf16le' : 'utf8');
    let text = decoder.write(piece);
    if (first && text.length > 0) {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      first = false;
    }
    if (text.length > 0) yield text;
  }
  const rest = decoder?.end() ?? '';
  if (rest.length > 0) yield rest;
}
