import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

/** Drawing on the slides and the face as a practitioner does: with a mouse, a stylus or a finger. */

export type Point = [number, number];

export const slideStage = (page: Page): Locator => page.getByRole('main').getByRole('region', { name: /^Slide \d+ of \d+: / });
export const slideInkLayer = (page: Page): Locator => page.locator('.slide-stage .ink-layer');
export const slideStrokes = (page: Page): Locator => page.locator('.slide-stage .ink-layer .ink-strokes path');
export const drawingTools = (page: Page): Locator => page.getByRole('toolbar', { name: 'Drawing tools' });

export async function openDeck(app: Page): Promise<void> {
  await app.getByRole('button', { name: /Present the treatments/ }).click();
  await expect(slideStage(app)).toBeVisible();
}

/** A gentle wave across a box, as fractions of its size. */
export function wave(from: Point, to: Point, count = 24): Point[] {
  return Array.from({ length: count }, (_, i) => {
    const t = i / (count - 1);
    return [from[0] + (to[0] - from[0]) * t, from[1] + (to[1] - from[1]) * t + 0.04 * Math.sin(t * Math.PI * 2)] as Point;
  });
}

/** Fractions of the target's box as page coordinates. */
export async function onScreen(target: Locator, points: readonly Point[]): Promise<Point[]> {
  const box = (await target.boundingBox())!;
  return points.map(([x, y]) => [box.x + box.width * x, box.y + box.height * y]);
}

export async function drawWithMouse(page: Page, target: Locator, points: readonly Point[]): Promise<void> {
  const [first, ...rest] = await onScreen(target, points);
  await page.mouse.move(...first!);
  await page.mouse.down();
  for (const point of rest) await page.mouse.move(...point);
  await page.mouse.up();
}
