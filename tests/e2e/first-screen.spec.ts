import { expect, saveScreenshot, test } from './fixtures';

test.describe('first screen in Chromium', () => {
  test('shows the home screen with the app’s own version from app.info', async ({ app }) => {
    await expect(app.getByRole('heading', { level: 1, name: 'Consultations, explained clearly.' })).toBeVisible();
    await expect(app.getByRole('button', { name: /Start a consultation/ })).toBeVisible();
    await expect(app.getByText(/^Facet \d+\.\d+\.\d+$/)).toBeVisible();
    await expect(app.getByText('Saving to the chosen data folder')).toBeVisible();
  });

  test('runs under the strict CSP with no errors and no request leaving the app', async ({ app, host, pageProblems }) => {
    await expect(app.getByRole('heading', { level: 1 })).toBeVisible();

    expect(pageProblems).toEqual([]);
    expect(host.foreignRequests).toEqual([]);
  });

  test('uses the bundled Inter font, not a system fallback', async ({ app }) => {
    const loaded = await app.evaluate(async () => {
      await document.fonts.ready;
      return document.fonts.check('16px Inter');
    });
    const family = await app.getByRole('heading', { level: 1 }).evaluate((el) => getComputedStyle(el).fontFamily);

    expect(loaded).toBe(true);
    expect(family).toMatch(/^"?Inter"?/);
  });

  for (const { label, width, height } of [
    { label: '1280x720', width: 1280, height: 720 },
    { label: '1920x1080', width: 1920, height: 1080 },
    { label: '3840x2160', width: 3840, height: 2160 },
  ]) {
    test(`fits ${label} without scrolling sideways or clipping the actions`, async ({ app }) => {
      await app.setViewportSize({ width, height });
      await app.evaluate(() => document.fonts.ready);

      const layout = await app.evaluate(() => ({
        overflowX: document.documentElement.scrollWidth > window.innerWidth,
        overflowY: document.documentElement.scrollHeight > window.innerHeight,
        rootFontPx: parseFloat(getComputedStyle(document.documentElement).fontSize),
      }));
      const cards = app.getByRole('list', { name: 'What would you like to do?' }).getByRole('button');
      await expect(cards).toHaveCount(4);
      for (const card of await cards.all()) await expect(card).toBeInViewport({ ratio: 1 });

      expect(layout.overflowX).toBe(false);
      expect(layout.overflowY).toBe(false);
      // Text grows with the screen so it stays readable across the room on a 4K display.
      expect(layout.rootFontPx).toBeGreaterThanOrEqual(width >= 3840 ? 28 : 16);
      await saveScreenshot(app, `first-screen-${label}`);
    });
  }

  test('every action is reachable by keyboard with a visible focus ring', async ({ app }) => {
    await app.keyboard.press('Tab');
    const first = app.getByRole('button', { name: /Start a consultation/ });
    await expect(first).toBeFocused();
    const ring = await first.evaluate((el) => getComputedStyle(el).boxShadow);

    expect(ring).not.toBe('none');
  });
});
