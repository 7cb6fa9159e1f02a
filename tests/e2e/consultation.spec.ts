import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { localIsoDate } from '../../shared/summary/dates';
import { expectNoSeriousAxeViolations } from './axe';
import { PROJECT_ROOT, type BrowserHost } from './browser-host';
import { expect, saveScreenshot, test } from './fixtures';
import * as flows from './flows';
import { pdfInfo, pdfText, rasterisePage } from './pdf-tools';

const PATIENT = 'Zoë Ólafsdóttir';
const AREAS = ['Frown lines between the brows', 'Under-eye hollow (tear trough) (left)', 'Lips'];

const startConsultation = (app: Page, name = PATIENT) => flows.startConsultation(app, name, { clinicReference: 'LC-2041' });

const draftsIn = (userDataDir: string) => {
  const dir = path.join(userDataDir, 'drafts');
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.facet-draft')) : [];
};

/** Start, choose three areas on the face, write a note on the first and a general note. */
async function planConsultation(app: Page) {
  await startConsultation(app);
  await flows.addAreasOnTheFace(app, AREAS);
  await flows.concernRows(app).nth(0).getByLabel(/Note/).fill('Start conservatively; review at two weeks.');
  await app.getByLabel('General notes').fill('Patient would like a natural look.');
}

/** A planned consultation, reviewed and exported into exports/ in the data folder; returns the PDF's path. */
async function exportPlannedConsultation(app: Page, host: BrowserHost, userDataDir: string) {
  await planConsultation(app);
  await flows.reviewSummary(app);
  const folder = path.join(userDataDir, 'exports');
  mkdirSync(folder, { recursive: true });
  return flows.exportSummary(app, host.folderDialog, folder);
}

/** The whole consultation: plan, export, open the PDF, end. */
async function consultFromStartToEnd(app: Page, host: BrowserHost, userDataDir: string) {
  const target = await exportPlannedConsultation(app, host, userDataDir);
  await app.getByRole('button', { name: `Open ${path.basename(target)}` }).click();
  await app.getByRole('button', { name: 'End consultation' }).click();
  await flows.homeHeading(app).waitFor();
}

test.describe('consultation and summary', () => {
  test('areas chosen on the face are listed in order, each with its usual treatment planned', async ({ app }) => {
    await startConsultation(app);
    await saveScreenshot(app, 'consultation-empty');
    await flows.addAreasOnTheFace(app, AREAS);

    const rows = flows.concernRows(app);
    await expect(rows).toHaveCount(3);
    await expect(rows.nth(0).getByLabel('Planned treatment')).toHaveValue('toxin');
    await expect(rows.nth(1).getByLabel('Planned treatment')).toHaveValue('filler');
  });

  test('notes are autosaved, encrypted: one draft on disk, and the patient’s name is not in it', async ({ app, userDataDir }) => {
    await planConsultation(app);
    await expect(app.getByRole('status').filter({ hasText: 'Saved on this computer' })).toBeVisible();
    await app.evaluate(() => window.scrollTo(0, 0));
    await saveScreenshot(app, 'consultation-planned');

    expect(draftsIn(userDataDir)).toHaveLength(1);
    const draft = readFileSync(path.join(userDataDir, 'drafts', draftsIn(userDataDir)[0]!));
    expect(draft.includes(Buffer.from('Ólafsdóttir'))).toBe(false);
  });

  test('the review shows the patient and the chosen areas', async ({ app }) => {
    await planConsultation(app);
    await app.getByRole('button', { name: 'Review the summary' }).click();

    const preview = app.getByRole('article', { name: 'Summary preview' });
    await expect(preview).toContainText(PATIENT);
    await expect(preview).toContainText('Frown lines between the brows');
    await saveScreenshot(app, 'consultation-review');
  });

  test('export names the file with the patient and today’s date, in the folder chosen', async ({ app, host, userDataDir }) => {
    const target = await exportPlannedConsultation(app, host, userDataDir);

    expect(host.folderDialog.asked).toBe(1);
    expect(path.basename(target)).toBe(`Facet summary - ${PATIENT} - ${localIsoDate(new Date())}.pdf`);
    await expect(app.getByText('Saved in')).toContainText('exports');
  });

  test('the PDF on disk holds the right words, with the clinic as its author', async ({ app, host, userDataDir }) => {
    const target = await exportPlannedConsultation(app, host, userDataDir);

    const text = pdfText(target);
    for (const expected of [PATIENT, 'Linden Clinic', 'Frown lines between the brows', 'Lips', 'Botulinum toxin', 'Dermal fillers', 'Page 1 of']) {
      expect(text).toContain(expected);
    }
    expect(pdfInfo(target).Author).toBe('Linden Clinic');
    rasterisePage(target, path.join(PROJECT_ROOT, 'test-results', 'screenshots', 'summary-page-1'));
    rasterisePage(target, path.join(PROJECT_ROOT, 'test-results', 'screenshots', 'summary-page-2'), 2);
  });

  test('“Open” asks the system to open the exported file', async ({ app, host, userDataDir }) => {
    const target = await exportPlannedConsultation(app, host, userDataDir);

    await app.getByRole('button', { name: `Open ${path.basename(target)}` }).click();
    await expect.poll(() => host.openedFiles).toEqual([target]);
  });

  test('ending the consultation after the export goes home and deletes the draft', async ({ app, host, userDataDir }) => {
    await exportPlannedConsultation(app, host, userDataDir);

    await app.getByRole('button', { name: 'End consultation' }).click();
    await expect(flows.homeHeading(app)).toBeVisible();
    expect(draftsIn(userDataDir)).toEqual([]);
  });

  test('from start to end, the patient’s name never reaches the log', async ({ app, host, userDataDir }) => {
    await consultFromStartToEnd(app, host, userDataDir);

    expect(host.logLines.join('\n')).not.toContain('Ólafsdóttir');
  });

  test('from start to end, the page reports no errors, exceptions or CSP violations', async ({ app, host, userDataDir, pageProblems }) => {
    await consultFromStartToEnd(app, host, userDataDir);

    expect(pageProblems).toEqual([]);
  });

  test('after a crash, the next start offers to resume the unfinished consultation', async ({ app, host }) => {
    await startConsultation(app, 'Łukasz Wąsik');
    await flows.addAreasOnTheFace(app, ['Chin']);
    // The autosave of the last change has reached the disk.
    await expect.poll(async () => (await host.backend.consultations.list()).drafts[0]?.concernCount).toBe(1);

    await app.reload();
    const notice = app.getByRole('complementary', { name: 'Unfinished consultations' });
    await expect(notice).toContainText('Patient ŁW');
    await expect(notice).not.toContainText('Wąsik');
    await notice.getByRole('button', { name: /Resume/ }).click();

    await expect(app.getByRole('heading', { level: 1, name: 'Łukasz Wąsik' })).toBeVisible();
    await expect(flows.concernRows(app)).toHaveCount(1);
  });

  test('an unwritable export folder gives a clear message; the consultation stays and exports again', async ({ app, host, userDataDir }) => {
    await startConsultation(app);
    await flows.addAreasOnTheFace(app, ['Lips']);
    await app.getByRole('button', { name: 'Review the summary' }).click();

    host.folderDialog.answer = '/proc/facet-cannot-write-here';
    await flows.exportButton(app).click();
    await expect(app.getByRole('alert')).toHaveText(
      'Facet could not save the patient summary: the chosen folder is missing. The consultation is safe; you can try again.',
      { timeout: 15_000 },
    );

    host.folderDialog.answer = null;
    await flows.exportButton(app).click();
    await expect(app.getByText('Nothing was saved. You can export at any time.')).toBeVisible();

    host.folderDialog.answer = userDataDir;
    await flows.exportButton(app).click();
    await expect(app.getByText('Saved in')).toContainText(path.basename(userDataDir), { timeout: 15_000 });
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
    await flows.addAreasOnTheFace(app, ['Lips']);
    await expectNoSeriousAxeViolations(app);
    await app.getByRole('button', { name: 'Review the summary' }).click();
    await expectNoSeriousAxeViolations(app);
  });
});
