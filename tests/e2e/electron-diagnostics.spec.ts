import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { PROJECT_ROOT } from './browser-host';
import { findElectronBinary } from './electron-binary';

const electronBinary = findElectronBinary();

/** Every line of every log file in the folder. */
function logText(logsDir: string): string {
  return readdirSync(logsDir)
    .filter((name) => /^facet-\d{4}-\d{2}-\d{2}\.log$/.test(name))
    .map((name) => readFileSync(path.join(logsDir, name), 'utf8'))
    .join('');
}

/**
 * What the unit tests check against the fake electron module, in the real
 * binary: the daily log file, the local-only crash reporter, and a renderer
 * that dies being logged and reloaded. Runs wherever an Electron binary exists.
 */
test.describe('diagnostics in the real Electron app', () => {
  test.skip('missing' in electronBinary, 'missing' in electronBinary ? electronBinary.missing : '');

  test('logs to a daily file in the chosen data folder, keeps crash dumps there, never uploads them', async () => {
    const userDataDir = await mkdtemp(path.join(tmpdir(), 'facet-electron-diagnostics-'));
    const logsDir = path.join(userDataDir, 'logs');
    const app = await electron.launch({
      executablePath: (electronBinary as { path: string }).path,
      args: [PROJECT_ROOT],
      env: { ...process.env, FACET_USER_DATA_DIR: userDataDir },
    });
    try {
      const window = await app.firstWindow();
      await expect(window.locator('html[data-ready="true"]')).toBeAttached();

      const reporter = await app.evaluate(({ app: electronApp, crashReporter }) => ({
        uploads: crashReporter.getUploadToServer(),
        dumps: electronApp.getPath('crashDumps'),
        logs: electronApp.getPath('logs'),
      }));
      expect(reporter).toEqual({ uploads: false, dumps: path.join(userDataDir, 'Crashpad'), logs: logsDir });
      await expect.poll(() => logText(logsDir)).toMatch(/ info app\.started /);
      expect(logText(logsDir)).toMatch(/ info crash-reporter\.started uploads=false/);

      await window.getByRole('button', { name: /Settings and content/ }).click();
      await expect(window.getByRole('region', { name: 'Logs and support' }).getByText(logsDir, { exact: true })).toBeVisible();

      // A renderer that dies is logged with its reason, and the window comes back.
      await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.webContents.forcefullyCrashRenderer());
      await expect.poll(() => logText(logsDir)).toMatch(/ error renderer\.gone reason="(killed|crashed)"/);
      // Asked of main: Playwright's page object does not outlive its renderer.
      await expect
        .poll(() => app.evaluate(({ BrowserWindow }) => !BrowserWindow.getAllWindows()[0]!.webContents.isCrashed()), { timeout: 10_000 })
        .toBe(true);
    } finally {
      await app.close();
    }
    expect(logText(logsDir)).not.toMatch(/[/\\]/);
    await rm(userDataDir, { recursive: true, force: true });
  });
});
