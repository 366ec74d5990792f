/** An 8-bit RGB raster, row-major, 3 bytes a pixel (as pdftoppm writes it). */
export interface RgbImage {
  readonly width: number;
  readonly height: number;
  readonly rgb: Buffer;
}

/** Reads a binary PPM (P6, maxval 255), pdftoppm's default output. */
export function parsePpm(buf: Buffer): RgbImage {
  // P6 <w> <h> <maxval> then binary RGB; header tokens separated by whitespace (no comments from pdftoppm)
  const tokens: string[] = [];
  let i = 0;
  const space = (b: number | undefined) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;
  while (tokens.length < 4) {
    if (i >= buf.length) throw new Error('not a PPM image: the header ends early');
    while (space(buf[i])) i++;
    let t = '';
    while (i < buf.length && !space(buf[i])) t += String.fromCharCode(buf[i++]!);
    tokens.push(t);
  }
  i++; // the single whitespace after maxval
  if (tokens[0] !== 'P6' || tokens[3] !== '255') throw new Error(`not an 8-bit P6 PPM image: ${tokens.join(' ')}`);
  const width = Number(tokens[1]);
  const height = Number(tokens[2]);
  const rgb = buf.subarray(i);
  if (rgb.length < width * height * 3) throw new Error(`the PPM image is cut short: ${rgb.length} bytes for ${width}×${height} pixels`);
  return { width, height, rgb };
}

/**
 * Share of "ink" (pixels that are not near-white: some channel below 235) in the rectangle
 * [x0, x1) × [y0, y1) of the image, in pixels, clipped to the image; 0 for an empty rectangle.
 */
export function inkShare(img: RgbImage, x0: number, y0: number, x1: number, y1: number): number {
  let ink = 0;
  let all = 0;
  for (let y = Math.max(0, Math.round(y0)); y < Math.min(img.height, Math.round(y1)); y++) {
    for (let x = Math.max(0, Math.round(x0)); x < Math.min(img.width, Math.round(x1)); x++) {
      const o = (y * img.width + x) * 3;
      if (img.rgb[o]! < 235 || img.rgb[o + 1]! < 235 || img.rgb[o + 2]! < 235) ink++;
      all++;
    }
  }
  return all === 0 ? 0 : ink / all;
}
