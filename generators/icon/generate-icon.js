// One-off generator for media/icon.png (128×128, the Marketplace icon). Pure Node: draws with signed
// distance functions, 4×4 supersampling, and writes a PNG with zlib. Run: node generators/icon/generate-icon.js
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const SIZE = 128;
const SS = 4;

const BG = [35, 47, 62]; // AWS squid ink
const ORANGE = [255, 153, 0];
const TEAL = [0, 168, 150];
const WHITE = [255, 255, 255];

const roundedRect = (x, y, cx, cy, hw, hh, r) => {
  const qx = Math.abs(x - cx) - hw + r;
  const qy = Math.abs(y - cy) - hh + r;
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
};
const circle = (x, y, cx, cy, r) => Math.hypot(x - cx, y - cy) - r;
// A person: head + rounded shoulders clipped at the bottom.
const person = (x, y, cx, cy, s) =>
  Math.min(circle(x, y, cx, cy - 14 * s, 11 * s), Math.max(roundedRect(x, y, cx, cy + 16 * s, 20 * s, 14 * s, 12 * s), y - (cy + 22 * s)));

// Layers, painted in order: [sdf, color].
const layers = [
  [(x, y) => roundedRect(x, y, 64, 64, 62, 62, 22), BG],
  [(x, y) => person(x, y, 46, 62, 1.15), ORANGE],
  [(x, y) => Math.max(person(x, y, 86, 68, 0.95), -person(x, y, 46, 62, 1.35)), TEAL],
  // The merged record: one bar under both profiles.
  [(x, y) => roundedRect(x, y, 64, 106, 34, 4.5, 4.5), WHITE],
];

const pixels = Buffer.alloc(SIZE * SIZE * 4);
for (let py = 0; py < SIZE; py++) {
  for (let px = 0; px < SIZE; px++) {
    let r = 0, g = 0, b = 0, a = 0;
    for (let sy = 0; sy < SS; sy++) {
      for (let sx = 0; sx < SS; sx++) {
        const x = px + (sx + 0.5) / SS;
        const y = py + (sy + 0.5) / SS;
        let color = null;
        for (const [sdf, c] of layers) if (sdf(x, y) <= 0) color = c;
        if (color) { r += color[0]; g += color[1]; b += color[2]; a += 255; }
      }
    }
    const n = SS * SS;
    const covered = a / 255;
    const i = (py * SIZE + px) * 4;
    pixels[i] = covered ? Math.round(r / covered) : 0;
    pixels[i + 1] = covered ? Math.round(g / covered) : 0;
    pixels[i + 2] = covered ? Math.round(b / covered) : 0;
    pixels[i + 3] = Math.round(a / n);
  }
}

function crc32(buf) {
  let c = ~0;
  for (const byte of buf) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
const ihdr = Buffer.alloc(13);
ihdr.writeUInt32BE(SIZE, 0);
ihdr.writeUInt32BE(SIZE, 4);
ihdr[8] = 8; // bit depth
ihdr[9] = 6; // RGBA
const raw = Buffer.alloc(SIZE * (SIZE * 4 + 1));
for (let y = 0; y < SIZE; y++) pixels.copy(raw, y * (SIZE * 4 + 1) + 1, y * SIZE * 4, (y + 1) * SIZE * 4);
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', ihdr),
  chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
fs.writeFileSync(path.join(__dirname, '..', '..', 'media', 'icon.png'), png);
console.log(`media/icon.png: ${png.length} bytes`);
