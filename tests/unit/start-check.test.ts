import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { locateElectron } from '../../scripts/lib/electron-binary.mjs';
import { checkStart, sandboxDisabledBy, type StartFacts } from '../../scripts/lib/start-check.mjs';

const ROOT = path.resolve(import.meta.dirname, '../..');
const BINARY = '/home/ana/facet/node_modules/electron/dist/electron';
const HELPER = '/home/ana/facet/node_modules/electron/dist/chrome-sandbox';

/** A Linux developer machine where everything is fine; each test changes one fact. */
function facts(changes: Partial<StartFacts> = {}): StartFacts {
  return {
    platform: 'linux',
    arch: 'x64',
    version: '45.4.1',
    uid: 1000,
    electron: { binary: BINARY, distDir: path.dirname(BINARY) },
    chromeSandbox: { path: HELPER, uid: 1000, mode: 0o100755 },
    userns: null,
    apparmorProfile: null,
    sandboxDisabled: false,
    command: 'npm start',
    noSandboxHint: 'npm start -- --noSandbox',
    ...changes,
  };
}

const fail = (verdict: ReturnType<typeof checkStart>) => {
  if (verdict.ok) throw new Error('expected the start check to refuse');
  return verdict;
};

describe('npm start’s check before launching Electron', () => {
  it('lets a normal user on a system with user namespaces through, without a warning', () => {
    expect(checkStart(facts())).toEqual({ ok: true });
  });

  it('refuses when no binary was installed, with both ways to get one', () => {
    const verdict = fail(checkStart(facts({ electron: { missing: `no Electron binary at ${BINARY} (installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1)` } })));

    expect(verdict.kind).toBe('no-binary');
    expect(verdict.message).toContain(`no Electron binary at ${BINARY}`);
    expect(verdict.message).toContain('node node_modules/electron/install.js');
    expect(verdict.message).toContain('electron-v45.4.1-linux-x64.zip');
    expect(verdict.message).toContain('ELECTRON_OVERRIDE_DIST_PATH=/path/to/that/folder npm start');
  });

  it('refuses a missing binary on every platform, not only Linux', () => {
    const verdict = fail(checkStart(facts({ platform: 'win32', arch: 'arm64', electron: { missing: 'no Electron binary at C:\\x' } })));

    expect(verdict.message).toContain('electron-v45.4.1-win32-arm64.zip');
  });

  it('refuses root, says to run as a normal user, and never offers --no-sandbox as the fix', () => {
    const verdict = fail(checkStart(facts({ uid: 0 })));

    expect(verdict.kind).toBe('root');
    expect(verdict.message).toContain('run it as your normal user, not as root and not with sudo');
    expect(verdict.message).toContain('su facet -c "npm start"');
    // Offered only as a last resort for throwaway containers, under its own heading.
    expect(verdict.message).toMatch(/Only in a throwaway container, accepting the risk: npm start -- --noSandbox$/m);
  });

  it('refuses on Ubuntu 23.10+ (AppArmor restricts user namespaces) when chrome-sandbox is not root-owned setuid', () => {
    const verdict = fail(checkStart(facts({ userns: 'apparmor' })));

    expect(verdict.kind).toBe('sandbox-helper');
    expect(verdict.message).toContain('kernel.apparmor_restrict_unprivileged_userns = 1');
    expect(verdict.message).toContain(`${HELPER} is owned by uid 1000 with mode 0755; it must be owned by root with mode 4755.`);
    expect(verdict.message).toContain(`sudo chown root:root ${HELPER} && sudo chmod 4755 ${HELPER}`);
    expect(verdict.message).toContain(`profile facet-dev-electron "${BINARY}" flags=(unconfined) {`);
    expect(verdict.message).toContain('sudo apparmor_parser -r /etc/apparmor.d/facet-dev-electron');
  });

  it('refuses on Ubuntu 23.10+ when the helper is root-owned but lost its setuid bit', () => {
    expect(fail(checkStart(facts({ userns: 'apparmor', chromeSandbox: { path: HELPER, uid: 0, mode: 0o100755 } }))).kind).toBe('sandbox-helper');
  });

  it('lets Ubuntu 23.10+ through once chrome-sandbox is root:root 4755', () => {
    expect(checkStart(facts({ userns: 'apparmor', chromeSandbox: { path: HELPER, uid: 0, mode: 0o104755 } }))).toEqual({ ok: true });
  });

  it('lets Ubuntu 23.10+ through when an AppArmor profile names the binary, helper or not', () => {
    expect(checkStart(facts({ userns: 'apparmor', apparmorProfile: '/etc/apparmor.d/facet-dev-electron' }))).toEqual({ ok: true });
  });

  it('quotes paths with spaces in the commands it prints', () => {
    const helper = '/home/ana/My Projects/facet/node_modules/electron/dist/chrome-sandbox';
    const verdict = fail(checkStart(facts({ userns: 'apparmor', chromeSandbox: { path: helper, uid: 1000, mode: 0o100755 } })));

    expect(verdict.message).toContain(`sudo chown root:root '${helper}' && sudo chmod 4755 '${helper}'`);
  });

  it('explains a missing chrome-sandbox instead of offering to chmod it', () => {
    const verdict = fail(checkStart(facts({ userns: 'apparmor', chromeSandbox: { path: HELPER, absent: true } })));

    expect(verdict.message).toContain(`${HELPER} is missing (reinstall Electron to restore it).`);
    expect(verdict.message).not.toContain('chmod');
    expect(verdict.message).toContain('1. Or let this Electron binary use user namespaces');
  });

  it('refuses where user namespaces are switched off by sysctl, with that sysctl as the alternative fix', () => {
    const verdict = fail(checkStart(facts({ userns: 'clone-disabled' })));

    expect(verdict.message).toContain('kernel.unprivileged_userns_clone = 0');
    expect(verdict.message).toContain('sudo sysctl -w kernel.unprivileged_userns_clone=1');
    expect(verdict.message).not.toContain('apparmor_parser');
  });

  it('does not check the sandbox where Chromium’s Linux sandbox does not apply', () => {
    expect(checkStart(facts({ platform: 'darwin', uid: 0, userns: 'apparmor' }))).toEqual({ ok: true });
  });

  it('lets root through only when the developer turned the sandbox off themselves, and says so', () => {
    const verdict = checkStart(facts({ uid: 0, userns: 'apparmor', sandboxDisabled: true }));

    expect(verdict).toEqual({ ok: true, warning: expect.stringContaining('without Chromium’s sandbox, as asked') });
  });
});

describe('which arguments turn the sandbox off', () => {
  it('counts electron-vite’s --noSandbox and NO_SANDBOX=1', () => {
    expect(sandboxDisabledBy(['--noSandbox'], {})).toBe(true);
    expect(sandboxDisabledBy([], { NO_SANDBOX: '1' })).toBe(true);
  });

  it('counts --no-sandbox only after --, where electron-vite passes it on to Electron', () => {
    expect(sandboxDisabledBy(['--no-sandbox'], {})).toBe(false);
    expect(sandboxDisabledBy(['--', '--no-sandbox'], {})).toBe(true);
  });

  it('counts nothing else', () => {
    expect(sandboxDisabledBy(['--skipBuild', '--', '--lang=en'], { NO_SANDBOX: '0' })).toBe(false);
  });
});

describe('finding the Electron binary', () => {
  const files = (entries: Record<string, string>) => ({
    exists: (file: string) => file in entries,
    readText: (file: string) => entries[file]!,
  });

  it('reads the executable’s name from path.txt inside node_modules/electron/dist', () => {
    const found = locateElectron({
      packageDir: '/p/node_modules/electron',
      env: {},
      platform: 'darwin',
      ...files({ '/p/node_modules/electron/path.txt': 'Electron.app/Contents/MacOS/Electron', '/p/node_modules/electron/dist/Electron.app/Contents/MacOS/Electron': '' }),
    });

    expect(found).toEqual({ binary: '/p/node_modules/electron/dist/Electron.app/Contents/MacOS/Electron', distDir: '/p/node_modules/electron/dist' });
  });

  it('prefers ELECTRON_OVERRIDE_DIST_PATH, naming the executable for the platform when path.txt is missing', () => {
    const found = locateElectron({ packageDir: '/p/node_modules/electron', env: { ELECTRON_OVERRIDE_DIST_PATH: '/opt/electron-45' }, platform: 'linux', ...files({ '/opt/electron-45/electron': '' }) });

    expect(found).toEqual({ binary: '/opt/electron-45/electron', distDir: '/opt/electron-45' });
  });

  it('says why there is none: a skipped download, or an override folder without it', () => {
    expect(locateElectron({ packageDir: '/p/node_modules/electron', env: {}, platform: 'linux', ...files({}) })).toEqual({
      missing: expect.stringMatching(/^no Electron binary at \/p\/node_modules\/electron\/dist\/electron \(installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1/),
    });
    expect(locateElectron({ packageDir: '/p/node_modules/electron', env: { ELECTRON_OVERRIDE_DIST_PATH: '/empty' }, platform: 'win32', ...files({}) })).toEqual({
      missing: 'no Electron binary at /empty/electron.exe (ELECTRON_OVERRIDE_DIST_PATH=/empty has no electron.exe in it)',
    });
  });
});

/** Runs the real `npm start` script; resolves with its exit code and output. */
function runStart(args: string[], env: Record<string, string>, whileRunning?: (pid: number) => void) {
  const child = spawn(process.execPath, [path.join(ROOT, 'scripts', 'start.mjs'), ...args], { cwd: ROOT, env: { ...process.env, ...env } });
  let output = '';
  let running = false;
  const collect = (chunk: Buffer) => {
    output += chunk;
    if (!running && output.includes('fake electron:')) {
      running = true;
      whileRunning?.(child.pid!);
    }
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  return new Promise<{ code: number | null; output: string }>((resolve) => child.on('close', (code) => resolve({ code, output }))).finally(() => {
    if (env.ELECTRON_OVERRIDE_DIST_PATH) rmSync(env.ELECTRON_OVERRIDE_DIST_PATH, { recursive: true, force: true });
  });
}

/** An Electron folder whose "electron" is a shell script: exits 7, or with --wait waits for SIGTERM and exits 42. */
function fakeElectronFolder(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'facet-fake-electron-'));
  const script = path.join(dir, 'electron');
  writeFileSync(
    script,
    '#!/bin/sh\ntrap \'exit 42\' TERM\necho "fake electron: $*"\ncase " $* " in *" --wait "*) while true; do sleep 0.05; done;; esac\nexit 7\n',
  );
  chmodSync(script, 0o755);
  return dir;
}

describe('the real npm start script', () => {
  it('prints why and how to fix it, and exits 1 without building, when there is no Electron binary', async () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'facet-no-electron-'));

    const { code, output } = await runStart([], { ELECTRON_OVERRIDE_DIST_PATH: empty });

    expect(code).toBe(1);
    expect(output).toContain(`Facet cannot start: no Electron binary at ${path.join(empty, 'electron')}`);
    expect(output).toContain('node node_modules/electron/install.js');
    expect(output).not.toMatch(/building|vite/i);
  });

  it.runIf(process.platform !== 'win32')('passes Electron’s exit code straight through electron-vite', async () => {
    // --skipBuild and --entry keep it from building out/ (other tests use it); --noSandbox so it also passes as root.
    const { code, output } = await runStart(['--skipBuild', '--noSandbox', '--entry', 'app-entry'], { ELECTRON_OVERRIDE_DIST_PATH: fakeElectronFolder() });

    expect(output).toContain('fake electron: app-entry');
    expect(code).toBe(7);
  }, 20_000);

  it.runIf(process.platform !== 'win32')('forwards SIGTERM to Electron and exits with Electron’s code', async () => {
    const { code } = await runStart(['--skipBuild', '--noSandbox', '--entry', 'app-entry', '--', '--wait'], { ELECTRON_OVERRIDE_DIST_PATH: fakeElectronFolder() }, (pid) =>
      process.kill(pid, 'SIGTERM'),
    );

    expect(code).toBe(42);
  }, 20_000);
});
