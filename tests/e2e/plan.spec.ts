import type { Page } from '@playwright/test';
import { addDays, formatLongDate, localIsoDate } from '../../shared/summary/dates';
import { expectNoSeriousAxeViolations } from './axe';
import { expect, saveScreenshot, test } from './fixtures';
import * as flows from './flows';

const PATIENT = 'Zoë Ólafsdóttir';
const AREAS = ['Frown lines between the brows', 'Under-eye hollow (tear trough) (left)', 'Lips'];

const planThreeAreas = (app: Page) => flows.planThreeAreas(app, PATIENT, AREAS);

test.describe('the plan on the consultation screen', () => {
  test('three areas with products and amounts give totals, the earliest date and an estimate', async ({ app }) => {
    await planThreeAreas(app);
    const today = localIsoDate(new Date());
    const summary = app.getByRole('region', { name: 'The plan' });

    await expect(summary.getByRole('definition').filter({ hasText: '18–22 units' })).toBeVisible();
    await expect(summary).toContainText('1–1.5 mL');
    await expect(summary).toContainText('1–2 syringes');
    // Filler's 3 days to think are longer than toxin's 2.
    await expect(summary).toContainText(`Earliest treatment date: ${formatLongDate(addDays(today, 3), 'en-GB')}`);
    await expect(summary).toContainText('The clinic gives 3 days to think it over before dermal fillers');
    // Toxin 18–22 units at £4, soft filler 1–2 syringes at £280.
    await expect(summary.getByText('£352–£648')).toBeVisible();
    await expect(summary.getByRole('listitem').filter({ hasText: 'The treatment and the products used' })).toBeVisible();
    await expect(flows.concernRows(app).nth(0).getByText('Planned', { exact: true })).toBeVisible();
    await expect(summary).toContainText('An estimate, not an offer. Valid until');
    await expectNoSeriousAxeViolations(app);

    await app.getByRole('region', { name: 'Areas and plan' }).scrollIntoViewIfNeeded();
    await app.evaluate(() => window.scrollTo(0, 0));
    await saveScreenshot(app, 'consultation-plan');
    await app.setViewportSize({ width: 1920, height: 1080 });
    await saveScreenshot(app, 'consultation-plan-1920');
    await summary.scrollIntoViewIfNeeded();
    await saveScreenshot(app, 'consultation-plan-estimate');
  });

  test('the review screen’s preview shows the plan as the PDF words it', async ({ app }) => {
    await planThreeAreas(app);
    await flows.reviewSummary(app);
    const preview = app.getByRole('article', { name: 'Summary preview' });
    const plan = preview.getByRole('region', { name: 'Your plan' });

    await expect(preview.getByRole('region', { name: 'Areas we discussed' })).toContainText('Product: Botulinum toxin type A (100-unit vial) · 18–22 units');
    await expect(plan.getByRole('term').filter({ hasText: 'Prescriber' })).toBeVisible();
    await expect(plan).toContainText('Dr Amara Hale');
    await expect(plan).toContainText('The clinic gives you 3 days to think it over before treatment.');
    await expect(plan.getByText('£352–£648')).toBeVisible();
    await expect(plan).toContainText('This is not a quote or an offer');
    await expect(plan.getByRole('listitem').filter({ hasText: 'The treatment and the products used' })).toBeVisible();
    await expectNoSeriousAxeViolations(app);
    await plan.scrollIntoViewIfNeeded();
    await saveScreenshot(app, 'review-plan');
  });

  test('bad input is refused next to its field, and what was typed stays', async ({ app }) => {
    await planThreeAreas(app);
    const toxin = flows.concernRows(app).nth(0);
    const amount = toxin.getByLabel(/Amount/);

    await amount.fill('60');
    await expect(amount).toHaveAttribute('aria-invalid', 'true');
    await expect(toxin.getByText('For one area, enter 2 to 50 units of this product')).toBeVisible();
    await amount.fill('twenty');
    await expect(toxin.getByText('Enter an amount like 20, or a range like 18–22')).toBeVisible();
    await expect(amount).toHaveValue('twenty');

    const summary = app.getByRole('region', { name: 'The plan' });
    const plannedDate = summary.getByLabel(/Planned treatment date/);
    const tooEarly = addDays(localIsoDate(new Date()), 1);
    await plannedDate.fill(tooEarly);
    await expect(plannedDate).toHaveValue(tooEarly);
    await expect(plannedDate).toHaveAttribute('aria-invalid', 'true');
    await expect(summary.getByText(/or later: the clinic gives 3 days to think it over before dermal fillers/)).toBeVisible();
    await saveScreenshot(app, 'consultation-plan-bad-input');

    const dateOfBirth = app.getByRole('region', { name: 'Assessment' }).getByLabel('Date of birth');
    await dateOfBirth.fill(addDays(localIsoDate(new Date()), -16 * 365));
    await expect(app.getByRole('status').filter({ hasText: 'No treatment can be planned' })).toContainText('under 18 today');
    await expect(dateOfBirth).toHaveAttribute('aria-invalid', 'true');
    await expect(summary).toHaveCount(0);
    await app.evaluate(() => window.scrollTo(0, 0));
    await saveScreenshot(app, 'consultation-plan-under-18');
  });
});
