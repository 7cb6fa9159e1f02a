import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { BUILT_IN_CONTENT_DIR } from './browser-host';
import { expect, saveScreenshot, test } from './fixtures';

const builtIn = (file: string) => readFileSync(path.join(BUILT_IN_CONTENT_DIR, file), 'utf8');

async function openContentScreen(app: Page) {
  await app.getByRole('button', { name: /Settings and content/ }).click();
  await app.getByRole('button', { name: 'Open content settings' }).click();
}

function writeOverride(userDataDir: string, file: string, text: string): void {
  const dir = path.join(userDataDir, 'content');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, file), text);
}

test.describe('content packs', () => {
  test('the content screen shows the pack in use, no problems, and its sources', async ({ app }) => {
    await openContentScreen(app);

    await expect(app.getByRole('heading', { level: 1, name: 'Content' })).toBeVisible();
    await expect(app.getByText('No problems found. Everything in the content is in use.')).toBeVisible();
    await expect(app.getByText('Facet default content (English)')).toBeVisible();
    await expect(app.getByRole('region', { name: 'Sources behind the facts' }).getByRole('listitem')).not.toHaveCount(0);
    await saveScreenshot(app, 'content-screen');
  });

  test('editing a file in the content folder updates the running app within a second, without reloading it', async ({ app, userDataDir }) => {
    const clinicName = (name: RegExp) => app.getByRole('main').getByText(name);
    await expect(clinicName(/Linden Clinic/)).toBeVisible();
    await app.evaluate(() => ((window as unknown as { stillTheSamePage: boolean }).stillTheSamePage = true));

    writeOverride(userDataDir, 'clinic.yaml', builtIn('clinic.yaml').replace('name: Linden Clinic', 'name: Rowan Skin Clinic'));

    await expect(clinicName(/Rowan Skin Clinic/)).toBeVisible({ timeout: 1000 });
    await expect(clinicName(/Linden Clinic/)).toHaveCount(0);
    expect(await app.evaluate(() => (window as unknown as { stillTheSamePage?: boolean }).stillTheSamePage)).toBe(true);
  });

  test('a broken edit is reported calmly to the practitioner, and the app carries on', async ({ app, userDataDir, pageProblems }) => {
    const broken = builtIn('regions.yaml').replace(/(id: bunny-lines[\s\S]*?- treatment: )toxin/, '$1fillr');
    writeOverride(userDataDir, 'regions.yaml', broken);

    const notice = app.getByRole('complementary', { name: 'Content problems' });
    await expect(notice).toContainText('One part of the content needs attention.', { timeout: 1000 });
    const fits = await app.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight);
    expect(fits).toBe(true);
    await saveScreenshot(app, 'home-content-notice');
    await notice.getByRole('button', { name: 'Review content' }).click();

    const problem = app.getByRole('listitem').filter({ hasText: 'fillr' });
    await expect(problem).toContainText(/regions\.yaml:\d+/);
    await expect(problem).toContainText('regions[3].treatments[0].treatment');
    await expect(problem).toContainText('unknown treatment "fillr"');
    await expect(problem).toContainText('Facet is using its built-in version of this file');
    await saveScreenshot(app, 'content-problems');
    expect(pageProblems).toEqual([]);
  });

  test('copying the built-in content gives the clinic every file to edit', async ({ app, userDataDir }) => {
    await openContentScreen(app);
    await app.getByRole('button', { name: 'Copy built-in content to edit' }).click();

    await expect(app.getByRole('status')).toContainText('Copied 8 files into your content folder');
    for (const file of ['pack.yaml', 'clinic.yaml', 'treatments.yaml', 'regions.yaml', 'slides.yaml', 'disclaimers.yaml', 'products.yaml', 'images/logo.svg']) {
      expect(existsSync(path.join(userDataDir, 'content', file))).toBe(true);
    }
  });

  test('“Open content folder” opens the clinic’s folder in the data folder, and nothing else', async ({ app, host, userDataDir }) => {
    await openContentScreen(app);
    await app.getByRole('button', { name: 'Open content folder' }).click();

    await expect(app.getByRole('status')).toHaveText('The content folder is open in your file manager.');
    expect(host.openedFolders).toEqual([path.join(userDataDir, 'content')]);
  });
});
