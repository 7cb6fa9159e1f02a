import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import {
  devToolsEndpoint,
  displayProblem,
  findUnpackedExecutable,
  parseSmokeArgs,
  quitVerdict,
  smokeBuilderConfig,
  smokeDecision,
} from '../../scripts/lib/smoke-packaged.mjs';

const ROOT = path.resolve(import.meta.dirname, '../..');

describe('smoke:packaged arguments', () => {
  it('runs with every option off by default', () => {
    expect(parseSmokeArgs([])).toEqual({ strict: false, noSandbox: false, keep: false, help: false });
  });

  it('reads --strict, --no-sandbox, --keep and --help', () => {
    expect(parseSmokeArgs(['--strict', '--no-sandbox', '--keep', '--help'])).toEqual({ strict: true, noSandbox: true, keep: true, help: true });
  });

  it('refuses an unknown argument with the usage, rather than ignoring a typo such as --stric', () => {
    const parsed = parseSmokeArgs(['--stric']);

    expect(parsed).toEqual({ error: expect.stringMatching(/^Unknown argument: --stric\n\nUsage: npm run smoke:packaged/) });
  });
});

describe('whether the smoke test runs', () => {
  const missing = { missing: 'no Electron binary at /p/node_modules/electron/dist/electron (installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1)' };

  it('runs wherever a binary exists, strict or not', () => {
    expect(smokeDecision({ binary: '/e/electron', distDir: '/e' }, { strict: false })).toEqual({ action: 'run' });
    expect(smokeDecision({ binary: '/e/electron', distDir: '/e' }, { strict: true })).toEqual({ action: 'run' });
  });

  it('is skipped without a binary, saying exactly why', () => {
    expect(smokeDecision(missing, { strict: false })).toEqual({
      action: 'skip',
      message: `Packaged-app smoke test skipped: ${missing.missing}. It runs wherever an Electron binary exists; --strict makes this a failure.`,
    });
  });

  it('fails without a binary when strict', () => {
    expect(smokeDecision(missing, { strict: true })).toEqual({ action: 'fail', message: `Packaged-app smoke test FAILED (--strict): ${missing.missing}.` });
  });

  it('fails on a Linux machine with no display, suggesting xvfb-run', () => {
    expect(displayProblem('linux', {})).toMatch(/xvfb-run -a npm run smoke:packaged$/);
    expect(displayProblem('linux', { DISPLAY: ':0' })).toBeNull();
    expect(displayProblem('linux', { WAYLAND_DISPLAY: 'wayland-0' })).toBeNull();
    expect(displayProblem('darwin', {})).toBeNull();
  });
});

describe('the smoke build’s packaging config', () => {
  const base = parseYaml(readFileSync(path.join(ROOT, 'electron-builder.yml'), 'utf8')) as Record<string, unknown>;
  const where = { bundleDir: '/tmp/smoke/out', outputDir: '/tmp/smoke/dist', electronDist: '/opt/electron' };

  it('takes the app from the smoke bundle and writes to a temporary folder, never out/ or dist/', () => {
    const config = smokeBuilderConfig(base, where);

    expect(config.files[0]).toEqual({ from: '/tmp/smoke/out', to: 'out', filter: ['**/*', '!**/*.map'] });
    expect(config.files.filter((entry) => typeof entry === 'string' && entry.startsWith('out'))).toEqual([]);
    expect(config.files).toContain('package.json');
    expect(config.directories).toMatchObject({ output: '/tmp/smoke/dist' });
    expect(config.electronDist).toBe('/opt/electron');
  });

  it('keeps everything else, so the smoke build is hardened like a release (fuses, resources)', () => {
    const config = smokeBuilderConfig(base, where);

    expect(config.electronFuses).toEqual(base.electronFuses);
    expect(config.extraResources).toEqual(base.extraResources);
    expect(config.directories).toMatchObject({ buildResources: (base.directories as Record<string, unknown>).buildResources });
  });

  it('passes electron-builder’s own validation', async () => {
    const { validateConfiguration } = createRequire(import.meta.url)('app-builder-lib/out/util/config/config') as {
      validateConfiguration(config: Record<string, unknown>, debugLogger: { isEnabled: boolean; add(): void }): Promise<void>;
    };

    await expect(validateConfiguration(smokeBuilderConfig(base, where), { isEnabled: false, add() {} })).resolves.toBeUndefined();
  });
});

describe('finding the unpacked app', () => {
  const tree = (files: string[]) => ({
    list: (dir: string) => [...new Set(files.filter((f) => f.startsWith(`${dir}/`)).map((f) => f.slice(dir.length + 1).split('/')[0]!))],
    exists: (file: string) => files.includes(file),
  });
  const facts = { outputDir: '/o', name: 'facet', productName: 'Facet' };

  it('on Linux: linux-unpacked/facet, or linux-arm64-unpacked/facet', () => {
    expect(findUnpackedExecutable({ ...facts, platform: 'linux', ...tree(['/o/linux-unpacked/facet', '/o/builder-debug.yml']) })).toBe('/o/linux-unpacked/facet');
    expect(findUnpackedExecutable({ ...facts, platform: 'linux', ...tree(['/o/linux-arm64-unpacked/facet']) })).toBe('/o/linux-arm64-unpacked/facet');
  });

  it('on Windows: win-unpacked/Facet.exe', () => {
    expect(findUnpackedExecutable({ ...facts, platform: 'win32', ...tree(['/o/win-unpacked/Facet.exe']) })).toBe('/o/win-unpacked/Facet.exe');
  });

  it('on macOS: mac-arm64/Facet.app/Contents/MacOS/Facet', () => {
    expect(findUnpackedExecutable({ ...facts, platform: 'darwin', ...tree(['/o/mac-arm64/Facet.app/Contents/MacOS/Facet']) })).toBe(
      '/o/mac-arm64/Facet.app/Contents/MacOS/Facet',
    );
  });

  it('finds nothing when the build left no executable', () => {
    expect(findUnpackedExecutable({ ...facts, platform: 'linux', ...tree(['/o/linux-unpacked/resources/app.asar']) })).toBeNull();
  });
});

describe('talking to the launched app', () => {
  it('reads the DevTools address Chromium prints when given port 0', () => {
    const stderr = 'some log\n\nDevTools listening on ws://127.0.0.1:40117/devtools/browser/3f1c-aa\nmore';

    expect(devToolsEndpoint(stderr)).toBe('ws://127.0.0.1:40117/devtools/browser/3f1c-aa');
    expect(devToolsEndpoint('starting…')).toBeNull();
  });

  it('falls back to the DevToolsActivePort file where stderr shows nothing', () => {
    expect(devToolsEndpoint('', '40117\n/devtools/browser/3f1c-aa')).toBe('ws://127.0.0.1:40117/devtools/browser/3f1c-aa');
    expect(devToolsEndpoint('', '40117\n')).toBeNull();
    expect(devToolsEndpoint('', null)).toBeNull();
  });

  it('accepts only a clean, prompt exit', () => {
    expect(quitVerdict({ code: 0, signal: null, elapsedMs: 1200, limitMs: 8000 })).toEqual({ ok: true, message: 'the app quit with code 0 in 1200 ms' });
    expect(quitVerdict({ code: 1, signal: null, elapsedMs: 1200, limitMs: 8000 })).toEqual({ ok: false, message: 'the app exited with code 1' });
    expect(quitVerdict({ code: 0, signal: null, elapsedMs: 9000, limitMs: 8000 }).ok).toBe(false);
    expect(quitVerdict({ code: null, signal: null, elapsedMs: 10_000, limitMs: 8000 })).toEqual({ ok: false, message: 'the app did not quit within 8000 ms' });
  });
});

describe('the real smoke:packaged script without an Electron binary', () => {
  const run = (args: string[]) => {
    const empty = mkdtempSync(path.join(tmpdir(), 'facet-no-electron-'));
    const result = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'smoke-packaged.mjs'), ...args], {
      cwd: ROOT,
      env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: empty },
      encoding: 'utf8',
    });
    rmSync(empty, { recursive: true, force: true });
    return { ...result, binary: path.join(empty, process.platform === 'win32' ? 'electron.exe' : 'electron') };
  };

  it('prints why it is skipped and exits 0, building nothing', () => {
    const { status, stdout, stderr, binary } = run([]);

    expect(status).toBe(0);
    expect(stdout).toBe(
      `Packaged-app smoke test skipped: no Electron binary at ${binary} (ELECTRON_OVERRIDE_DIST_PATH=${path.dirname(binary)} has no ${path.basename(binary)} in it). It runs wherever an Electron binary exists; --strict makes this a failure.\n`,
    );
    expect(stderr).toBe('');
  });

  it('fails with --strict', () => {
    const { status, stderr } = run(['--strict']);

    expect(status).toBe(1);
    expect(stderr).toMatch(/^Packaged-app smoke test FAILED \(--strict\): no Electron binary at /);
  });
});
