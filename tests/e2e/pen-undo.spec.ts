import type { Page } from '@playwright/test';
import { drawingTools, drawWithMouse, openDeck, slideInkLayer, slideStage, slideStrokes, wave } from './drawing';
import { expect, saveScreenshot, test } from './fixtures';

/** Issue 16: a slip of the pen, a sweep of the eraser or a "clear" too many is taken back, and the palette is easy to hit. */

const undo = (app: Page) => drawingTools(app).getByRole('button', { name: 'Undo the last drawing change' });

test.describe('undo on the slides', () => {
  test('takes back a stroke, an eraser sweep and a clear, one step each, with U, Ctrl+Z or the button', async ({ app, pageProblems }) => {
    await openDeck(app);
    await expect(undo(app)).toHaveAttribute('aria-disabled', 'true');
    await app.keyboard.press('i');
    for (const y of [0.25, 0.5, 0.75]) await drawWithMouse(app, slideInkLayer(app), wave([0.2, y], [0.8, y]));
    await expect(slideStrokes(app)).toHaveCount(3);

    // One sweep of the eraser down across all three lines, then clear.
    await app.keyboard.press('e');
    await drawWithMouse(app, slideInkLayer(app), wave([0.5, 0.1], [0.5, 0.6], 12));
    await expect(slideStrokes(app)).toHaveCount(1);
    await app.keyboard.press('c');
    await expect(slideStrokes(app)).toHaveCount(0);

    await app.keyboard.press('u');
    await expect(slideStrokes(app)).toHaveCount(1);
    await app.keyboard.press('Control+z');
    await expect(slideStrokes(app)).toHaveCount(3);
    await undo(app).click();
    await expect(slideStrokes(app)).toHaveCount(2);
    // The deck kept the keyboard: the arrows still move the slides.
    await expect(slideStage(app)).toHaveAttribute('aria-label', /^Slide 1 of/);
    await app.keyboard.press('ArrowRight');
    await expect(slideStage(app)).toHaveAttribute('aria-label', /^Slide 2 of/);
    expect(pageProblems).toEqual([]);
  });

  test('the undo is the slide’s own: on another slide it does not touch the first one’s drawing', async ({ app }) => {
    await openDeck(app);
    await app.keyboard.press('i');
    await drawWithMouse(app, slideInkLayer(app), wave([0.2, 0.4], [0.8, 0.4]));
    await app.keyboard.press('ArrowRight');
    await expect(undo(app)).toHaveAttribute('aria-disabled', 'true');
    await app.keyboard.press('u');
    await app.keyboard.press('ArrowLeft');
    await expect(slideStage(app)).toHaveAttribute('aria-label', /^Slide 1 of/);
    await expect(slideStrokes(app)).toHaveCount(1);
  });
});

test('every palette button takes a press anywhere over a 44 px target, in the deck and on the face', async ({ app }) => {
  await app.setViewportSize({ width: 1280, height: 720 });
  await openDeck(app);
  const buttons = drawingTools(app).getByRole('button');
  const count = await buttons.count();
  expect(count).toBeGreaterThanOrEqual(9);
  for (let i = 0; i < count; i++) {
    const button = buttons.nth(i);
    const name = (await button.getAttribute('aria-label')) ?? `button ${i}`;
    const box = (await button.boundingBox())!;
    expect(box.width, name).toBeGreaterThanOrEqual(44);
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    // 21 px above and below the centre (a 42 px reach inside a 44 px square) still land on this button.
    for (const y of [cy - 21, cy + 21]) {
      // (Below the window's edge there is nothing to press; the edge itself must still be the button.)
      const hit = await app.evaluate(([x, y]) => document.elementFromPoint(x, Math.min(y, innerHeight - 1))?.closest('button')?.getAttribute('aria-label') ?? null, [cx, y] as const);
      expect(hit, `${name} at y=${Math.round(y - cy)}`).toBe(name);
    }
  }
  await saveScreenshot(app, 'pen-palette-touch-targets');

  await app.keyboard.press('d');
  const faceTools = app.getByRole('main', { name: 'Face diagram' }).getByRole('toolbar', { name: 'Drawing tools' });
  await expect(faceTools).toBeVisible();
  for (const box of await faceTools.getByRole('button').evaluateAll((all) => all.map((b) => b.getBoundingClientRect().toJSON() as DOMRect))) {
    expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(44);
  }
});
