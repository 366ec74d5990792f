import { inflateSync } from 'node:zlib';
import { crc32 } from './pngMarker';
import { encodePng, stackImages } from './pngEncode';
import { parsePpm } from './rgbImage';

/** the chunks of a PNG, read by hand from the specification's layout (length, type, data, CRC) */
function chunks(png: Buffer): { type: string; data: Buffer; crcOk: boolean }[] {
  const out: { type: string; data: Buffer; crcOk: boolean }[] = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + length);
    out.push({ type, data, crcOk: png.readUInt32BE(at + 8 + length) === crc32(png.subarray(at + 4, at + 8 + length)) });
    at += 12 + length;
  }
  return out;
}

describe('encodePng', () => {
  test('a 2×2 image: the signature, IHDR 2×2 truecolour 8-bit, one IDAT holding filter byte 0 then the pixels of each row, IEND', () => {
    const rgb = Buffer.from([255, 0, 0, 0, 255, 0, 0, 0, 255, 10, 20, 30]);
    const png = encodePng({ width: 2, height: 2, rgb });
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const cs = chunks(png);
    expect(cs.map((c) => [c.type, c.crcOk])).toEqual([['IHDR', true], ['IDAT', true], ['IEND', true]]);
    expect([...cs[0]!.data]).toEqual([0, 0, 0, 2, 0, 0, 0, 2, 8, 2, 0, 0, 0]);
    expect([...inflateSync(cs[1]!.data)]).toEqual([0, 255, 0, 0, 0, 255, 0, 0, 0, 0, 255, 10, 20, 30]);
  });

  test('refuses an empty image and one with too few bytes', () => {
    expect(() => encodePng({ width: 0, height: 1, rgb: Buffer.alloc(0) })).toThrow('a PNG needs a width and height of at least 1 pixel, not 0×1');
    expect(() => encodePng({ width: 2, height: 1, rgb: Buffer.alloc(3) })).toThrow('the image is cut short: 3 bytes for 2×1 pixels');
  });
});

describe('stackImages', () => {
  test('puts a 1×1 red image above a 2×1 blue one with one white row between; the narrow one is padded with white', () => {
    const red = parsePpm(Buffer.concat([Buffer.from('P6\n1 1\n255\n'), Buffer.from([255, 0, 0])]));
    const blue = { width: 2, height: 1, rgb: Buffer.from([0, 0, 255, 0, 0, 255]) };
    const s = stackImages([red, blue], 1);
    expect([s.width, s.height]).toEqual([2, 3]);
    expect([...s.rgb]).toEqual([255, 0, 0, 255, 255, 255, 255, 255, 255, 255, 255, 255, 0, 0, 255, 0, 0, 255]);
  });
  test('refuses nothing to stack', () => {
    expect(() => stackImages([], 4)).toThrow('no images to stack');
  });
});
