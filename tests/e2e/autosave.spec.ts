import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { BrowserHost } from './browser-host';
import { expect, test } from './fixtures';

/**
 * Autosave in real Chromium against the real store on disk: what the
 * practitioner typed is what a crash, a reload or closing the window keeps.
 */

async function startConsultation(app: Page, name: string) {
  await app.getByRole('button', { name: /Start a consultation/ }).click();
  await app.getByLabel('Patient’s name').fill(name);
  await app.getByRole('button', { name: 'Start consultation' }).click();
  await expect(app.getByRole('heading', { level: 1, name })).toBeVisible();
}

/** The draft as it is on disk now, read back (decrypted) by the store. */
async function draftOnDisk(host: BrowserHost, userDataDir: string) {
  const dir = path.join(userDataDir, 'drafts');
  const file = existsSync(dir) ? readdirSync(dir).find((name) => name.endsWith('.facet-draft')) : undefined;
  if (!file) return null;
  const loaded: unknown = await host.backend.consultations.load(file.replace('.facet-draft', ''));
  // The store may wrap the consultation with facts about the copy it read.
  return (typeof loaded === 'object' && loaded !== null && 'consultation' in loaded ? loaded.consultation : loaded) as { notes: string };
}

const saveIndicator = (app: Page) => app.getByRole('status').filter({ hasText: /Sav/ });

test.describe('autosave', () => {
  test('steady typing reaches the disk within a second, and the indicator says "Saving…" until it has', async ({ app, host, userDataDir }) => {
    await startConsultation(app, 'Ines Duarte');
    await expect(saveIndicator(app)).toHaveText('Saved on this computer');
    const notes = app.getByLabel('General notes');
    await notes.focus();

    // Eight characters a second for four seconds, never pausing long enough for a debounce.
    const text = 'Prefers a natural look.';
    const typing = app.keyboard.type(text, { delay: 125 });
    await app.waitForTimeout(200);
    await expect(saveIndicator(app)).toHaveText('Saving…');
    await app.waitForTimeout(2000);
    const midway = (await draftOnDisk(host, userDataDir))?.notes ?? '';
    await typing;

    expect(midway.length).toBeGreaterThanOrEqual(8);
    expect(text.startsWith(midway)).toBe(true);
    await expect(saveIndicator(app)).toHaveText('Saved on this computer');
    expect((await draftOnDisk(host, userDataDir))?.notes).toBe(text);
  });

  test('a reload the moment "Saved" shows loses nothing', async ({ app }) => {
    await startConsultation(app, 'Tomás Ferreira');
    await app.getByLabel('General notes').focus();
    await app.keyboard.type('Review at two weeks.', { delay: 30 });
    await expect(saveIndicator(app)).toHaveText('Saved on this computer');

    await app.reload();
    await app.getByRole('complementary', { name: 'Unfinished consultations' }).getByRole('button', { name: /Resume/ }).click();

    await expect(app.getByLabel('General notes')).toHaveValue('Review at two weeks.');
  });

  test('closing the window saves the last keystrokes before it goes', async ({ app, host, userDataDir }) => {
    await startConsultation(app, 'Maya Okafor');
    await expect(saveIndicator(app)).toHaveText('Saved on this computer');
    await app.getByLabel('General notes').fill('Typed just as the window closed.');

    // What main does when the window's close button is pressed (main/window.ts saveBeforeClosing).
    const outcome = await host.backend.saveBeforeClose(
      () => void app.evaluate(() => window.__facetDeliver('app.closeRequested', {})),
      3000,
    );

    expect(outcome).toBe('ready');
    expect((await draftOnDisk(host, userDataDir))?.notes).toBe('Typed just as the window closed.');
  });
});
