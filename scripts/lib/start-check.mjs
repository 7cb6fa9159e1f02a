// Why `npm start` would crash before Facet's window opens, decided before launching, so the
// developer gets the exact fix instead of a Chromium abort. `checkStart` is pure over facts
// gathered by `gatherStartFacts`, so every case is unit-tested on any machine.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { findElectron } from './electron-binary.mjs';

/** Single-quoted for sh, so paths with spaces or quotes paste safely. */
export function shellQuote(text) {
  return /^[\w./@%+=:,-]+$/.test(text) ? text : `'${text.replaceAll("'", "'\\''")}'`;
}

const APPARMOR_PROFILE = 'facet-dev-electron';

const USERNS_BLOCKERS = {
  apparmor: 'kernel.apparmor_restrict_unprivileged_userns = 1, as on Ubuntu 23.10 and later',
  'clone-disabled': 'kernel.unprivileged_userns_clone = 0',
  'no-namespaces': 'user.max_user_namespaces = 0',
};

/** Chromium's own test (sandbox/linux/suid/client/setuid_sandbox_host.cc): root-owned, setuid, executable by others. */
function helperUsable(helper) {
  return helper.uid === 0 && (helper.mode & 0o4000) !== 0 && (helper.mode & 0o001) !== 0;
}

function noBinary(facts) {
  const { version, arch, platform } = facts;
  return [
    `Facet cannot start: ${facts.electron.missing}.`,
    'Fix it in one of these ways:',
    `  - With network access, download Electron ${version} into node_modules/electron/dist:`,
    '      node node_modules/electron/install.js',
    `  - Offline, unpack Electron ${version} for this computer (electron-v${version}-${platform}-${arch}.zip) into a folder and point at it:`,
    '      ELECTRON_OVERRIDE_DIST_PATH=/path/to/that/folder npm start',
  ].join('\n');
}

function asRoot(facts) {
  return [
    'Facet cannot start as root: Chromium refuses to run as root with its sandbox on, and Facet does',
    'not turn the sandbox off for you (it keeps a compromised page away from patient data).',
    'Fix it: run it as your normal user, not as root and not with sudo.',
    `  - In a container, add a user and run as it: useradd -m facet && su facet -c "${facts.command}"`,
    `  - Only in a throwaway container, accepting the risk: ${facts.noSandboxHint}`,
  ].join('\n');
}

function helperState(helper) {
  if (helper.absent) return `${helper.path} is missing (reinstall Electron to restore it).`;
  return `${helper.path} is owned by uid ${helper.uid} with mode ${(helper.mode & 0o7777).toString(8).padStart(4, '0')}; it must be owned by root with mode 4755.`;
}

function blockedNamespaces(facts) {
  const helper = facts.chromeSandbox;
  const quoted = shellQuote(helper.path);
  const lines = [
    `Facet cannot start: this system blocks the user namespaces Chromium's sandbox uses (${USERNS_BLOCKERS[facts.userns]}),`,
    "so Electron falls back to its setuid sandbox helper, and that helper is not set up:",
    `  ${helperState(helper)}`,
    'Fix it in one of these ways:',
  ];
  if (!helper.absent) {
    lines.push(
      '  1. Make the helper setuid root (again after Electron is reinstalled, which replaces it):',
      `       sudo chown root:root ${quoted} && sudo chmod 4755 ${quoted}`,
    );
  }
  if (facts.userns === 'apparmor') {
    lines.push(
      `  ${helper.absent ? 1 : 2}. Or let this Electron binary use user namespaces with an AppArmor profile (kept across reinstalls):`,
      `       sudo tee /etc/apparmor.d/${APPARMOR_PROFILE} >/dev/null <<'EOF'`,
      '       abi <abi/4.0>,',
      '       include <tunables/global>',
      `       profile ${APPARMOR_PROFILE} "${facts.electron.binary}" flags=(unconfined) {`,
      '         userns,',
      '       }',
      '       EOF',
      `       sudo apparmor_parser -r /etc/apparmor.d/${APPARMOR_PROFILE}`,
    );
  } else {
    const setting = facts.userns === 'clone-disabled' ? 'kernel.unprivileged_userns_clone=1' : 'user.max_user_namespaces=15000';
    lines.push(`  ${helper.absent ? 1 : 2}. Or allow unprivileged user namespaces again: sudo sysctl -w ${setting}`);
  }
  return lines.join('\n');
}

/**
 * Pure. `{ ok: false, kind, message }` when launching would crash, with the fix in the message;
 * otherwise `{ ok: true }`, with a warning when the developer turned the sandbox off themselves.
 */
export function checkStart(facts) {
  if ('missing' in facts.electron) return { ok: false, kind: 'no-binary', message: noBinary(facts) };
  if (facts.platform !== 'linux') return { ok: true };
  if (facts.sandboxDisabled) {
    return { ok: true, warning: 'Starting Facet without Chromium’s sandbox, as asked. Never do this with real patient data.' };
  }
  if (facts.uid === 0) return { ok: false, kind: 'root', message: asRoot(facts) };
  // An AppArmor profile naming this binary is the documented alternative to the setuid helper.
  const helperNeeded = facts.userns !== null && !(facts.userns === 'apparmor' && facts.apparmorProfile);
  if (helperNeeded && (facts.chromeSandbox.absent || !helperUsable(facts.chromeSandbox))) {
    return { ok: false, kind: 'sandbox-helper', message: blockedNamespaces(facts) };
  }
  return { ok: true };
}

/**
 * Whether the developer asked for no sandbox in a way that reaches Electron: electron-vite's
 * --noSandbox option or its NO_SANDBOX=1, or --no-sandbox among the Electron arguments after `--`.
 * (Before `--`, electron-vite reads --no-sandbox as an option of its own and drops it.)
 */
export function sandboxDisabledBy(args, env) {
  const split = args.indexOf('--');
  const own = split === -1 ? args : args.slice(0, split);
  const electron = split === -1 ? [] : args.slice(split + 1);
  return env.NO_SANDBOX === '1' || own.includes('--noSandbox') || electron.includes('--no-sandbox');
}

function readSetting(file) {
  try {
    return readFileSync(file, 'utf8').trim();
  } catch {
    return null;
  }
}

/** Which kernel setting keeps unprivileged user namespaces from Chromium, if any. */
function usernsBlocker() {
  if (readSetting('/proc/sys/kernel/apparmor_restrict_unprivileged_userns') === '1') return 'apparmor';
  if (readSetting('/proc/sys/kernel/unprivileged_userns_clone') === '0') return 'clone-disabled';
  if (readSetting('/proc/sys/user/max_user_namespaces') === '0') return 'no-namespaces';
  return null;
}

/** A profile file in /etc/apparmor.d that names this binary (as the fix above writes one), or null. */
function apparmorProfileFor(binary) {
  try {
    for (const entry of readdirSync('/etc/apparmor.d', { withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const file = path.join('/etc/apparmor.d', entry.name);
      if (readSetting(file)?.includes(binary)) return file;
    }
  } catch {
    // No AppArmor on this system: nothing can name the binary.
  }
  return null;
}

function sandboxHelper(distDir) {
  const helper = path.join(distDir, 'chrome-sandbox');
  if (!existsSync(helper)) return { path: helper, absent: true };
  const { uid, mode } = statSync(helper);
  return { path: helper, uid, mode };
}

/**
 * The facts checkStart needs, read from this machine. `electron` may be given (the smoke test
 * checks the packaged app's own binary); by default it is this checkout's Electron.
 */
export function gatherStartFacts({ projectRoot, args, env = process.env, electron = findElectron(projectRoot, env), command, noSandboxHint }) {
  const packageFile = path.join(projectRoot, 'node_modules', 'electron', 'package.json');
  const version = readSetting(packageFile) ? JSON.parse(readSetting(packageFile)).version : 'the version in package.json';
  const linux = process.platform === 'linux';
  const userns = linux ? usernsBlocker() : null;
  const found = !('missing' in electron);
  return {
    platform: process.platform,
    arch: process.arch,
    version,
    uid: typeof process.getuid === 'function' ? process.getuid() : null,
    electron,
    chromeSandbox: linux && found ? sandboxHelper(electron.distDir) : { path: 'chrome-sandbox', absent: true },
    userns,
    apparmorProfile: userns === 'apparmor' && found ? apparmorProfileFor(electron.binary) : null,
    sandboxDisabled: sandboxDisabledBy(args, env),
    command,
    noSandboxHint,
  };
}
