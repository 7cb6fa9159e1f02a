import path from 'node:path';
import { findElectron } from '../../scripts/lib/electron-binary.mjs';

/**
 * Where the Electron binary is, if anywhere. It cannot be downloaded on the CI
 * machines (ELECTRON_SKIP_BINARY_DOWNLOAD=1), so the Electron spec runs only
 * where one exists: a normal `npm install` with network, or ELECTRON_OVERRIDE_DIST_PATH.
 * The same lookup serves `npm start` and the packaged-app smoke test (scripts/lib/electron-binary.mjs).
 */
export function findElectronBinary(): { path: string } | { missing: string } {
  const found = findElectron(path.resolve(__dirname, '../..'));
  return 'missing' in found ? found : { path: found.binary };
}
