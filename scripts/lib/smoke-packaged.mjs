// The pure parts of scripts/smoke-packaged.mjs: arguments, whether to run, the packaging config,
// where the unpacked app's executable is, the DevTools address and the exit verdict.
import path from 'node:path';

export const USAGE = `Usage: npm run smoke:packaged [-- --strict] [-- --no-sandbox] [-- --keep]

Builds the unpacked app in the smoke-test mode, launches it with a temporary data folder,
drives it over the DevTools protocol (first screen, a consultation, a summary PDF) and quits it.
Where no Electron binary exists it is skipped (exit 0) with the reason printed.

  --strict      fail (exit 1) instead of skipping when no Electron binary exists
  --no-sandbox  launch the app without Chromium's sandbox (as root, or where AppArmor blocks it)
  --keep        keep the temporary build and data folders, and print where they are
  --help        this text`;

/** `{ strict, noSandbox, keep, help }`, or `{ error }` naming an argument it does not know. */
export function parseSmokeArgs(args) {
  const options = { strict: false, noSandbox: false, keep: false, help: false };
  const names = { '--strict': 'strict', '--no-sandbox': 'noSandbox', '--keep': 'keep', '--help': 'help', '-h': 'help' };
  for (const arg of args) {
    const name = names[arg];
    if (!name) return { error: `Unknown argument: ${arg}\n\n${USAGE}` };
    options[name] = true;
  }
  return options;
}

/** Whether to run: always with a binary; without one, skip (exit 0), or fail when strict. */
export function smokeDecision(electron, { strict }) {
  if (!('missing' in electron)) return { action: 'run' };
  if (strict) return { action: 'fail', message: `Packaged-app smoke test FAILED (--strict): ${electron.missing}.` };
  return {
    action: 'skip',
    message: `Packaged-app smoke test skipped: ${electron.missing}. It runs wherever an Electron binary exists; --strict makes this a failure.`,
  };
}

/**
 * electron-builder.yml, changed only where the smoke build must differ: the app files come from
 * the smoke-mode bundle (a temporary folder, so out/ is never left holding a debuggable build),
 * the result goes to a temporary folder (never dist/), and Electron comes from the local folder
 * (electronDist) rather than a download.
 */
export function smokeBuilderConfig(base, { bundleDir, outputDir, electronDist }) {
  const fromOut = (entry) => typeof entry === 'string' && /^out(\/|$)/.test(entry);
  return {
    ...base,
    directories: { ...base.directories, output: outputDir },
    files: [{ from: bundleDir, to: 'out', filter: ['**/*', '!**/*.map'] }, ...(base.files ?? []).filter((entry) => !fromOut(entry))],
    electronDist,
    publish: null,
  };
}

/** Folder-name patterns electron-builder --dir uses per platform (with an -arch suffix off x64). */
const UNPACKED_DIRS = { linux: /^linux(-[\w]+)?-unpacked$/, win32: /^win(-[\w]+)?-unpacked$/, darwin: /^mac(-[\w]+)?$/ };

/**
 * The executable inside electron-builder's output folder, or null. `list` gives a folder's
 * entries, `exists` whether a file exists; `name` is package.json's name, `productName` its productName.
 */
export function findUnpackedExecutable({ platform, outputDir, name, productName, list, exists }) {
  const pattern = UNPACKED_DIRS[platform];
  if (!pattern) return null;
  for (const dir of list(outputDir).filter((entry) => pattern.test(entry))) {
    const candidates =
      platform === 'darwin'
        ? [path.join(`${productName}.app`, 'Contents', 'MacOS', productName)]
        : platform === 'win32'
          ? [`${productName}.exe`]
          : [name, name.toLowerCase(), productName.toLowerCase(), productName];
    for (const candidate of candidates) {
      const file = path.join(outputDir, dir, candidate);
      if (exists(file)) return file;
    }
  }
  return null;
}

/**
 * The browser's DevTools WebSocket address, or null: from the line Chromium prints to stderr, or
 * else from the DevToolsActivePort file it writes in the data folder (port, then browser path),
 * for systems where a GUI app's stderr is not connected (Windows).
 */
export function devToolsEndpoint(output, activePortFile = null) {
  const printed = /DevTools listening on (ws:\/\/\S+)/.exec(output)?.[1];
  if (printed) return printed;
  const [port, browserPath] = (activePortFile ?? '').split(/\r?\n/);
  return /^\d+$/.test(port ?? '') && browserPath?.startsWith('/devtools/browser/') ? `ws://127.0.0.1:${port}${browserPath}` : null;
}

/** Why Electron could not open a window here (a Linux machine with no display), or null. */
export function displayProblem(platform, env) {
  if (platform !== 'linux' || env.DISPLAY || env.WAYLAND_DISPLAY) return null;
  return 'no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set): run it under a virtual one, xvfb-run -a npm run smoke:packaged';
}

/** Whether the app quit as it should: exit code 0, by itself, within the limit. */
export function quitVerdict({ code, signal, elapsedMs, limitMs }) {
  if (code === null) return { ok: false, message: `the app did not quit within ${limitMs} ms${signal ? ` (ended by ${signal})` : ''}` };
  if (code !== 0) return { ok: false, message: `the app exited with code ${code}` };
  if (elapsedMs > limitMs) return { ok: false, message: `the app took ${elapsedMs} ms to quit (limit ${limitMs} ms)` };
  return { ok: true, message: `the app quit with code 0 in ${elapsedMs} ms` };
}
