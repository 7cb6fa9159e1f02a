import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { buildHostBridge, HOST_BRIDGE_FILE, RENDERER_DIR } from './browser-host';
import { findElectronBinary } from './electron-binary';

/** The e2e suite runs against the built renderer (`npm run build`), as the app ships it. */
export default async function globalSetup(): Promise<void> {
  if (!existsSync(`${RENDERER_DIR}/index.html`)) {
    throw new Error(`No built renderer in ${RENDERER_DIR}. Run "npm run build" first (npm test does).`);
  }
  await mkdir('test-results/screenshots', { recursive: true });
  await buildHostBridge(HOST_BRIDGE_FILE);
  const electron = findElectronBinary();
  console.log(
    'missing' in electron ? `Electron e2e spec will be skipped: ${electron.missing}` : `Electron e2e spec uses ${electron.path}`,
  );
}
