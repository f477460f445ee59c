#!/usr/bin/env node
/**
 * Draws phuluc's icons — a white sheet on a green tile, with a check mark for the add-in and a
 * magnifier, coloured rows or bars for the ribbon's Check, Colour and Summary buttons — and writes
 * them as PNGs under assets/ (16, 32, 64, 80 for the manifest and ribbon, 300 for the logo).
 * Node only: shapes are signed-distance tests, anti-aliased by 4×4 supersampling; the PNG is
 * written by hand (IHDR, IDAT through zlib, IEND, CRC-32). Run: node scripts/make-icons.js
 */
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const GREEN = [30, 123, 69];
const DARK_GREEN = [20, 90, 50];
const WHITE = [255, 255, 255];
const GRID = [183, 220, 195];

// ---- geometry (unit square, y down) --------------------------------------------------------
function inRoundedRect(x, y, left, top, right, bottom, radius) {
  const cx = Math.min(Math.max(x, left + radius), right - radius);
  const cy = Math.min(Math.max(y, top + radius), bottom - radius);
  return x >= left && x <= right && y >= top && y <= bottom && (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

function distanceToSegment(x, y, [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}

const CHECK = [
  [0.31, 0.56],
  [0.45, 0.7],
  [0.72, 0.38],
];
const ROW_FILLS = [
  [244, 182, 182], // overdue
  [255, 224, 138], // due soon
  [201, 195, 230], // no lead unit
];

/** The white sheet on the green tile every glyph starts from; null outside the tile. */
function tile(x, y, detail) {
  if (!inRoundedRect(x, y, 0, 0, 1, 1, 0.18)) return null;
  if (!inRoundedRect(x, y, 0.2, 0.13, 0.8, 0.87, 0.05)) return GREEN;
  if (detail) {
    const onRow = [0.3, 0.47, 0.64, 0.81].some((gy) => Math.abs(y - gy) < 0.012);
    const onColumn = Math.abs(x - 0.38) < 0.012;
    if ((onRow || onColumn) && y > 0.2) return GRID;
  }
  return WHITE;
}

/** Glyphs: the add-in (sheet + check), Check (magnifier), Colour (coloured rows), Summary (bars). */
const GLYPHS = {
  logo(x, y, detail) {
    const base = tile(x, y, detail);
    if (!base) return null;
    const t = 0.055;
    if (distanceToSegment(x, y, CHECK[0], CHECK[1]) < t || distanceToSegment(x, y, CHECK[1], CHECK[2]) < t) return DARK_GREEN;
    return base;
  },
  check(x, y, detail) {
    const base = tile(x, y, detail);
    if (!base) return null;
    const r = Math.hypot(x - 0.45, y - 0.45);
    if (r > 0.13 && r < 0.2) return DARK_GREEN;
    if (distanceToSegment(x, y, [0.59, 0.59], [0.74, 0.74]) < 0.06) return DARK_GREEN;
    return base;
  },
  colour(x, y, detail) {
    const base = tile(x, y, false);
    if (!base) return null;
    if (base === WHITE) {
      const bands = [0.27, 0.47, 0.67];
      for (let i = 0; i < bands.length; i++) {
        if (y >= bands[i] && y <= bands[i] + 0.14 && x >= 0.26 && x <= 0.74) return ROW_FILLS[i];
      }
      if (detail && Math.abs(y - 0.2) < 0.015 && x > 0.26 && x < 0.74) return GRID;
    }
    return base;
  },
  summary(x, y) {
    const base = tile(x, y, false);
    if (!base) return null;
    const bars = [
      [0.27, 0.55],
      [0.44, 0.35],
      [0.61, 0.45],
    ];
    for (const [left, top] of bars) {
      if (x >= left && x <= left + 0.12 && y >= top && y <= 0.78) return y < top + (0.78 - top) / 2 ? ROW_FILLS[0] : DARK_GREEN;
    }
    if (Math.abs(y - 0.8) < 0.015 && x > 0.24 && x < 0.76) return DARK_GREEN;
    return base;
  },
};

function render(size, glyph) {
  const samples = 4;
  const pixels = Buffer.alloc(size * size * 4);
  const detail = size >= 32;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let covered = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const c = glyph((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size, detail);
          if (!c) continue;
          r += c[0];
          g += c[1];
          b += c[2];
          covered++;
        }
      }
      const i = (py * size + px) * 4;
      if (covered > 0) {
        pixels[i] = Math.round(r / covered);
        pixels[i + 1] = Math.round(g / covered);
        pixels[i + 2] = Math.round(b / covered);
      }
      pixels[i + 3] = Math.round((255 * covered) / (samples * samples));
    }
  }
  return pixels;
}

// ---- PNG -----------------------------------------------------------------------------------
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
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bits per channel
  header[9] = 6; // RGBA
  // compression, filter, interlace: 0
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    rows[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// The add-in's icon (manifest, ribbon group, "phuluc" button) and one per ribbon button.
const OUTPUTS = [
  ...[16, 32, 64, 80].map((size) => [`icon-${size}.png`, size, 'logo']),
  ['logo-filled.png', 300, 'logo'],
  ...['check', 'colour', 'summary'].flatMap((glyph) => [16, 32, 80].map((size) => [`${glyph}-${size}.png`, size, glyph])),
];

const dir = path.join(__dirname, '..', 'assets');
fs.mkdirSync(dir, { recursive: true });
for (const [name, size, glyph] of OUTPUTS) {
  fs.writeFileSync(path.join(dir, name), png(size, render(size, GLYPHS[glyph])));
  console.log(`assets/${name} ${size}×${size}`);
}
