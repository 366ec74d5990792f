import { deflateSync } from 'node:zlib';
import { pngChunk } from './pngMarker';
import type { RgbImage } from './rgbImage';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * An RGB image as a PNG file (PNG specification: IHDR with bit depth 8 and colour type 2, truecolour;
 * every scanline with filter type 0, None; the scanlines deflated into one IDAT chunk; IEND).
 *
 * @example encodePng({ width: 1, height: 1, rgb: Buffer.from([255, 0, 0]) }) // a red pixel
 */
export function encodePng(img: RgbImage): Buffer {
  const { width, height, rgb } = img;
  if (!(Number.isInteger(width) && Number.isInteger(height) && width > 0 && height > 0)) throw new Error(`a PNG needs a width and height of at least 1 pixel, not ${width}×${height}`);
  if (rgb.length < width * height * 3) throw new Error(`the image is cut short: ${rgb.length} bytes for ${width}×${height} pixels`);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // colour type: truecolour
  // compression, filter and interlace methods 0
  const stride = width * 3;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) rgb.copy(raw, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  return Buffer.concat([SIGNATURE, pngChunk('IHDR', header), pngChunk('IDAT', deflateSync(raw)), pngChunk('IEND', Buffer.alloc(0))]);
}

/**
 * Images one below the other, left-aligned, with `gap` pixels of `background` between them (and to the
 * right of a narrower one): the printed pages of one sheet as one picture.
 */
export function stackImages(images: readonly RgbImage[], gap: number, background: readonly [number, number, number] = [255, 255, 255]): RgbImage {
  if (images.length === 0) throw new Error('no images to stack');
  const width = Math.max(...images.map((i) => i.width));
  const height = images.reduce((h, i) => h + i.height, 0) + gap * (images.length - 1);
  const rgb = Buffer.alloc(width * height * 3);
  for (let p = 0; p < width * height; p++) rgb.set(background, p * 3);
  let top = 0;
  for (const img of images) {
    for (let y = 0; y < img.height; y++) img.rgb.copy(rgb, ((top + y) * width) * 3, y * img.width * 3, (y + 1) * img.width * 3);
    top += img.height + gap;
  }
  return { width, height, rgb };
}
