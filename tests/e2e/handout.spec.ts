import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expectNoSeriousAxeViolations } from './axe';
import { BUILT_IN_CONTENT_DIR, PROJECT_ROOT } from './browser-host';
import { expect, saveScreenshot, test } from './fixtures';
import { pdfText, rasterisePage } from './pdf-tools';
import { concernRows, exportSummary, regionPanel } from './flows';

/**
 * Issue 13, as a patient and a practitioner see it: the safety information on
 * the review screen and in the exported PDF (every page rasterised for a
 * person to look at), and the content check's warnings on the Content screen.
 */

const PATIENT = 'Zoë Ólafsdóttir';
const SCREENSHOTS = path.join(PROJECT_ROOT, 'test-results', 'screenshots');

async function planThreeAreas(app: Page) {
  await app.getByRole('button', { name: /Start a consultation/ }).click();
  await app.getByLabel('Patient’s name').fill(PATIENT);
  await app.getByRole('button', { name: 'Start consultation' }).click();
  await app.getByRole('button', { name: 'Choose areas on the face' }).click();
  for (const name of ['Frown lines between the brows', 'Under-eye hollow (tear trough) (left)', 'Lips']) {
    await app.getByRole('button', { name, exact: true }).focus();
    await app.keyboard.press('Enter');
    await regionPanel(app, name).getByRole('button', { name: 'Add to consultation' }).click();
  }
  await app.getByRole('button', { name: 'Back to the consultation' }).click();
  await expect(concernRows(app)).toHaveCount(3);
}

test.describe('the patient’s handout', () => {
  test('the review shows the safety information, and the PDF has it where a patient will find it', async ({ app, host, userDataDir, pageProblems }) => {
    await planThreeAreas(app);
    await app.getByRole('button', { name: 'Review the summary' }).click();

    const toxin = app.getByRole('region', { name: 'Botulinum toxin' });
    await expect(toxin).toContainText('Call 999 or go to A&E now if you have:');
    await expect(toxin).toContainText('Anyone under 18');
    await expect(app.getByRole('article', { name: 'Summary preview' })).toContainText('starts to work about 3–5 days after treatment');
    await toxin.getByText('Call 999 or go to A&E now if you have:').scrollIntoViewIfNeeded();
    await saveScreenshot(app, 'review-getting-help');
    await expectNoSeriousAxeViolations(app);

    const target = await exportSummary(app, host.folderDialog, userDataDir);

    const pages = pdfText(target)
      .split('\f')
      .filter((page) => page.trim() !== '')
      .map((page) => page.replace(/\s+/g, ' '));
    pages.forEach((_, index) => rasterisePage(target, path.join(SCREENSHOTS, `handout-page-${index + 1}`), index + 1));

    expect(pages[0]).toContain('not a prescription, a booking or a promise of results');
    expect(pages[0]).toContain('Times are counted from the day you have the treatment.');
    const aftercare = pages.filter((page) => page.includes('After your treatment:'));
    expect(aftercare).toHaveLength(2);
    for (const page of aftercare) {
      expect(page).toContain('Call 999 or go to A&E now if you have:');
      expect(page).toContain('01632 960111');
    }
    expect(pages.join(' ')).not.toMatch(/P\s?A\s?T\s?I\s+E\s+N\s+T/);
    expect(pageProblems).toEqual([]);
  });

  test('the content screen shows the content check’s findings on a clinic’s edit as warnings', async ({ app, userDataDir }) => {
    const dir = path.join(userDataDir, 'content');
    mkdirSync(dir, { recursive: true });
    const treatments = readFileSync(path.join(BUILT_IN_CONTENT_DIR, 'treatments.yaml'), 'utf8');
    writeFileSync(path.join(dir, 'treatments.yaml'), treatments.replace('A soft gel put under the skin', 'A youthful gel put under the skin'));

    await app.getByRole('button', { name: /Settings and content/ }).click();
    await app.getByRole('button', { name: 'Open content settings' }).click();

    const checks = app.getByRole('region', { name: 'Wording and safety checks' });
    await expect(checks).toContainText('“youthful” sells rather than informs', { timeout: 2000 });
    await expect(checks).toContainText('Facet uses this text as written');
    await expect(app.getByRole('region', { name: 'Problems' })).toContainText('No problems found');
    await checks.scrollIntoViewIfNeeded();
    await saveScreenshot(app, 'content-wording-checks');
  });
});
