#!/usr/bin/env node
// Draws the CX Analytics icon (three rising white bars on a rounded #0F6CBD square, transparent
// corners) and writes assets/icon-<size>.png for the manifest: 16, 32 and 80 for the ribbon,
// 32 and 64 for IconUrl / HighResolutionIconUrl, 128 for stores and docs.
// Plain Node: the PNG (RGBA, 8 bits per channel) is assembled by hand with zlib and CRC-32.
// Usage: node scripts/make-icons.js [outDir]
"use strict";

const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const SIZES = [16, 32, 64, 80, 128];
const BRAND = [0x0f, 0x6c, 0xbd]; // #0F6CBD, Fluent "brand" blue
const WHITE = [0xff, 0xff, 0xff];
const SUPERSAMPLE = 8; // samples per pixel side, for smooth edges at 16 px

// ---- PNG encoding -----------------------------------------------------------------------

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 (ISO-HDLC, as PNG specifies) of a buffer. */
function crc32(buf) {
  let c = 0xffffffff;
  for (let i = 0; i < buf.length; i++) c = CRC_TABLE[(c ^ buf[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/** Encodes RGBA pixels (Uint8Array, width*height*4, row-major) as a PNG file. */
function encodePng(width, height, rgba) {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type: truecolour with alpha
  ihdr[10] = 0; // compression: deflate
  ihdr[11] = 0; // filter method 0
  ihdr[12] = 0; // no interlace
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (stride + 1)] = 0; // filter type None
    Buffer.from(rgba.buffer, rgba.byteOffset + y * stride, stride).copy(raw, y * (stride + 1) + 1);
  }
  const idat = zlib.deflateSync(raw, { level: 9 });
  return Buffer.concat([signature, chunk("IHDR", ihdr), chunk("IDAT", idat), chunk("IEND", Buffer.alloc(0))]);
}

// ---- Drawing (in unit coordinates: the icon is the square [0,1] x [0,1], y down) ---------

function insideRoundedRect(x, y, left, top, right, bottom, radius) {
  if (x < left || x > right || y < top || y > bottom) return false;
  const cx = Math.min(Math.max(x, left + radius), right - radius);
  const cy = Math.min(Math.max(y, top + radius), bottom - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

// Three bars rising left to right, sitting on a common baseline.
const BARS = [
  { left: 0.2, right: 0.36, top: 0.56 },
  { left: 0.42, right: 0.58, top: 0.4 },
  { left: 0.64, right: 0.8, top: 0.22 },
];
const BASELINE = 0.8;

/** Colour and coverage at one sample point: null outside the tile. */
function sample(x, y) {
  if (!insideRoundedRect(x, y, 0, 0, 1, 1, 0.2)) return null;
  for (const bar of BARS) {
    if (insideRoundedRect(x, y, bar.left, bar.top, bar.right, BASELINE, 0.03)) return WHITE;
  }
  return BRAND;
}

/** Renders the icon at size x size pixels, averaging SUPERSAMPLE^2 samples per pixel. */
function renderIcon(size) {
  const rgba = new Uint8Array(size * size * 4);
  const n = SUPERSAMPLE;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let covered = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const colour = sample((px + (sx + 0.5) / n) / size, (py + (sy + 0.5) / n) / size);
          if (!colour) continue;
          r += colour[0];
          g += colour[1];
          b += colour[2];
          covered++;
        }
      }
      const o = (py * size + px) * 4;
      if (covered > 0) {
        rgba[o] = Math.round(r / covered);
        rgba[o + 1] = Math.round(g / covered);
        rgba[o + 2] = Math.round(b / covered);
        rgba[o + 3] = Math.round((255 * covered) / (n * n));
      }
    }
  }
  return rgba;
}

function main() {
  const outDir = path.resolve(process.argv[2] || path.join(__dirname, "..", "assets"));
  fs.mkdirSync(outDir, { recursive: true });
  for (const size of SIZES) {
    const file = path.join(outDir, `icon-${size}.png`);
    const png = encodePng(size, size, renderIcon(size));
    fs.writeFileSync(file, png);
    console.log(`${path.relative(process.cwd(), file)}  ${size}x${size}  ${png.length} bytes`);
  }
}

if (require.main === module) main();

module.exports = { crc32, encodePng, renderIcon, SIZES };
