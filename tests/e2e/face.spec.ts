import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { REGION_SHAPES } from '../../shared/face/regions';
import { expectNoSeriousAxeViolations } from './axe';
import { BUILT_IN_CONTENT_DIR } from './browser-host';
import { expect, saveScreenshot, test } from './fixtures';
import type { Page } from '@playwright/test';

interface RegionEntry {
  id: string;
  name: string;
  sides?: string[];
  treatments: { treatment: string; usual?: boolean }[];
}

// The expected names and treatments come straight from the built-in content files.
const entries = (parse(readFileSync(path.join(BUILT_IN_CONTENT_DIR, 'regions.yaml'), 'utf8')) as { regions: RegionEntry[] }).regions;
const regions = entries.flatMap((entry) =>
  entry.sides ? entry.sides.map((side) => ({ ...entry, id: `${entry.id}-${side}`, name: `${entry.name} (${side})` })) : [entry],
);
const treatmentNames = { toxin: 'Botulinum toxin', filler: 'Dermal fillers' } as const;

async function openFace(app: Page) {
  await app.getByRole('button', { name: /Face diagram/ }).click();
  await expect(app.getByRole('group', { name: /Front view of a face/ })).toBeVisible();
}

const region = (app: Page, name: string) => app.getByRole('button', { name, exact: true });

/**
 * Clicks a region where a person would: at its label point (a ring-shaped
 * region such as the lines around the mouth has the lips in its middle).
 */
async function clickRegion(app: Page, name: string) {
  const target = region(app, name);
  const id = await target.getAttribute('data-region');
  const label = REGION_SHAPES.find((shape) => shape.id === id)!.label;
  const position = await target.evaluate((element, point) => {
    const svg = (element as SVGGraphicsElement).ownerSVGElement!;
    const onScreen = new DOMPoint(point.x, point.y).matrixTransform(svg.getScreenCTM()!);
    const box = element.getBoundingClientRect();
    return { x: onScreen.x - box.left, y: onScreen.y - box.top };
  }, label);
  await target.click({ position });
}
/** The open area's panel: the region of the face screen with the "add to consultation" button. */
const panel = (app: Page) => app.getByRole('main', { name: 'Face diagram' }).getByRole('region').filter({ has: app.getByRole('button', { name: /to consultation/ }) });

test.describe('face diagram', () => {
  test('every region, clicked by its accessible name, opens a panel with that region’s content', async ({ app }) => {
    await openFace(app);
    await saveScreenshot(app, 'face-no-selection');

    for (const entry of regions) {
      await clickRegion(app, entry.name);
      await expect(panel(app).getByRole('heading', { level: 2 })).toHaveText(entry.name);
      for (const use of entry.treatments) {
        await expect(panel(app).getByRole('heading', { level: 3, name: new RegExp(treatmentNames[use.treatment as 'toxin' | 'filler']) })).toBeVisible();
      }
      await expect(panel(app).getByText(/Starts to work/).first()).toBeVisible();
    }
  });

  test('shows what causes lines, how the treatment helps, onset and duration', async ({ app }) => {
    await openFace(app);
    await clickRegion(app, 'Forehead lines');

    await expect(panel(app).getByRole('list', { name: 'What causes lines here' })).toHaveText('Lines from movement');
    await expect(panel(app)).toContainText('muscle across the forehead');
    await expect(panel(app)).toContainText('3–5 days');
    await expect(panel(app)).toContainText('2 weeks');
    await expect(panel(app)).toContainText('3–4 months');
    await saveScreenshot(app, 'face-forehead-selected');
  });

  for (const [filterName, treatment] of [['Botulinum toxin', 'toxin'], ['Dermal fillers', 'filler']] as const) {
    test(`the “${filterName}” filter highlights exactly the regions where it acts`, async ({ app }) => {
      await openFace(app);
      await app.getByRole('radio', { name: filterName }).check();

      const marked = await app.locator(`.face-region-mark[data-treatment="${treatment}"]`).evaluateAll((marks) =>
        marks.map((mark) => mark.parentElement!.querySelector('.face-region')!.getAttribute('data-region')),
      );
      const expected = regions.filter((r) => r.treatments.some((t) => t.treatment === treatment)).map((r) => r.id);
      expect(marked.sort()).toEqual(expected.sort());
      await expect(app.locator('.face-region-mark')).toHaveCount(expected.length);
      await expect(app.getByRole('group', { name: 'Key to the face diagram' })).toContainText(filterName);
      await saveScreenshot(app, `face-filter-${treatment}`);
    });
  }

  test('the “All treatments” filter marks every region', async ({ app }) => {
    await openFace(app);
    await app.getByRole('radio', { name: 'Dermal fillers' }).check();
    await app.getByRole('radio', { name: 'All treatments' }).check();

    const markedRegions = await app.locator('.face-region-mark').evaluateAll((marks) => new Set(marks.map((m) => m.parentElement!.querySelector('.face-region')!.getAttribute('data-region'))).size);
    expect(markedRegions).toBe(regions.length);
    await saveScreenshot(app, 'face-filter-all');
  });

  test('keyboard only: Tab in, arrows move, Enter opens, Escape closes, focus is visible', async ({ app }) => {
    await openFace(app);
    const focusedRegion = () => app.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? null);

    await region(app, 'Forehead lines').focus();
    await app.keyboard.press('ArrowDown');
    const below = await focusedRegion();
    expect(below).not.toBe('Forehead lines');
    expect(below).not.toBeNull();
    await expect.poll(() => app.evaluate(() => getComputedStyle(document.activeElement!).stroke)).toBe('rgb(27, 79, 214)');

    await app.keyboard.press('Enter');
    await expect(panel(app).getByRole('heading', { level: 2 })).toHaveText(below!);
    await app.keyboard.press('ArrowDown');
    await app.keyboard.press('Space');
    const next = await focusedRegion();
    await expect(panel(app).getByRole('heading', { level: 2 })).toHaveText(next!);

    await app.keyboard.press('Escape');
    await expect(panel(app)).toHaveCount(0);
    expect(await focusedRegion()).toBe(next);
  });

  test('walks every region with the arrow keys alone', async ({ app }) => {
    await openFace(app);
    await region(app, 'Forehead lines').focus();
    const visited = new Set<string>();
    // Sweep down and up the face in columns, first toward the viewer's left, then right.
    for (let column = 0; column < 8; column += 1) {
      for (let step = 0; step < 10; step += 1) {
        visited.add((await app.evaluate(() => document.activeElement?.getAttribute('data-region'))) ?? '');
        await app.keyboard.press(column % 2 === 0 ? 'ArrowDown' : 'ArrowUp');
      }
      await app.keyboard.press(column < 4 ? 'ArrowLeft' : 'ArrowRight');
    }
    expect(visited.size).toBeGreaterThanOrEqual(10);
  });

  test('“Add to consultation” marks the region and numbers it on the face', async ({ app }) => {
    await openFace(app);
    await clickRegion(app, 'Frown lines between the brows');
    await panel(app).getByRole('button', { name: 'Add to consultation' }).click();
    await clickRegion(app, 'Lips');
    await panel(app).getByRole('button', { name: 'Add to consultation' }).click();

    await expect(panel(app).getByRole('button', { name: '✓ Added to consultation' })).toHaveAttribute('aria-pressed', 'true');
    await expect(app.locator('.concern-marker')).toHaveCount(2);
    await expect(app.locator('.concern-marker text')).toHaveText(['1', '2']);
    await app.keyboard.press('Escape');
    await expect(app.getByText('2 areas added to the consultation.')).toBeVisible();
    await saveScreenshot(app, 'face-two-concerns');
  });

  test('every region is at least 44 x 44 px at 1280x720', async ({ app }) => {
    await openFace(app);
    const sizes = await app.getByRole('group', { name: /Front view of a face/ }).getByRole('button').evaluateAll((paths) =>
      paths.map((p) => {
        const box = p.getBoundingClientRect();
        return { id: p.getAttribute('data-region'), width: Math.round(box.width), height: Math.round(box.height) };
      }),
    );
    expect(sizes.filter((s) => s.width < 44 || s.height < 44)).toEqual([]);
  });

  test('hover shows the region’s name', async ({ app }) => {
    await openFace(app);
    await region(app, 'Chin').hover();

    await expect(app.locator('.face-hover-label')).toHaveText('Chin');
  });

  test('has no serious accessibility violations, with and without the panel open', async ({ app }) => {
    await openFace(app);
    await expectNoSeriousAxeViolations(app);
    await clickRegion(app, "Crow's feet (left)");
    await expect(panel(app)).toBeVisible();
    await expectNoSeriousAxeViolations(app);
  });

  test('with reduced motion the panel appears without sliding', async ({ app }) => {
    await app.emulateMedia({ reducedMotion: 'reduce' });
    await openFace(app);
    await clickRegion(app, 'Chin');

    const transforms: string[] = [];
    for (let frame = 0; frame < 6; frame += 1) {
      transforms.push(await panel(app).evaluate((el) => getComputedStyle(el).transform));
      await app.waitForTimeout(16);
    }
    expect(transforms.every((t) => t === 'none')).toBe(true);
  });
});
