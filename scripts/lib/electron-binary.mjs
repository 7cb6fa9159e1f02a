// Where the Electron binary is, if anywhere: one answer for `npm start`, the packaged-app
// smoke test and the Electron e2e spec. The binary cannot be downloaded on offline machines
// (ELECTRON_SKIP_BINARY_DOWNLOAD=1), so each of them must find out before launching.
// Never `require('electron')` to find out: without a binary it tries to download one.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The executable inside an Electron folder when path.txt is missing, as electron's install.js names it. */
const PLATFORM_PATHS = { darwin: 'Electron.app/Contents/MacOS/Electron', mas: 'Electron.app/Contents/MacOS/Electron', win32: 'electron.exe' };

/**
 * Pure: the binary and its folder, or why there is none, from injected facts.
 * ELECTRON_OVERRIDE_DIST_PATH wins over node_modules/electron/dist, as in electron's own index.js.
 * @param {{ packageDir: string, env: Record<string, string | undefined>, platform: string,
 *           exists: (file: string) => boolean, readText: (file: string) => string }} facts
 */
export function locateElectron({ packageDir, env, platform, exists, readText }) {
  const pathFile = path.join(packageDir, 'path.txt');
  const relative = exists(pathFile) ? readText(pathFile).trim() : (PLATFORM_PATHS[platform] ?? 'electron');
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  const distDir = override ? path.resolve(override) : path.join(packageDir, 'dist');
  const binary = path.join(distDir, relative);
  if (exists(binary)) return { binary, distDir };
  return {
    missing: override
      ? `no Electron binary at ${binary} (ELECTRON_OVERRIDE_DIST_PATH=${override} has no ${relative} in it)`
      : `no Electron binary at ${binary} (installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1; set ELECTRON_OVERRIDE_DIST_PATH to run it)`,
  };
}

/** The same, for this checkout, this process's environment and this machine. */
export function findElectron(projectRoot, env = process.env) {
  return locateElectron({
    packageDir: path.join(projectRoot, 'node_modules', 'electron'),
    env,
    platform: process.platform,
    exists: existsSync,
    readText: (file) => readFileSync(file, 'utf8'),
  });
}
