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
  await page.getByRole('button', { name: 'Export PDF' }).waitFor();
}

/**
 * On the review screen: exports the PDF to `target` (the save dialog's answer,
 * scripted through the host) and waits until the screen says it is saved.
 */
export async function exportSummary(page: Page, saveDialog: { answer: string | null }, target: string): Promise<void> {
  saveDialog.answer = target;
  await page.getByRole('button', { name: 'Export PDF' }).click();
  await page.getByText('Saved as').waitFor({ timeout: 15_000 });
}

/** On the consultation screen, in one area's row: chooses its product and types its amount. */
export async function planArea(row: Locator, product: string, amount: string): Promise<void> {
  await row.getByLabel('Product').selectOption({ label: product });
  await row.getByLabel(/Amount/).fill(amount);
}
