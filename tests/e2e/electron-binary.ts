import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Where the Electron binary is, if anywhere. It cannot be downloaded on the CI
 * machines (ELECTRON_SKIP_BINARY_DOWNLOAD=1), so the Electron spec runs only
 * where one exists: a normal `npm install` with network, or ELECTRON_OVERRIDE_DIST_PATH.
 * Never `require('electron')` to find out: without a binary it tries to download one.
 */
export function findElectronBinary(): { path: string } | { missing: string } {
  const packageDir = path.resolve(__dirname, '../../node_modules/electron');
  const pathFile = path.join(packageDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : 'electron';
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const binary = override ? path.join(override, relative) : path.join(packageDir, 'dist', relative);
  if (existsSync(binary)) return { path: binary };
  return {
    missing: `no Electron binary at ${binary} (installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1; set ELECTRON_OVERRIDE_DIST_PATH to run it)`,
  };
}
