import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';

/**
 * What a practitioner does in Facet, step by step, found the way a screen
 * reader user would find it (roles, labels, text). Shared by the e2e specs and
 * the benchmarks (bench/suites/soak.bench.ts), so a change to a screen is
 * followed in one place. Each flow waits for the screen it leads to, with
 * Playwright's own waits only (no `expect`), so it runs outside the test
 * runner too.
 */

/** The home screen's heading: where "End presentation" and "End consultation" lead. */
export const homeHeading = (page: Page): Locator => page.getByRole('heading', { level: 1, name: 'Consultations, explained clearly.' });

/** The chosen areas on the consultation screen, one list item each, in the order they were added. */
export const concernRows = (page: Page): Locator => page.getByRole('region', { name: 'Areas and plan' }).getByRole('listitem');

/** The panel about one area of the face, named after it. */
export const regionPanel = (page: Page, name: string): Locator => page.getByRole('main', { name: 'Face diagram' }).getByRole('region', { name, exact: true });

/** The areas of the face diagram, as buttons named after each area. */
export const faceRegions = (page: Page): Locator =>
  page.getByRole('main', { name: 'Face diagram' }).getByRole('group', { name: /^Front view of a face/ }).getByRole('button');

/** From home: starts a consultation for `name` and waits for its screen. */
export async function startConsultation(page: Page, name: string, options: { clinicReference?: string } = {}): Promise<void> {
  await page.getByRole('button', { name: /Start a consultation/ }).click();
  await page.getByLabel('Patient’s name').fill(name);
  if (options.clinicReference !== undefined) await page.getByLabel(/Clinic reference/).fill(options.clinicReference);
  await page.getByRole('button', { name: 'Start consultation' }).click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

/** From the consultation screen: opens the face diagram. */
export async function openFaceDiagram(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Choose areas on the face' }).click();
  await faceRegions(page).first().waitFor();
}

/** On the face diagram: opens an area from the keyboard and adds it to the consultation. */
export async function addArea(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name, exact: true }).focus();
  await page.keyboard.press('Enter');
  await regionPanel(page, name).getByRole('button', { name: 'Add to consultation' }).click();
}

/** From the face diagram or the review screen: back to the open consultation. */
export async function backToConsultation(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Back to the consultation' }).click();
  await page.getByRole('button', { name: 'Review the summary' }).waitFor();
}

/** From the consultation screen: chooses these areas on the face, then comes back. */
export async function addAreasOnTheFace(page: Page, names: readonly string[]): Promise<void> {
  await openFaceDiagram(page);
  for (const name of names) await addArea(page, name);
  await backToConsultation(page);
}

/** From the consultation screen: opens the review of the summary. */
export async function reviewSummary(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Review the summary' }).click();
  await exportButton(page).waitFor();
}

/** The review screen's export button: "Export…", or "Export 3 files…" when several are ticked. */
export const exportButton = (page: Page): Locator => page.getByRole('button', { name: /^Export( \d files)?…$/ });

/**
 * On the review screen: exports what is ticked into `folder` (the folder
 * dialog's answer, scripted through the host), waits until the screen says it
 * is saved, and returns the patient summary's path (the newest, if several).
 */
export async function exportSummary(page: Page, folderDialog: { answer: string | null }, folder: string): Promise<string> {
  folderDialog.answer = folder;
  await exportButton(page).click();
  await page.getByText('Saved in').waitFor({ timeout: 15_000 });
  const summaries = readdirSync(folder).filter((name) => name.startsWith('Facet summary - ') && name.endsWith('.pdf'));
  return path.join(folder, summaries.sort((a, b) => a.length - b.length || a.localeCompare(b)).at(-1)!);
}

/** On the consultation screen, in one area's row: chooses its product and types its amount. */
export async function planArea(row: Locator, product: string, amount: string): Promise<void> {
  await row.getByLabel('Product').selectOption({ label: product });
  await row.getByLabel(/Amount/).fill(amount);
}

/**
 * Three areas (frown lines, the left tear trough, lips) with products and
 * amounts, assessed face to face by a prescriber, every screening answer given.
 */
export async function planThreeAreas(app: Page, patient: string, areas: readonly string[]): Promise<void> {
  await startConsultation(app, patient);
  await addAreasOnTheFace(app, areas);
  const assessment = app.getByRole('region', { name: 'Assessment' });
  await assessment.getByLabel('Date of birth').fill('1988-04-12');
  await assessment.getByLabel('Prescribed by').selectOption({ label: 'Dr Amara Hale – Aesthetic doctor' });
  await assessment.getByRole('checkbox', { name: /face to face/ }).check();

  const rows = concernRows(app);
  await planArea(rows.nth(0), 'Botulinum toxin type A (100-unit vial)', '18–22');
  await planArea(rows.nth(1), 'Filler gel, soft, 1 mL syringe', '0.5');
  await planArea(rows.nth(2), 'Filler gel, soft, 1 mL syringe', '0.5–1');

  const screening = app.getByRole('region', { name: 'Screening' });
  for (const question of await screening.getByRole('group').all()) {
    const wellToday = /feel well today/.test((await question.textContent()) ?? '');
    await question.getByRole('radio', { name: wellToday ? 'Yes' : 'No' }).check();
  }
}
