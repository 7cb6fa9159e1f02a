import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import { describe, expect, it, vi } from 'vitest';
import { refuseDebuggingWhenPackaged, refusedDebugSwitch, smokeExportFolder, SMOKE_BUILD } from '../../main/startup-guards';

describe('which switches would let another program debug Facet', () => {
  it.each([
    ['--remote-debugging-port=9222'],
    ['--remote-debugging-port', '9222'],
    ['--remote-debugging-pipe'],
    ['--remote-debugging-address=0.0.0.0'],
    ['--remote-debugging-io-pipes=3,4'],
    ['--remote-allow-origins=*'],
    ['--inspect'],
    ['--inspect=9229'],
    ['--inspect-brk=0'],
    ['--inspect-brk-node'],
    ['--inspect-port=9229'],
    ['--inspect-wait'],
    ['--debug=5858'],
    ['--debug-brk'],
    ['--js-flags=--allow-natives-syntax'],
    ['--auto-open-devtools-for-tabs'],
    ['--renderer-cmd-prefix=gdb --args'],
  ])('refuses %s', (...args) => {
    expect(refusedDebugSwitch(args, 'linux')).toBe(`--${args[0]!.slice(2).split('=')[0]}`);
  });

  it('reads switches as Chromium does: one dash, any case, and a slash on Windows', () => {
    expect(refusedDebugSwitch(['-remote-debugging-port=9222'], 'linux')).toBe('--remote-debugging-port');
    expect(refusedDebugSwitch(['--Remote-Debugging-Port=9222'], 'darwin')).toBe('--remote-debugging-port');
    expect(refusedDebugSwitch(['/remote-debugging-port=9222'], 'win32')).toBe('--remote-debugging-port');
  });

  it('checks every argument, even after "--", and names the first refused one', () => {
    expect(refusedDebugSwitch(['--lang=fr', '--', '--inspect', '--remote-debugging-pipe'], 'linux')).toBe('--inspect');
  });

  it('lets ordinary arguments through', () => {
    expect(refusedDebugSwitch([], 'linux')).toBeNull();
    expect(refusedDebugSwitch(['--lang=fr', '--no-sandbox', '-psn_0_12345', '--enable-logging', 'remote-debugging-port'], 'darwin')).toBeNull();
    // A Unix path is not a switch there.
    expect(refusedDebugSwitch(['/inspect/notes.txt'], 'linux')).toBeNull();
  });
});

describe('refusing them when installed', () => {
  const app = (isPackaged: boolean) => ({ isPackaged, exit: vi.fn() });
  const argv = ['/opt/Facet/facet', '--remote-debugging-port=9222'];

  it('exits 1 with one line naming the switch in an installed app', () => {
    const installed = app(true);
    const lines: string[] = [];

    expect(refuseDebuggingWhenPackaged(installed, argv, (line) => lines.push(line), false)).toBe(true);

    expect(installed.exit).toHaveBeenCalledWith(1);
    expect(lines).toEqual(['Facet will not start with --remote-debugging-port: an installed Facet cannot be debugged by another program.\n']);
  });

  it('ignores the executable’s own path', () => {
    const installed = app(true);

    expect(refuseDebuggingWhenPackaged(installed, ['/tmp/--inspect/facet'], () => {}, false)).toBe(false);
    expect(installed.exit).not.toHaveBeenCalled();
  });

  it('allows them in development runs and in the smoke-test build only', () => {
    const development = app(false);
    const smoke = app(true);

    expect(refuseDebuggingWhenPackaged(development, argv, () => {}, false)).toBe(false);
    expect(refuseDebuggingWhenPackaged(smoke, argv, () => {}, true)).toBe(false);
    expect(development.exit).not.toHaveBeenCalled();
    expect(smoke.exit).not.toHaveBeenCalled();
  });
});

describe('the smoke-test build', () => {
  it('is not this build: tests and ordinary builds refuse debugging and ignore FACET_SMOKE_EXPORT_FOLDER', () => {
    expect(SMOKE_BUILD).toBe(false);
    expect(smokeExportFolder({ FACET_SMOKE_EXPORT_FOLDER: '/tmp/exports' })).toBeNull();
  });

  it('exports into FACET_SMOKE_EXPORT_FOLDER without a dialog, and only with it set', () => {
    expect(smokeExportFolder({ FACET_SMOKE_EXPORT_FOLDER: '/tmp/exports' }, true)).toBe('/tmp/exports');
    expect(smokeExportFolder({}, true)).toBeNull();
  });

  /** Bundles main/startup-guards.ts as electron-vite bundles main (Vite, SSR) in the given mode. */
  async function bundledGuards(mode: string): Promise<string> {
    const outDir = mkdtempSync(path.join(tmpdir(), `facet-guards-${mode}-`));
    await build({
      configFile: false,
      logLevel: 'silent',
      mode,
      root: path.resolve(import.meta.dirname, '../..'),
      build: { ssr: 'main/startup-guards.ts', outDir, minify: false, rollupOptions: { output: { entryFileNames: 'guards.js' } } },
    });
    try {
      return readFileSync(path.join(outDir, 'guards.js'), 'utf8');
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  }

  it('is decided when building: a production bundle holds the literal false, a smoke bundle true', async () => {
    const production = await bundledGuards('production');
    const smoke = await bundledGuards('smoke');

    expect(production).toMatch(/SMOKE_BUILD = false/);
    expect(production).not.toContain('import.meta.env');
    expect(smoke).toMatch(/SMOKE_BUILD = true/);
  }, 30_000);
});
