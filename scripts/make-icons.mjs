// Regenerates the app icons in assets/build from assets/build/icon.svg:
//   icon.png          1024 × 1024, the source electron-builder and the window icon use
//   icons/NxN.png     the Linux icon set (hicolor sizes), read by electron-builder as is
//   icon.icns         macOS (PNG entries, 32 to 1024 px)
//   icon.ico          Windows (PNG entries, 16 to 256 px)
// Every size is rendered from the SVG at that size rather than scaled down from 1024, so the
// small ones stay sharp. macOS gets the SVG as drawn (Apple's grid: a margin with the tile's
// shadow); Windows and Linux's 16 to 32 px get it cropped to the tile, without the shadow,
// since there a margin only makes the icon smaller than its neighbours. The .icns and .ico are written here so packaging needs neither
// electron-builder's icon converter (downloaded at build time) nor a network.
//
// The outputs are committed: CI and packaging never run this. It needs Chromium
// (`apt-get install chromium`, or CHROMIUM_PATH) and runs it through Playwright:
//   node scripts/make-icons.mjs
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';

const buildDir = path.resolve(import.meta.dirname, '../assets/build');
const svg = readFileSync(path.join(buildDir, 'icon.svg'), 'utf8');

const LINUX_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
const LINUX_COMPACT_BELOW = 48;
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];
// Apple's PNG-capable icns types; macOS picks the nearest for 16 and 32 pt at 1x.
const ICNS_TYPES = [
  ['ic11', 32],
  ['ic12', 64],
  ['ic07', 128],
  ['ic13', 256],
  ['ic08', 256],
  ['ic14', 512],
  ['ic09', 512],
  ['ic10', 1024],
];

/** The SVG drawn at size × size; compact crops the margin and drops the tile's shadow. */
function sizedSvg(size, compact) {
  let drawing = svg.replace(/<svg([^>]*)width="1024" height="1024"/, `<svg$1width="${size}" height="${size}"`);
  if (compact) {
    drawing = drawing.replace('viewBox="0 0 1024 1024"', 'viewBox="76 76 872 872"').replace(/(<g id="tile-shadow") filter="[^"]*"/, '$1');
  }
  return drawing;
}

/** PNG bytes of each [size, compact] variant on a transparent background, keyed "size" or "size-compact". */
async function renderAll(variants) {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const page = await browser.newPage({ deviceScaleFactor: 1 });
    const rendered = new Map();
    for (const [size, compact] of variants) {
      await page.setViewportSize({ width: size, height: size });
      await page.setContent(`<!doctype html><style>html,body{margin:0;background:transparent}svg{display:block}</style>${sizedSvg(size, compact)}`);
      rendered.set(key(size, compact), await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } }));
    }
    return rendered;
  } finally {
    await browser.close();
  }
}

/** An .ico whose entries are PNGs (Windows Vista and later read them at every size). */
function ico(pngs) {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(pngs.length, 4);
  let offset = 6 + 16 * pngs.length;
  const entries = pngs.map(([size, png]) => {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0); // 0 means 256
    entry.writeUInt8(size >= 256 ? 0 : size, 1);
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(png.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += png.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...pngs.map(([, png]) => png)]);
}

/** An .icns of PNG entries: 'icns', total length, then (type, length, data) per entry. */
function icns(entries) {
  const blocks = entries.map(([type, png]) => {
    const head = Buffer.alloc(8);
    head.write(type, 0, 'latin1');
    head.writeUInt32BE(png.length + 8, 4);
    return Buffer.concat([head, png]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'latin1');
  head.writeUInt32BE(8 + blocks.reduce((sum, block) => sum + block.length, 0), 4);
  return Buffer.concat([head, ...blocks]);
}

const key = (size, compact) => (compact ? `${size}-compact` : `${size}`);
const linux = LINUX_SIZES.map((size) => [size, size < LINUX_COMPACT_BELOW]);
const variants = [[1024, false], ...linux, ...ICO_SIZES.map((size) => [size, true]), ...ICNS_TYPES.map(([, size]) => [size, false])];
const png = await renderAll([...new Map(variants.map((variant) => [key(...variant), variant])).values()]);

writeFileSync(path.join(buildDir, 'icon.png'), png.get(key(1024, false)));
mkdirSync(path.join(buildDir, 'icons'), { recursive: true });
for (const [size, compact] of linux) writeFileSync(path.join(buildDir, 'icons', `${size}x${size}.png`), png.get(key(size, compact)));
writeFileSync(path.join(buildDir, 'icon.ico'), ico(ICO_SIZES.map((size) => [size, png.get(key(size, true))])));
writeFileSync(path.join(buildDir, 'icon.icns'), icns(ICNS_TYPES.map(([type, size]) => [type, png.get(key(size, false))])));
console.log(`wrote icon.png, icons/{${LINUX_SIZES.join(',')}}, icon.ico and icon.icns in ${path.relative(process.cwd(), buildDir) || '.'}`);
