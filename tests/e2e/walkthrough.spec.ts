import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expectNoSeriousAxeViolations } from './axe';
import { BUILT_IN_CONTENT_DIR } from './browser-host';
import { expect, test } from './fixtures';
import { contains, filesUnder } from './files-on-disk';
import * as flows from './flows';

const PATIENT = 'Ελένη Παπαδοπούλου';


async function walkTheWholeProduct(app: Page, host: { folderDialog: { answer: string | null } }, exportTo: string): Promise<string> {
  // Present: through the deck, into the face diagram and back.
  await app.getByRole('button', { name: /Present the treatments/ }).click();
  await expect(app.getByRole('main').getByRole('region', { name: /^Slide \d+ of \d+: / })).toBeVisible();
  for (let i = 0; i < 18; i += 1) await app.keyboard.press('PageDown');
  await app.keyboard.press('d');
  await app.getByRole('button', { name: 'Chin', exact: true }).focus();
  await app.keyboard.press('Enter');
  await app.getByRole('button', { name: 'Back to slides' }).click();
  await app.keyboard.press('End');
  await app.getByRole('button', { name: /End presentation/ }).click();

  // Consult: start, choose areas, plan, note, review, export.
  await flows.startConsultation(app, PATIENT);
  await flows.addAreasOnTheFace(app, ['Forehead lines', 'Cheek and mid-face (right)']);
  await app.getByLabel('General notes').fill(`${PATIENT} asked about downtime.`);
  await flows.reviewSummary(app);
  return flows.exportSummary(app, host.folderDialog, exportTo);
}

test.describe('the whole product, offline and private', () => {
  test('no request leaves the app and no content security policy is broken, anywhere', async ({ app, host, exportDir, pageProblems }) => {
    await walkTheWholeProduct(app, host, exportDir);

    expect(host.foreignRequests).toEqual([]);
    expect(pageProblems).toEqual([]);
  });

  test('the patient’s name is only in the exported PDF: not in logs, files, drafts or browser storage', async ({ app, host, userDataDir, exportDir }) => {
    const pdf = await walkTheWholeProduct(app, host, exportDir);

    const written = filesUnder(userDataDir);
    expect(written.length).toBeGreaterThan(0);
    expect(written.filter(({ bytes }) => contains(bytes, PATIENT) || contains(bytes, 'Παπαδοπούλου')).map((f) => f.file)).toEqual([]);
    expect(host.logLines.join('\n')).not.toMatch(/Ελένη|Παπαδοπούλου/);
    const stored = await app.evaluate(async () => ({ local: localStorage.length, session: sessionStorage.length, databases: (await indexedDB.databases()).length }));
    expect(stored).toEqual({ local: 0, session: 0, databases: 0 });
    // The PDF is the one place it belongs (its text is compressed, so check it was written at all).
    expect(statSync(pdf).size).toBeGreaterThan(10_000);
  });

  test('accessibility sweep: home with notices, content problems, settings', async ({ app, userDataDir }) => {
    mkdirSync(path.join(userDataDir, 'content'), { recursive: true });
    const broken = readFileSync(path.join(BUILT_IN_CONTENT_DIR, 'regions.yaml'), 'utf8').replace(/(id: bunny-lines[\s\S]*?- treatment: )toxin/, '$1fillr');
    writeFileSync(path.join(userDataDir, 'content', 'regions.yaml'), broken);
    await expect(app.getByRole('complementary', { name: 'Content problems' })).toBeVisible({ timeout: 2000 });
    await expectNoSeriousAxeViolations(app);

    await app.getByRole('button', { name: 'Review content' }).click();
    await expect(app.getByText('unknown treatment "fillr"', { exact: false })).toBeVisible();
    await expectNoSeriousAxeViolations(app);

    await app.getByRole('button', { name: /^← Home$|Home/ }).first().click();
    await app.getByRole('button', { name: /Settings and content/ }).click();
    await expectNoSeriousAxeViolations(app);
  });
});
