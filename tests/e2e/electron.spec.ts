import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { PROJECT_ROOT } from './browser-host';
import { findElectronBinary } from './electron-binary';

const electronBinary = findElectronBinary();

test.describe('the real Electron app', () => {
  test.skip('missing' in electronBinary, 'missing' in electronBinary ? electronBinary.missing : '');

  test('starts, shows the first screen over app:// and exposes only window.facet', async () => {
    const userDataDir = await mkdtemp(path.join(tmpdir(), 'facet-electron-'));
    const app = await electron.launch({
      executablePath: (electronBinary as { path: string }).path,
      args: [PROJECT_ROOT],
      env: { ...process.env, FACET_USER_DATA_DIR: userDataDir },
    });
    try {
      const window = await app.firstWindow();
      await expect(window.locator('html[data-ready="true"]')).toBeAttached();
      await expect(window.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(window.getByText('Saving to the chosen data folder')).toBeVisible();

      const page = await window.evaluate(() => ({
        url: location.href,
        hasRequire: typeof (window as unknown as { require?: unknown }).require !== 'undefined',
        hasProcess: typeof (window as unknown as { process?: unknown }).process !== 'undefined',
        apiNamespaces: Object.keys((window as unknown as { facet: object }).facet),
      }));
      expect(page.url).toBe('app://facet/index.html');
      expect(page.hasRequire).toBe(false);
      expect(page.hasProcess).toBe(false);
      expect(page.apiNamespaces.sort()).toEqual(['app', 'consultations', 'content', 'presenter', 'settings', 'summary']);

      await window.screenshot({ path: path.join(PROJECT_ROOT, 'test-results', 'screenshots', 'electron-first-screen.png') });
    } finally {
      await app.close();
      await rm(userDataDir, { recursive: true, force: true });
    }
  });
});
