#!/usr/bin/env node
// Draws the extension icon, media/icon.png (128×128): a notice page with its lines of text and a seal on a blue
// tile. Plain code instead of an image editor, so anyone can change it; run `node scripts/icon.mjs` and commit.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { deflateSync } from 'node:zlib';

const SIZE = 128;
const SAMPLES = 4; // supersampling per axis, for smooth edges

/** Signed distance to a rounded rectangle (negative inside). */
function roundedRect(x, y, left, top, right, bottom, radius) {
  const cx = Math.max(left + radius, Math.min(x, right - radius));
  const cy = Math.max(top + radius, Math.min(y, bottom - radius));
  const inside = x >= left && x <= right && y >= top && y <= bottom;
  const d = Math.hypot(x - cx, y - cy) - radius;
  return inside ? Math.min(d, 0) : Math.max(d, 0.0001);
}

/** The colour of one point, or null for transparent; later layers paint over earlier ones. */
function paint(x, y) {
  let colour = null;
  if (roundedRect(x, y, 4, 4, 124, 124, 22) <= 0) colour = [22, 78, 140]; // tile
  // The page, with its top-right corner folded.
  const onPage = roundedRect(x, y, 30, 18, 98, 110, 6) <= 0 && !(x > 80 && y < 18 + (x - 80));
  if (onPage) colour = [255, 255, 255];
  if (
    x > 80 &&
    x <= 98 &&
    y >= 18 &&
    y < 36 &&
    y >= 18 + (x - 80) - 0.5 &&
    x - 80 <= 18 &&
    y - 18 <= 18 &&
    y - 18 >= x - 80
  )
    colour = [196, 214, 235]; // the fold
  // Lines of text.
  for (const [top, right] of [
    [40, 86],
    [52, 86],
    [64, 74],
    [76, 62],
  ])
    if (roundedRect(x, y, 40, top, right, top + 5, 2.5) <= 0) colour = [120, 140, 165];
  // The seal: a green disc with a white tick.
  if (Math.hypot(x - 88, y - 96) <= 22) {
    colour = [31, 136, 61];
    const tick = distanceToSegment(x, y, 77, 96, 85, 104) <= 3.2 || distanceToSegment(x, y, 85, 104, 100, 87) <= 3.2;
    if (tick) colour = [255, 255, 255];
  }
  return colour;
}

function distanceToSegment(x, y, x1, y1, x2, y2) {
  const t = Math.max(0, Math.min(1, ((x - x1) * (x2 - x1) + (y - y1) * (y2 - y1)) / ((x2 - x1) ** 2 + (y2 - y1) ** 2)));
  return Math.hypot(x - (x1 + t * (x2 - x1)), y - (y1 + t * (y2 - y1)));
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

export function iconPng() {
  const rows = [];
  for (let py = 0; py < SIZE; py++) {
    const row = Buffer.alloc(1 + SIZE * 4); // filter byte 0, then RGBA
    for (let px = 0; px < SIZE; px++) {
      let r = 0,
        g = 0,
        b = 0,
        a = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const c = paint(px + (sx + 0.5) / SAMPLES, py + (sy + 0.5) / SAMPLES);
          if (!c) continue;
          r += c[0];
          g += c[1];
          b += c[2];
          a += 1;
        }
      }
      const o = 1 + px * 4;
      if (a) [row[o], row[o + 1], row[o + 2]] = [Math.round(r / a), Math.round(g / a), Math.round(b / a)];
      row[o + 3] = Math.round((255 * a) / (SAMPLES * SAMPLES));
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(SIZE, 0);
  header.writeUInt32BE(SIZE, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

if (process.argv[1] === import.meta.filename) {
  const file = resolve(import.meta.dirname, '../media/icon.png');
  writeFileSync(file, iconPng());
  console.log(`wrote ${file}`);
}
