/**
 * How a PNG says it was written by Cadre (the Board Dashboard picture of `cadre demo`): a `tEXt`
 * chunk with the keyword "Software" and the text "Cadre" (PNG specification, section 11.3.4: the
 * keyword "Software" names the software that created the image), placed right after IHDR. Picture
 * viewers ignore it; a picture someone else made does not have it, and the command line refuses to
 * overwrite it.
 */
export const PNG_SOFTWARE = 'Cadre';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

let table: Uint32Array | undefined;

/** The CRC-32 of PNG chunks (ISO 3309, the same as zlib's; Node 20 has no zlib.crc32). */
export function crc32(bytes: Uint8Array): number {
  if (table === undefined) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (const b of bytes) crc = table[(crc ^ b) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** One PNG chunk: length, type, data and the CRC of type and data (the standard check value of crc32 is tested). */
export function pngChunk(type: string, data: Buffer): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/** The chunks of a PNG, by type and data; null when the bytes are not a PNG. */
function chunksOf(png: Uint8Array): { type: string; start: number; end: number; data: Buffer }[] | null {
  const bytes = Buffer.from(png.buffer, png.byteOffset, png.byteLength);
  if (bytes.length < SIGNATURE.length || !bytes.subarray(0, SIGNATURE.length).equals(SIGNATURE)) return null;
  const chunks: { type: string; start: number; end: number; data: Buffer }[] = [];
  let at = SIGNATURE.length;
  while (at + 12 <= bytes.length) {
    const length = bytes.readUInt32BE(at);
    const end = at + 12 + length;
    if (end > bytes.length) return null;
    const type = bytes.toString('latin1', at + 4, at + 8);
    chunks.push({ type, start: at, end, data: bytes.subarray(at + 8, at + 8 + length) });
    at = end;
    if (type === 'IEND') break;
  }
  return chunks.length > 0 && chunks[0].type === 'IHDR' ? chunks : null;
}

/** The PNG with a `tEXt` chunk Software = Cadre right after its IHDR chunk. Throws when it is not a PNG. */
export function markPng(png: Uint8Array): Buffer {
  const chunks = chunksOf(png);
  if (chunks === null) throw new Error('not a PNG picture');
  const bytes = Buffer.from(png.buffer, png.byteOffset, png.byteLength);
  const text = pngChunk('tEXt', Buffer.from(`Software\0${PNG_SOFTWARE}`, 'latin1'));
  const afterHeader = chunks[0].end;
  return Buffer.concat([bytes.subarray(0, afterHeader), text, bytes.subarray(afterHeader)]);
}

/** Whether a PNG has a `tEXt` chunk Software = Cadre (with a correct CRC) before its image data. */
export function isCadrePng(png: Uint8Array): boolean {
  const chunks = chunksOf(png);
  if (chunks === null) return false;
  const bytes = Buffer.from(png.buffer, png.byteOffset, png.byteLength);
  for (const c of chunks) {
    if (c.type === 'IDAT') return false;
    if (c.type !== 'tEXt') continue;
    const separator = c.data.indexOf(0);
    if (separator < 0 || c.data.toString('latin1', 0, separator) !== 'Software' || c.data.toString('latin1', separator + 1) !== PNG_SOFTWARE) continue;
    if (crc32(bytes.subarray(c.start + 4, c.end - 4)) === bytes.readUInt32BE(c.end - 4)) return true;
  }
  return false;
}
