import path from 'node:path';
import { expectNoSeriousAxeViolations } from './axe';
import { expect, saveScreenshot, test } from './fixtures';

test.describe('settings: logs and support', () => {
  test('shows where the logs are and opens that folder', async ({ app, host, userDataDir, pageProblems }) => {
    await app.getByRole('button', { name: /Settings and content/ }).click();
    const panel = app.getByRole('region', { name: 'Logs and support' });
    const logsFolder = path.join(userDataDir, 'logs');

    await expect(panel.getByText(logsFolder, { exact: true })).toBeVisible();
    // Reached from the keyboard, like every other action in Settings.
    await panel.getByRole('button', { name: 'Open logs folder' }).focus();
    await app.keyboard.press('Enter');

    await expect(panel.getByRole('status')).toHaveText('The logs folder is open in your file manager.');
    expect(host.openedFolders).toEqual([logsFolder]);
    await panel.scrollIntoViewIfNeeded();
    await saveScreenshot(app, 'settings-logs');
    await expectNoSeriousAxeViolations(app);
    expect(pageProblems).toEqual([]);
  });

  test('the location can be selected and copied as text', async ({ app, userDataDir }) => {
    await app.getByRole('button', { name: /Settings and content/ }).click();
    const location = app.getByRole('region', { name: 'Logs and support' }).getByText(path.join(userDataDir, 'logs'), { exact: true });

    await location.selectText();

    expect(await app.evaluate(() => window.getSelection()?.toString())).toBe(path.join(userDataDir, 'logs'));
  });
});
