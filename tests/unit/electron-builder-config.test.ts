import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

// electron-builder's own loader and schema validator: the same checks `electron-builder`
// runs before packaging, but offline and without downloading Electron.
const require = createRequire(import.meta.url);
const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
  getConfig(projectDir: string, configPath: string, fromOptions: null): Promise<Record<string, unknown>>;
  validateConfiguration(config: Record<string, unknown>, debugLogger: { isEnabled: boolean; add(): void }): Promise<void>;
};

// The method electron-builder calls to turn `electronFuses` into @electron/fuses' options.
const { PlatformPackager } = require('app-builder-lib') as {
  PlatformPackager: { prototype: { generateFuseConfig(fuses: Record<string, unknown>): Promise<Record<string, unknown>> } };
};

const projectDir = path.resolve(import.meta.dirname, '../..');
const debugLogger = { isEnabled: false, add() {} };
const load = () => getConfig(projectDir, path.join(projectDir, 'electron-builder.yml'), null);
const fromProject = (file: string) => path.join(projectDir, file);

interface Png {
  width: number;
  height: number;
  /** RGBA at (x, y). */
  pixel(x: number, y: number): [number, number, number, number];
}

/** Decodes the 8-bit RGBA, non-interlaced PNGs scripts/make-icons.mjs writes (Chromium's screenshots). */
function decodePng(bytes: Buffer): Png {
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  const width = bytes.readUInt32BE(16);
  const height = bytes.readUInt32BE(20);
  expect([bytes[24], bytes[25], bytes[28]]).toEqual([8, 6, 0]); // depth 8, RGBA, not interlaced
  const idat: Buffer[] = [];
  for (let offset = 8; offset < bytes.length; ) {
    const length = bytes.readUInt32BE(offset);
    if (bytes.toString('latin1', offset + 4, offset + 8) === 'IDAT') idat.push(bytes.subarray(offset + 8, offset + 8 + length));
    offset += length + 12;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * 4;
  const pixels = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y += 1) {
    const filter = raw[y * (stride + 1)]!;
    for (let x = 0; x < stride; x += 1) {
      const value = raw[y * (stride + 1) + 1 + x]!;
      const left = x >= 4 ? pixels[y * stride + x - 4]! : 0;
      const up = y > 0 ? pixels[(y - 1) * stride + x]! : 0;
      const upLeft = x >= 4 && y > 0 ? pixels[(y - 1) * stride + x - 4]! : 0;
      const paeth = () => {
        const p = left + up - upLeft;
        const [a, b, c] = [Math.abs(p - left), Math.abs(p - up), Math.abs(p - upLeft)];
        return a <= b && a <= c ? left : b <= c ? up : upLeft;
      };
      const predictor = [0, left, up, (left + up) >> 1, paeth()][filter]!;
      pixels[y * stride + x] = (value + predictor) & 0xff;
    }
  }
  return {
    width,
    height,
    pixel: (x, y) => [...pixels.subarray(y * stride + x * 4, y * stride + x * 4 + 4)] as [number, number, number, number],
  };
}

const pngSize = (bytes: Buffer) => [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];

/** Every package electron-builder would copy into app.asar's node_modules: the production closure in package-lock.json. */
function productionPackages(): string[] {
  const lock = JSON.parse(readFileSync(fromProject('package-lock.json'), 'utf8')) as {
    packages: Record<string, { dev?: boolean; devOptional?: boolean }>;
  };
  return Object.entries(lock.packages)
    .filter(([location, entry]) => location.startsWith('node_modules/') && !entry.dev && !entry.devOptional)
    .map(([location]) => location.slice(location.lastIndexOf('node_modules/') + 'node_modules/'.length));
}

describe('electron-builder.yml', () => {
  it('passes electron-builder’s configuration validator', async () => {
    await expect(validateConfiguration(await load(), debugLogger)).resolves.toBeUndefined();
  });

  it('would be rejected with an unknown key (the validator is strict)', async () => {
    const config = { ...(await load()), fusez: { runAsNode: false } };

    await expect(validateConfiguration(config, debugLogger)).rejects.toThrow(/unknown property 'fusez'/);
  });

  it('hardens the Electron fuses', async () => {
    expect((await load()).electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      grantFileProtocolExtraPrivileges: false,
      resetAdHocDarwinSignature: true,
    });
  });

  it('re-signs the macOS app ad hoc after flipping the fuses, so an unsigned arm64 build still launches', async () => {
    // electron-builder passes the option on to @electron/fuses, which runs `codesign --sign -`.
    const fuses = await PlatformPackager.prototype.generateFuseConfig.call({}, (await load()).electronFuses as Record<string, unknown>);

    expect(fuses.resetAdHocDarwinSignature).toBe(true);
  });

  it('builds the AppImage with the static runtime, not the legacy FUSE 2 toolset', async () => {
    const { toolsets } = (await load()) as { toolsets?: { appimage?: string | null } };

    // electron-builder takes null, missing or "0.0.0" as the legacy runtime that needs libfuse.so.2.
    expect(toolsets?.appimage).toMatch(/^[1-9]\d*\.\d+\.\d+$/);
  });

  it('ships no renderer-only package (react-dom, framer-motion) and nothing main has bundled', async () => {
    const config = await load();
    const filters = (config.files as { filter: string[] }[]).flatMap((set) => set.filter);
    const pkg = JSON.parse(readFileSync(fromProject('package.json'), 'utf8')) as { dependencies?: Record<string, string> };
    const shipped = productionPackages();

    // app.asar gets `files` plus the production dependencies, and `files` names no node_modules.
    expect(filters.filter((pattern) => !pattern.startsWith('!') && /node_modules|^\*\*/.test(pattern))).toEqual([]);
    expect(Object.keys(pkg.dependencies ?? {})).not.toEqual(expect.arrayContaining(['react-dom']));
    for (const name of ['react-dom', 'framer-motion', 'react', '@react-pdf/renderer', 'zod', 'yaml']) expect(shipped).not.toContain(name);
  });

  it('names the app, packs it in asar, ships the content pack and targets every desktop', async () => {
    const config = await load();
    const targets = (platform: string) => (config[platform] as { target: string[] }).target;

    expect(config).toMatchObject({ appId: expect.any(String), productName: 'Facet', asar: true });
    expect(config.extraResources).toEqual(expect.arrayContaining([{ from: 'assets/content', to: 'content' }, { from: 'assets/build/icon.png', to: 'icon.png' }]));
    // The PDF's TTFs and their licence; the window's WOFF2 files are bundled into the renderer, not shipped twice.
    expect(config.extraResources).toEqual(expect.arrayContaining([{ from: 'assets/fonts', to: 'fonts', filter: ['*.ttf', 'OFL.txt'] }]));
    expect(targets('linux')).toEqual(['AppImage', 'deb']);
    expect(targets('win')).toEqual(['nsis']);
    expect(targets('mac')).toEqual(['dmg']);
  });

  it('packs the built output that package.json names as its entry point', async () => {
    const pkg = JSON.parse(readFileSync(path.join(projectDir, 'package.json'), 'utf8')) as { main: string };
    // The loader normalises `files` into file sets with a filter list.
    const filters = ((await load()).files as { filter: string[] }[]).flatMap((set) => set.filter);

    expect(pkg.main).toBe('out/main/index.js');
    expect(filters).toContain('out/**/*');
    expect(filters).toContain('package.json');
  });
});

describe('the app icons', () => {
  it('are what electron-builder.yml points at, for every platform', async () => {
    const config = (await load()) as Record<string, { icon?: string }>;

    expect(config.mac!.icon).toBe('assets/build/icon.icns');
    expect(config.win!.icon).toBe('assets/build/icon.ico');
    expect(config.linux!.icon).toBe('assets/build/icons');
  });

  it('start from a 1024 × 1024 icon.png in Facet’s colours with transparent corners, not Electron’s icon', () => {
    const png = decodePng(readFileSync(fromProject('assets/build/icon.png')));
    const [red, green, blue, alpha] = png.pixel(200, 512); // the tile, left of the gem

    expect([png.width, png.height]).toEqual([1024, 1024]);
    expect(png.pixel(4, 4)[3]).toBe(0);
    // The accent teal of tokens.css (#2b6b66 to #1f524e), opaque.
    expect(alpha).toBe(255);
    expect(green).toBeGreaterThan(red + 30);
    expect(blue).toBeGreaterThan(red + 20);
    // The gem in the middle is pale.
    expect(Math.min(...png.pixel(480, 330).slice(0, 3))).toBeGreaterThan(200);
  });

  it('give Linux a set of sized PNGs, none of them Electron’s default', () => {
    const dir = fromProject('assets/build/icons');
    const files = readdirSync(dir).sort((a, b) => parseInt(a) - parseInt(b));
    const electronDefaults = path.join(path.dirname(require.resolve('app-builder-lib/package.json')), 'templates/icons/electron-linux');

    expect(files).toEqual(['16x16.png', '24x24.png', '32x32.png', '48x48.png', '64x64.png', '128x128.png', '256x256.png', '512x512.png', '1024x1024.png']);
    for (const file of files) {
      const bytes = readFileSync(path.join(dir, file));
      const size = parseInt(file);
      expect(pngSize(bytes), file).toEqual([size, size]);
      if (readdirSync(electronDefaults).includes(file)) expect(bytes.equals(readFileSync(path.join(electronDefaults, file))), file).toBe(false);
    }
  });

  it('give Windows an .ico from 16 to 256 px (electron-builder refuses one under 256)', () => {
    const ico = readFileSync(fromProject('assets/build/icon.ico'));
    const count = ico.readUInt16LE(4);
    const sizes = Array.from({ length: count }, (_, index) => {
      const entry = 6 + index * 16;
      const image = ico.subarray(ico.readUInt32LE(entry + 12), ico.readUInt32LE(entry + 12) + ico.readUInt32LE(entry + 8));
      const declared = ico[entry] || 256;
      expect(pngSize(image)).toEqual([declared, declared]);
      return declared;
    });

    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
    expect(sizes).toEqual([16, 24, 32, 48, 64, 128, 256]);
  });

  it('give macOS an .icns up to 1024 px whose largest image is icon.png', () => {
    const icns = readFileSync(fromProject('assets/build/icon.icns'));
    const entries = new Map<string, Buffer>();
    for (let offset = 8; offset < icns.length; offset += icns.readUInt32BE(offset + 4)) {
      entries.set(icns.toString('latin1', offset, offset + 4), icns.subarray(offset + 8, offset + icns.readUInt32BE(offset + 4)));
    }

    expect(icns.toString('latin1', 0, 4)).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    expect([...entries.keys()].sort()).toEqual(['ic07', 'ic08', 'ic09', 'ic10', 'ic11', 'ic12', 'ic13', 'ic14']);
    expect(entries.get('ic10')!.equals(readFileSync(fromProject('assets/build/icon.png')))).toBe(true);
    expect(pngSize(entries.get('ic07')!)).toEqual([128, 128]);
  });
});
