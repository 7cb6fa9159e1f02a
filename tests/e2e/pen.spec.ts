import { copyFileSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { slideView } from '../../shared/ink/limits';
import { drawnSlidesLayout } from '../../shared/summary/drawn-slides-layout';
import { sampleConsultation } from '../fixtures/consultation-sample';
import { rasterise, type Raster } from '../fixtures/pdf-raster';
import { HOST_URL } from './browser-host';
import { expect, saveScreenshot, test } from './fixtures';
import { backToConsultation, exportSummary, openFaceDiagram, reviewSummary, startConsultation } from './flows';
import {
  drawingTools as palette,
  drawWithMouse,
  onScreen,
  openDeck,
  slideInkLayer as inkLayer,
  slideStage as stage,
  slideStrokes as strokes,
  wave,
  type Point,
} from './drawing';
import { pdfText, rasterisePage } from './pdf-tools';

/**
 * Issue 16: the practitioner draws over slides and the face with a mouse, a
 * stylus or a finger; drawings stay with their slide, show in the other
 * window, survive a reload, and reach the summary PDF.
 */

/** A stylus through Chromium's own input pipeline (DevTools protocol), pressing harder as it goes. */
async function drawWithPen(page: Page, target: Locator, points: readonly Point[]) {
  const cdp = await page.context().newCDPSession(page);
  const screen = await onScreen(target, points);
  const send = (type: 'mousePressed' | 'mouseMoved' | 'mouseReleased', [x, y]: Point, force: number) =>
    cdp.send('Input.dispatchMouseEvent', { type, x, y, button: 'left', buttons: type === 'mouseReleased' ? 0 : 1, clickCount: 1, pointerType: 'pen', force });
  await send('mousePressed', screen[0]!, 0.3);
  for (const [i, point] of screen.entries()) await send('mouseMoved', point, 0.3 + (0.6 * i) / screen.length);
  await send('mouseReleased', screen.at(-1)!, 0);
  await cdp.detach();
}

/** A finger, as touch events the page turns into pointer events. */
async function drawWithFinger(page: Page, target: Locator, points: readonly Point[]) {
  const cdp = await page.context().newCDPSession(page);
  const screen = await onScreen(target, points);
  const touch = ([x, y]: Point) => [{ x, y, id: 1, radiusX: 6, radiusY: 6, force: 0.5 }];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: touch(screen[0]!) });
  for (const point of screen.slice(1)) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: touch(point) });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

test.describe('pen, highlighter and laser over the slides', () => {
  test('draws with a mouse, a stylus and a finger, each drawing staying with its slide', async ({ app, pageProblems }) => {
    await app.setViewportSize({ width: 1600, height: 900 });
    await openDeck(app);
    await app.keyboard.press('PageDown');
    await app.keyboard.press('i');
    await expect(palette(app).getByRole('button', { name: 'Pen' })).toHaveAttribute('aria-pressed', 'true');
    await drawWithMouse(app, inkLayer(app), wave([0.15, 0.8], [0.55, 0.78]));
    await expect(strokes(app)).toHaveCount(1);

    await palette(app).getByRole('button', { name: 'Berry ink' }).click();
    await drawWithPen(app, inkLayer(app), wave([0.6, 0.3], [0.9, 0.45]));
    await expect(strokes(app)).toHaveCount(2);
    const [mouseWidth, penWidth] = await strokes(app).evaluateAll((paths) => paths.map((p) => Number(p.getAttribute('stroke-width'))));
    expect(penWidth).toBeGreaterThan(mouseWidth!);

    await app.keyboard.press('h');
    await palette(app).getByRole('button', { name: 'Amber ink' }).click();
    await drawWithFinger(app, inkLayer(app), wave([0.1, 0.2], [0.5, 0.22]));
    await expect(strokes(app)).toHaveCount(3);
    await expect(app.getByText(/^Slide 2 \/ \d+$/)).toBeVisible();
    await saveScreenshot(app, 'pen-slide-with-ink');

    // Keyboard focus stayed with the deck: the arrow keys still move the slides.
    await app.keyboard.press('End');
    await expect(stage(app)).not.toHaveAttribute('aria-label', /^Slide 2 of/);
    await expect(strokes(app)).toHaveCount(0);
    await app.keyboard.press('Home');
    await app.keyboard.press('PageDown');
    await expect(stage(app)).toHaveAttribute('aria-label', /^Slide 2 of/);
    await expect(strokes(app)).toHaveCount(3);
    expect(pageProblems).toEqual([]);
  });

  test('the palette sits below the slide, clear of it, on common screens', async ({ app }) => {
    await openDeck(app);
    for (const [width, height] of [[1280, 720], [1440, 900], [1920, 1080], [1280, 1024]] as const) {
      await app.setViewportSize({ width, height });
      const slide = (await app.locator('.slide-stage').boundingBox())!;
      const tools = (await palette(app).boundingBox())!;
      expect(tools.y, `${width}x${height}`).toBeGreaterThanOrEqual(slide.y + slide.height);
      expect(tools.y + tools.height, `${width}x${height}`).toBeLessThanOrEqual(height);
    }
    await app.setViewportSize({ width: 1280, height: 720 });
    await saveScreenshot(app, 'pen-palette-1280x720');
  });

  test('the eraser takes away a stroke it touches, and clear takes the rest', async ({ app }) => {
    await openDeck(app);
    await app.keyboard.press('i');
    await drawWithMouse(app, inkLayer(app), wave([0.2, 0.3], [0.8, 0.3]));
    await drawWithMouse(app, inkLayer(app), wave([0.2, 0.7], [0.8, 0.7]));
    await expect(strokes(app)).toHaveCount(2);
    await app.keyboard.press('e');
    await drawWithMouse(app, inkLayer(app), [[0.5, 0.15], [0.5, 0.45]]);
    await expect(strokes(app)).toHaveCount(1);
    await app.keyboard.press('c');
    await expect(strokes(app)).toHaveCount(0);

    // Escape puts the eraser down, and only that: the overview stays closed.
    await app.keyboard.press('Escape');
    await expect(palette(app).getByRole('button', { name: 'Eraser' })).toHaveAttribute('aria-pressed', 'false');
    await expect(app.getByRole('dialog')).toHaveCount(0);
    await expect(inkLayer(app)).not.toHaveClass(/is-active/);
  });

  test('the laser dot follows the pointer, fades when still, and stays put with reduced motion', async ({ app }) => {
    await openDeck(app);
    await app.keyboard.press('l');
    const dot = app.locator('.slide-stage .ink-laser');
    const [point] = await onScreen(inkLayer(app), [[0.5, 0.5]]);
    await app.mouse.move(...point!);
    await expect(dot).toHaveClass(/is-on/);
    await expect(dot).toHaveClass(/is-still/, { timeout: 3000 });
    await app.getByRole('button', { name: 'Reduce motion' }).click();
    await app.mouse.move(point![0] + 20, point![1]);
    await app.waitForTimeout(1500);
    await expect(dot).toHaveClass(/is-on/);
    await expect(dot).not.toHaveClass(/is-still/);
    await expect(strokes(app)).toHaveCount(0);
  });

  test('a stroke drawn in the audience window shows in the presenter view, and back', async ({ app, context }) => {
    await openDeck(app);
    const presenter = await context.newPage();
    await presenter.goto(`${HOST_URL}#presenter`);
    await expect(presenter.getByText('Presenter view')).toBeVisible();
    const presenterStrokes = presenter.locator('.slide-stage .ink-layer .ink-strokes path');

    await app.keyboard.press('i');
    await drawWithMouse(app, inkLayer(app), wave([0.2, 0.5], [0.8, 0.5]));
    await expect(presenterStrokes).toHaveCount(1);

    await presenter.keyboard.press('h');
    await drawWithMouse(presenter, presenter.locator('.slide-stage .ink-layer'), wave([0.2, 0.8], [0.8, 0.8]));
    await expect(strokes(app)).toHaveCount(2);
    await saveScreenshot(presenter, 'pen-presenter-with-ink');
  });
});

const faceLayer = (page: Page) => page.locator('.face-diagram .ink-layer');
const faceStrokes = (page: Page) => page.locator('.face-diagram .ink-layer .ink-strokes path');

/** Pixels of berry ink (#b0306a) on a rasterised page, as fractions of the page: where the drawing landed. */
function berryBox({ width, height, rgb }: Raster): { left: number; top: number; right: number; bottom: number; count: number } {
  const box = { left: 1, top: 1, right: 0, bottom: 0, count: 0 };
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 3;
      if (Math.abs(rgb[i]! - 0xb0) + Math.abs(rgb[i + 1]! - 0x30) + Math.abs(rgb[i + 2]! - 0x6a) > 60) continue;
      box.count += 1;
      box.left = Math.min(box.left, x / width);
      box.right = Math.max(box.right, x / width);
      box.top = Math.min(box.top, y / height);
      box.bottom = Math.max(box.bottom, y / height);
    }
  }
  return box;
}

test.describe('drawings in a consultation', () => {
  test('are kept with the consultation through a reload, and the face’s drawing is in the summary PDF', async ({ app, exportDir, host }) => {
    await app.setViewportSize({ width: 1440, height: 900 });
    await startConsultation(app, 'Ann Example');
    await app.getByRole('button', { name: 'Show the slides' }).click();
    await expect(stage(app)).toBeVisible();
    await app.keyboard.press('i');
    await drawWithMouse(app, inkLayer(app), wave([0.2, 0.6], [0.7, 0.6]));
    await expect(strokes(app)).toHaveCount(1);

    await app.getByRole('button', { name: 'Face diagram' }).click();
    await expect(faceLayer(app)).toBeVisible();
    await palette(app).getByRole('button', { name: 'Berry ink' }).click();
    // A circle round the forehead, and a line along the left cheek.
    const circle = Array.from({ length: 30 }, (_, i) => [0.5 + 0.16 * Math.cos((i / 29) * 2 * Math.PI), 0.24 + 0.06 * Math.sin((i / 29) * 2 * Math.PI)] as Point);
    await drawWithMouse(app, faceLayer(app), circle);
    await drawWithPen(app, faceLayer(app), wave([0.3, 0.62], [0.4, 0.75], 12));
    await expect(faceStrokes(app)).toHaveCount(2);
    await saveScreenshot(app, 'pen-face-with-ink');
    // With the pen put down, the face's areas answer clicks again.
    await app.keyboard.press('i');
    await expect(faceLayer(app)).not.toHaveClass(/is-active/);

    // Autosave sends a change within 600 ms (renderer/consultation/autosave.ts); then let the write land.
    await app.waitForTimeout(900);
    await host.backend.consultations.whenIdle();
    await app.reload();
    await app.getByRole('complementary', { name: 'Unfinished consultations' }).getByRole('button', { name: /Resume/ }).click();
    await openFaceDiagram(app);
    await expect(faceStrokes(app)).toHaveCount(2);
    await backToConsultation(app);
    await reviewSummary(app);
    await app.getByRole('checkbox', { name: /Add the slide you drew on to the summary/ }).check();
    const pdf = await exportSummary(app, host.folderDialog, exportDir);
    rasterisePage(pdf, path.join(exportDir, 'page1'));
    const ink = berryBox(rasterise(readFileSync(pdf), 1, 60));
    // The face sits in the left third of page 1, under the heading; the drawing is inside it.
    expect(ink.count).toBeGreaterThan(40);
    expect(ink.left).toBeGreaterThan(0.05);
    expect(ink.right).toBeLessThan(0.4);
    expect(ink.top).toBeGreaterThan(0.1);
    expect(ink.bottom).toBeLessThan(0.6);
    copyFileSync(path.join(exportDir, 'page1.png'), path.join(__dirname, '../../test-results/screenshots/pen-summary-page1.png'));
    // The slide drawn on, ticked into the summary, is a page of its own.
    const pages = pdfText(pdf).split('\f');
    const drawnPage = pages.findIndex((text) => text.includes('Drawn during your consultation'));
    expect(drawnPage).toBeGreaterThan(0);
    rasterisePage(pdf, path.join(exportDir, 'drawn'), drawnPage + 1);
    copyFileSync(path.join(exportDir, 'drawn.png'), path.join(__dirname, '../../test-results/screenshots/pen-summary-drawn-slides.png'));

    await backToConsultation(app);
    await app.getByRole('button', { name: 'Show the slides' }).click();
    await expect(strokes(app)).toHaveCount(1);
  });

  test('a slide drawn on is printed in the summary with the drawing over it, where it was drawn', async ({ app, exportDir, host }) => {
    await app.setViewportSize({ width: 1440, height: 900 });
    await startConsultation(app, 'Ann Example');
    await app.getByRole('button', { name: 'Show the slides' }).click();
    await expect(stage(app)).toBeVisible();
    await app.keyboard.press('Home');
    await app.keyboard.press('PageDown');
    await expect(stage(app)).toHaveAttribute('aria-label', /^Slide 2 of \d+: Why lines and hollows appear/);
    await app.keyboard.press('i');
    await palette(app).getByRole('button', { name: 'Berry ink' }).click();
    // A ring round the middle of the slide's right half.
    const ring = Array.from({ length: 40 }, (_, i) => [0.62 + 0.12 * Math.cos((i / 39) * 2 * Math.PI), 0.5 + 0.1 * Math.sin((i / 39) * 2 * Math.PI)] as Point);
    await drawWithMouse(app, inkLayer(app), ring);
    await expect(strokes(app)).toHaveCount(1);
    await saveScreenshot(app, 'pen-slide-ring');

    await app.waitForTimeout(900);
    await host.backend.consultations.whenIdle();
    await app.keyboard.press('i');
    await app.getByRole('button', { name: 'End presentation' }).click();
    await app.getByRole('complementary', { name: 'Consultation in progress' }).getByRole('button', { name: 'Continue' }).click();
    await reviewSummary(app);
    await app.getByRole('checkbox', { name: /Add the slide you drew on to the summary/ }).check();
    const pdf = await exportSummary(app, host.folderDialog, exportDir);

    const pages = pdfText(pdf).split('\f');
    const drawnPage = pages.findIndex((text) => text.includes('Drawn during your consultation'));
    expect(drawnPage).toBeGreaterThan(0);
    // The slide itself is on the page, its words as text (vector, searchable), not only its title.
    expect(pages[drawnPage]).toContain('Why lines and hollows appear');
    expect(pages[drawnPage]).toContain('Skin slowly loosens as the years go by.');
    expect(pages[drawnPage]).toContain('Together, these leave lines, folds and hollows.');

    rasterisePage(pdf, path.join(exportDir, 'drawn-slide'), drawnPage + 1);
    copyFileSync(path.join(exportDir, 'drawn-slide.png'), path.join(__dirname, '../../test-results/screenshots/pen-summary-printed-slide.png'));
    const raster = rasterise(readFileSync(pdf), drawnPage + 1, 100);
    const { page, pages: layout } = drawnSlidesLayout('A4', ['how-skin-ages']);
    const frame = layout[0]!.frames[0]!;
    const ink = berryBox(raster);
    expect(ink.count).toBeGreaterThan(100);
    // The ring, in the slide's own fractions: where it was drawn on screen, within 2% of the slide.
    const inSlide = {
      left: (ink.left * page.width - frame.x) / frame.width,
      right: (ink.right * page.width - frame.x) / frame.width,
      top: (ink.top * page.height - frame.y) / frame.height,
      bottom: (ink.bottom * page.height - frame.y) / frame.height,
    };
    expect(inSlide.left).toBeCloseTo(0.5, 1.4);
    expect(inSlide.right).toBeCloseTo(0.74, 1.4);
    expect(inSlide.top).toBeCloseTo(0.4, 1.4);
    expect(inSlide.bottom).toBeCloseTo(0.6, 1.4);
    // And the slide is painted in that frame: its text's dark pixels fill part of it.
    expect(darkPixelsIn(raster, frame, page)).toBeGreaterThan(500);
  });

  test('a face slide drawn on prints as lines and tints, not as pictures, and the summary stays small', async ({ app, host, exportDir }) => {
    void app;
    // Chromium prints SVG patterns as low-resolution pictures, one per area: the print page uses flat tints.
    const ring = { id: 'ring', tool: 'pen' as const, colour: 'berry' as const, width: 5, points: [900, 200, 1200, 300, 900, 400, 700, 300, 900, 200] };
    const consultation = sampleConsultation('Ann Example', { drawingsInSummary: true, drawings: [{ view: slideView('toxin-areas'), strokes: [ring] }] });
    await host.backend.consultations.save(consultation);
    host.folderDialog.answer = exportDir;
    await host.backend.handlers['exports.write']({ id: consultation.id, kinds: ['patientSummary'] });
    const file = path.join(exportDir, readdirSync(exportDir).find((name) => name.endsWith('.pdf'))!);
    const pdf = readFileSync(file);
    expect(pdf.toString('latin1').match(/\/Subtype\s*\/Image/g) ?? []).toEqual([]);
    expect(pdf.length).toBeLessThan(400_000);
    expect(host.logLines.join('\n')).not.toContain('slides-not-printed');
    const page = pdfText(file)
      .split('\f')
      .find((text) => text.includes('Drawn during your consultation'))!;
    expect(page).toContain('Where botulinum toxin is used');
  });
});

/** Pixels of text-dark ink inside a frame (in points) on a rasterised page. */
function darkPixelsIn({ width, height, rgb }: Raster, frame: { x: number; y: number; width: number; height: number }, page: { width: number; height: number }): number {
  let count = 0;
  for (let y = Math.ceil((frame.y / page.height) * height); y < ((frame.y + frame.height) / page.height) * height; y++) {
    for (let x = Math.ceil((frame.x / page.width) * width); x < ((frame.x + frame.width) / page.width) * width; x++) {
      const i = (y * width + x) * 3;
      if (rgb[i]! + rgb[i + 1]! + rgb[i + 2]! < 200) count += 1;
    }
  }
  return count;
}
