#!/usr/bin/env node
/*
 * Draws the Cadre icon: a white "C" on a teal tile, open towards the upper right, with a mint arrow
 * rising out of it (people in the program, growing).
 *
 *   node scripts/draw-icons.js            writes assets/icon.svg and assets/icon-{16,32,64,80,128}.png
 *   node scripts/draw-icons.js --check    exits 1 if a committed file differs from what it would write
 *
 * No dependencies: the shapes are signed-distance functions in a unit square, each pixel is
 * supersampled (SS x SS samples) and the PNG is encoded with node's zlib. The output is
 * deterministic for a given node/zlib version (the pixels are always the same; compressed bytes
 * could in principle differ between zlib builds, which --check would report).
 *
 * The geometry below is the single source of the design: icon.svg is written from the same numbers.
 */
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');

// local bindings: global lookups are slow inside a vm context (the tests run this file under jest)
const { abs, atan2, cos, hypot, max, min, PI, round, sin } = Math;

const SIZES = [16, 32, 64, 80, 128];
const SS = 8; // supersampling per axis
const OUT_DIR = path.join(__dirname, '..', 'assets');

// ---- palette -------------------------------------------------------------------------------------
const TEAL_TOP = [0x14, 0x86, 0x6d]; // tile gradient, top
const TEAL_BOTTOM = [0x0b, 0x5a, 0x4a]; // tile gradient, bottom (#0F6E5A sits in the middle)
const WHITE = [0xff, 0xff, 0xff];
const MINT = [0x9b, 0xeb, 0xcf]; // the arrow

// ---- geometry (unit square, y grows downwards, angles in degrees clockwise from +x) -----------------
/** the tile: a rounded square */
const TILE = { x0: 0.03, y0: 0.03, x1: 0.97, y1: 0.97, r: 0.2 };
/** the "C": a ring with round ends, open towards the upper right (the gap is centred on gapAt) */
const C = { cx: 0.44, cy: 0.54, r: 0.28, half: 0.085, gapAt: -28, gapHalf: 46 };
/** the rising arrow: leaves the C's counter through its opening */
const ARROW = { x0: 0.45, y0: 0.6, tipX: 0.88, tipY: 0.2, head: 0.24, headHalf: 0.15, half: 0.058 };

// ---- signed distance functions (negative inside) -----------------------------------------------------
function sdRoundRect(px, py, b) {
  const cx = (b.x0 + b.x1) / 2;
  const cy = (b.y0 + b.y1) / 2;
  const hx = (b.x1 - b.x0) / 2 - b.r;
  const hy = (b.y1 - b.y0) / 2 - b.r;
  const qx = abs(px - cx) - hx;
  const qy = abs(py - cy) - hy;
  const outside = hypot(max(qx, 0), max(qy, 0));
  const inside = min(max(qx, qy), 0);
  return outside + inside - b.r;
}

const rad = (deg) => (deg * PI) / 180;

/** the ends of the C's arc: [first end (gapAt - gapHalf), second end (gapAt + gapHalf)] */
function arcEnds(c) {
  return [c.gapAt - c.gapHalf, c.gapAt + c.gapHalf].map((deg) => [
    c.cx + c.r * cos(rad(deg)),
    c.cy + c.r * sin(rad(deg)),
  ]);
}

function sdArc(px, py, c) {
  const dx = px - c.cx;
  const dy = py - c.cy;
  // angle of the point measured from the gap's centre, in [0, 180]
  let off = abs((atan2(dy, dx) * 180) / PI - c.gapAt) % 360;
  if (off > 180) off = 360 - off;
  if (off >= c.gapHalf) return abs(hypot(dx, dy) - c.r) - c.half;
  const [[ax, ay], [bx, by]] = arcEnds(c);
  return min(hypot(px - ax, py - ay), hypot(px - bx, py - by)) - c.half;
}

/** distance to the segment a-b minus a half-width: a capsule */
function sdCapsule(px, py, ax, ay, bx, by, half) {
  const vx = bx - ax;
  const vy = by - ay;
  const t = max(0, min(1, ((px - ax) * vx + (py - ay) * vy) / (vx * vx + vy * vy)));
  return hypot(px - ax - t * vx, py - ay - t * vy) - half;
}

/** the arrow's head as a triangle [tip, left, right] and where its shaft ends */
function arrowParts(a) {
  const len = hypot(a.tipX - a.x0, a.tipY - a.y0);
  const ux = (a.tipX - a.x0) / len;
  const uy = (a.tipY - a.y0) / len;
  const baseX = a.tipX - ux * a.head;
  const baseY = a.tipY - uy * a.head;
  const head = [
    [a.tipX, a.tipY],
    [baseX - uy * a.headHalf, baseY + ux * a.headHalf],
    [baseX + uy * a.headHalf, baseY - ux * a.headHalf],
  ];
  // the shaft stops a little inside the head so the two overlap without a seam
  return { head, shaftEnd: [baseX + ux * 0.02, baseY + uy * 0.02] };
}

function inTriangle(px, py, [[ax, ay], [bx, by], [cx, cy]]) {
  const s1 = (bx - ax) * (py - ay) - (by - ay) * (px - ax);
  const s2 = (cx - bx) * (py - by) - (cy - by) * (px - bx);
  const s3 = (ax - cx) * (py - cy) - (ay - cy) * (px - cx);
  return (s1 >= 0 && s2 >= 0 && s3 >= 0) || (s1 <= 0 && s2 <= 0 && s3 <= 0);
}

// ---- rasteriser ------------------------------------------------------------------------------------
function mix(a, b, t) {
  return a.map((v, i) => v + (b[i] - v) * t);
}

/** layers, bottom to top: each is { inside(x, y) -> boolean, color(x, y) -> [r, g, b] } */
function layers() {
  const arrow = arrowParts(ARROW);
  return [
    { inside: (x, y) => sdRoundRect(x, y, TILE) <= 0, color: (_x, y) => mix(TEAL_TOP, TEAL_BOTTOM, (y - TILE.y0) / (TILE.y1 - TILE.y0)) },
    { inside: (x, y) => sdArc(x, y, C) <= 0, color: () => WHITE },
    {
      inside: (x, y) =>
        inTriangle(x, y, arrow.head) || sdCapsule(x, y, ARROW.x0, ARROW.y0, arrow.shaftEnd[0], arrow.shaftEnd[1], ARROW.half) <= 0,
      color: () => MINT,
    },
  ];
}

/** RGBA pixels (straight alpha), size x size */
function rasterise(size) {
  const pixels = Buffer.alloc(size * size * 4);
  const stack = layers();
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      // accumulate premultiplied colour over the samples
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < SS; sy++) {
        for (let sx = 0; sx < SS; sx++) {
          const x = (px + (sx + 0.5) / SS) / size;
          const y = (py + (sy + 0.5) / SS) / size;
          let top = null;
          for (const layer of stack) if (layer.inside(x, y)) top = layer;
          if (top) {
            const c = top.color(x, y);
            r += c[0];
            g += c[1];
            b += c[2];
            a += 1;
          }
        }
      }
      const o = (py * size + px) * 4;
      if (a > 0) {
        pixels[o] = round(r / a);
        pixels[o + 1] = round(g / a);
        pixels[o + 2] = round(b / a);
        pixels[o + 3] = round((255 * a) / (SS * SS));
      }
    }
  }
  return pixels;
}

// ---- PNG encoder -------------------------------------------------------------------------------------
const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function encodePng(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0); // width
  ihdr.writeUInt32BE(size, 4); // height
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type: RGBA
  ihdr[10] = 0; // compression
  ihdr[11] = 0; // filter method
  ihdr[12] = 0; // no interlace
  const stride = size * 4;
  const raw = Buffer.alloc((stride + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (stride + 1)] = 0; // filter: none
    rgba.copy(raw, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  }
  const idat = zlib.deflateSync(raw, { level: 9 });
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', idat),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// ---- SVG (same geometry, 128 units) ------------------------------------------------------------------
function svg() {
  const u = 128;
  const f = (v) => +(v * u).toFixed(2);
  const hex = (c) => '#' + c.map((v) => v.toString(16).padStart(2, '0')).join('').toUpperCase();
  const [[ax, ay], [bx, by]] = arcEnds(C);
  const arrow = arrowParts(ARROW);
  const rect = (b, fill) =>
    `<rect x="${f(b.x0)}" y="${f(b.y0)}" width="${f(b.x1 - b.x0)}" height="${f(b.y1 - b.y0)}" rx="${f(b.r)}" fill="${fill}"/>`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${u}" height="${u}" viewBox="0 0 ${u} ${u}">`,
    `  <title>Cadre</title>`,
    `  <!-- Generated by scripts/draw-icons.js from the same geometry as the PNGs; edit the script, not this file. -->`,
    `  <defs>`,
    `    <linearGradient id="tile" x1="0" y1="${f(TILE.y0)}" x2="0" y2="${f(TILE.y1)}" gradientUnits="userSpaceOnUse">`,
    `      <stop offset="0" stop-color="${hex(TEAL_TOP)}"/>`,
    `      <stop offset="1" stop-color="${hex(TEAL_BOTTOM)}"/>`,
    `    </linearGradient>`,
    `  </defs>`,
    `  ${rect(TILE, 'url(#tile)')}`,
    // the long way round from the first end to the second (counter-clockwise on screen)
    `  <path d="M ${f(ax)} ${f(ay)} A ${f(C.r)} ${f(C.r)} 0 1 0 ${f(bx)} ${f(by)}" fill="none" stroke="${hex(WHITE)}" stroke-width="${f(2 * C.half)}" stroke-linecap="round"/>`,
    `  <line x1="${f(ARROW.x0)}" y1="${f(ARROW.y0)}" x2="${f(arrow.shaftEnd[0])}" y2="${f(arrow.shaftEnd[1])}" stroke="${hex(MINT)}" stroke-width="${f(2 * ARROW.half)}" stroke-linecap="round"/>`,
    `  <polygon points="${arrow.head.map(([x, y]) => `${f(x)},${f(y)}`).join(' ')}" fill="${hex(MINT)}"/>`,
    `</svg>`,
    '',
  ].join('\n');
}

// ---- main --------------------------------------------------------------------------------------------
function outputs() {
  const files = new Map();
  files.set('icon.svg', Buffer.from(svg(), 'utf8'));
  for (const size of SIZES) files.set(`icon-${size}.png`, encodePng(size, rasterise(size)));
  return files;
}

function main() {
  const check = process.argv.includes('--check');
  let stale = 0;
  fs.mkdirSync(OUT_DIR, { recursive: true });
  for (const [name, data] of outputs()) {
    const file = path.join(OUT_DIR, name);
    if (check) {
      const same = fs.existsSync(file) && fs.readFileSync(file).equals(data);
      if (!same) {
        stale++;
        console.error(`stale: assets/${name}`);
      }
    } else {
      fs.writeFileSync(file, data);
      console.log(`wrote assets/${name} (${data.length} bytes)`);
    }
  }
  if (check) {
    if (stale > 0) process.exit(1);
    console.log('icons are up to date');
  }
}

if (require.main === module) main();

module.exports = { rasterise, encodePng, svg, SIZES };
