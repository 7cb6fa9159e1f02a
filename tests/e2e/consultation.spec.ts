import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { localIsoDate } from '../../shared/summary/dates';
import { expectNoSeriousAxeViolations } from './axe';
import { PROJECT_ROOT } from './browser-host';
import { expect, saveScreenshot, test } from './fixtures';
import { pdfInfo, pdfText, rasterisePage } from './pdf-tools';

const PATIENT = 'Zoë Ólafsdóttir';

async function startConsultation(app: Page, name = PATIENT) {
  await app.getByRole('button', { name: /Start a consultation/ }).click();
  await app.getByLabel('Patient’s name').fill(name);
  await app.getByLabel(/Clinic reference/).fill('LC-2041');
  await app.getByRole('button', { name: 'Start consultation' }).click();
  await expect(app.getByRole('heading', { level: 1, name })).toBeVisible();
}

async function addAreasOnTheFace(app: Page, names: string[]) {
  await app.getByRole('button', { name: 'Choose areas on the face' }).click();
  for (const name of names) {
    await app.getByRole('button', { name, exact: true }).focus();
    await app.keyboard.press('Enter');
    await app.locator('.region-panel').getByRole('button', { name: 'Add to consultation' }).click();
  }
  await app.getByRole('button', { name: 'Back to the consultation' }).click();
}

const draftsIn = (userDataDir: string) => {
  const dir = path.join(userDataDir, 'drafts');
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.facet-draft')) : [];
};

test.describe('consultation and summary', () => {
  test('start, pick concerns on the face, plan, export: the PDF on disk holds the right words', async ({ app, host, userDataDir, pageProblems }) => {
    await startConsultation(app);
    await saveScreenshot(app, 'consultation-empty');
    await addAreasOnTheFace(app, ['Frown lines between the brows', 'Under-eye hollow (tear trough) (left)', 'Lips']);

    const rows = app.locator('.concern-row');
    await expect(rows).toHaveCount(3);
    await expect(rows.nth(0).getByLabel('Planned treatment')).toHaveValue('toxin');
    await expect(rows.nth(1).getByLabel('Planned treatment')).toHaveValue('filler');
    await rows.nth(0).getByLabel(/Note/).fill('Start conservatively; review at two weeks.');
    await app.getByLabel('General notes').fill('Patient would like a natural look.');
    await expect(app.getByRole('status').filter({ hasText: 'Saved on this computer' })).toBeVisible();
    await app.evaluate(() => window.scrollTo(0, 0));
    await saveScreenshot(app, 'consultation-planned');

    // Autosaved, encrypted: one draft on disk, and the name is not in it.
    expect(draftsIn(userDataDir)).toHaveLength(1);
    const draft = readFileSync(path.join(userDataDir, 'drafts', draftsIn(userDataDir)[0]!));
    expect(draft.includes(Buffer.from('Ólafsdóttir'))).toBe(false);

    await app.getByRole('button', { name: 'Review the summary' }).click();
    const preview = app.getByRole('article', { name: 'Summary preview' });
    await expect(preview).toContainText(PATIENT);
    await expect(preview).toContainText('Frown lines between the brows');
    await saveScreenshot(app, 'consultation-review');

    const target = path.join(userDataDir, 'summary.pdf');
    host.saveDialog.answer = target;
    await app.getByRole('button', { name: 'Export PDF' }).click();
    await expect(app.getByText('Saved as')).toBeVisible({ timeout: 15_000 });

    expect(host.saveDialog.suggested).toEqual([`Facet summary - ${PATIENT} - ${localIsoDate(new Date())}.pdf`]);
    const text = pdfText(target);
    for (const expected of [PATIENT, 'Linden Clinic', 'Frown lines between the brows', 'Lips', 'Botulinum toxin', 'Dermal fillers', 'Page 1 of']) {
      expect(text).toContain(expected);
    }
    expect(pdfInfo(target).Author).toBe('Linden Clinic');
    rasterisePage(target, path.join(PROJECT_ROOT, 'test-results', 'screenshots', 'summary-page-1'));
    rasterisePage(target, path.join(PROJECT_ROOT, 'test-results', 'screenshots', 'summary-page-2'), 2);

    await app.getByRole('button', { name: 'Open the PDF' }).click();
    await expect.poll(() => host.openedFiles).toEqual([target]);

    await app.getByRole('button', { name: 'End consultation' }).click();
    await expect(app.getByRole('heading', { level: 1, name: 'Consultations, explained clearly.' })).toBeVisible();
    expect(draftsIn(userDataDir)).toEqual([]);
    expect(host.logLines.join('\n')).not.toContain('Ólafsdóttir');
    expect(pageProblems).toEqual([]);
  });

  test('after a crash, the next start offers to resume the unfinished consultation', async ({ app, host }) => {
    await startConsultation(app, 'Łukasz Wąsik');
    await addAreasOnTheFace(app, ['Chin']);
    // The autosave of the last change has reached the disk.
    await expect.poll(async () => (await host.backend.consultations.list()).drafts[0]?.concernCount).toBe(1);

    await app.reload();
    const notice = app.getByRole('complementary', { name: 'Unfinished consultations' });
    await expect(notice).toContainText('Patient ŁW');
    await expect(notice).not.toContainText('Wąsik');
    await notice.getByRole('button', { name: /Resume/ }).click();

    await expect(app.getByRole('heading', { level: 1, name: 'Łukasz Wąsik' })).toBeVisible();
    await expect(app.locator('.concern-row')).toHaveCount(1);
  });

  test('an unwritable export folder gives a clear message; the consultation stays and exports again', async ({ app, host, userDataDir }) => {
    await startConsultation(app);
    await addAreasOnTheFace(app, ['Lips']);
    await app.getByRole('button', { name: 'Review the summary' }).click();

    host.saveDialog.answer = '/proc/facet-cannot-write-here/summary.pdf';
    await app.getByRole('button', { name: 'Export PDF' }).click();
    await expect(app.getByRole('alert')).toHaveText(
      'Facet could not save the summary: the chosen folder is missing. The consultation is safe; you can try again.',
      { timeout: 15_000 },
    );

    host.saveDialog.answer = null;
    await app.getByRole('button', { name: 'Export PDF' }).click();
    await expect(app.getByText('Not saved. You can export again at any time.')).toBeVisible();

    host.saveDialog.answer = path.join(userDataDir, 'ok.pdf');
    await app.getByRole('button', { name: 'Export PDF' }).click();
    await expect(app.getByText('Saved as')).toContainText('ok.pdf', { timeout: 15_000 });
    expect(draftsIn(userDataDir)).toHaveLength(1);
  });

  test('a missing patient name is explained, and nothing starts', async ({ app }) => {
    await app.getByRole('button', { name: /Start a consultation/ }).click();
    await app.getByRole('button', { name: 'Start consultation' }).click();

    await expect(app.getByRole('alert')).toHaveText('Enter the patient’s name');
    await expect(app.getByLabel('Patient’s name')).toHaveAttribute('aria-invalid', 'true');
  });

  test('settings persist: paper size and reduced motion', async ({ app, userDataDir }) => {
    await app.getByRole('button', { name: /Settings and content/ }).click();
    await app.getByLabel('Paper size for summaries').selectOption('LETTER');
    await app.getByLabel(/Reduce motion/).check();
    await expect(app.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
    await saveScreenshot(app, 'settings');

    const saved = JSON.parse(readFileSync(path.join(userDataDir, 'settings.json'), 'utf8'));
    expect(saved).toMatchObject({ paperSize: 'LETTER', reducedMotion: true });
    await app.reload();
    await app.getByRole('button', { name: /Settings and content/ }).click();
    await expect(app.getByLabel('Paper size for summaries')).toHaveValue('LETTER');
  });

  test('has no serious accessibility violations on the consultation screens', async ({ app }) => {
    await app.getByRole('button', { name: /Start a consultation/ }).click();
    await expectNoSeriousAxeViolations(app);
    await app.getByLabel('Patient’s name').fill(PATIENT);
    await app.getByRole('button', { name: 'Start consultation' }).click();
    await addAreasOnTheFace(app, ['Lips']);
    await expectNoSeriousAxeViolations(app);
    await app.getByRole('button', { name: 'Review the summary' }).click();
    await expectNoSeriousAxeViolations(app);
  });
});
