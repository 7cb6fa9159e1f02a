import type { Page } from '@playwright/test';
import { HOST_URL } from '../../tests/e2e/browser-host';
import { longestTaskSince, openBenchPage, type BenchPage } from '../browser-page';
import { defineSuite } from '../harness';

/**
 * Issue 16's budgets for drawing: a pointer move reaches the screen within
 * one frame at 120 Hz input; a slide holding 2,000 strokes never blocks the
 * page for a long frame; the other window shows a stroke within 50 ms.
 */

let bench: BenchPage;
let presenter: Page;
const longTasks: number[] = [];
let arrivalLongTask = 0;

/**
 * Sends a stroke of pen moves to the slide's ink layer from inside the page,
 * 120 a second, and returns each move's cost before its frame is on screen:
 * the handler's own time plus the rendering of the next frame. The layer
 * draws the move before the handler returns (checked), so the ink is in that
 * next frame; under 16.7 ms of work, that frame is not late.
 */
async function drawStrokeTimingFrames(page: Page, moves: number): Promise<number[]> {
  return page.evaluate(async (count) => {
    const layer = document.querySelector<SVGSVGElement>('main .slide-stage .ink-layer')!;
    const live = layer.querySelectorAll<SVGPathElement>('path.ink-stroke--live')[1]!;
    const box = layer.getBoundingClientRect();
    const y0 = box.top + box.height * (0.2 + Math.random() * 0.6);
    const at = (i: number) => ({ clientX: box.left + box.width * (0.1 + (0.8 * i) / count), clientY: y0 + 20 * Math.sin(i / 5) });
    const fire = (type: string, i: number) =>
      layer.dispatchEvent(new PointerEvent(type, { bubbles: true, pointerId: 1, pointerType: 'pen', isPrimary: true, pressure: 0.6, buttons: type === 'pointerup' ? 0 : 1, ...at(i) }));
    const frame = () => new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now())));
    const afterRendering = () => new Promise<number>((resolve) => setTimeout(() => resolve(performance.now()), 0));
    const timings: number[] = [];
    fire('pointerdown', 0);
    for (let i = 1; i <= count; i++) {
      const before = live.getAttribute('d');
      const start = performance.now();
      fire('pointermove', i);
      const handled = performance.now();
      if (live.getAttribute('d') === before) throw new Error('the move did not reach the live stroke');
      const frameStart = await frame();
      const frameEnd = await afterRendering();
      timings.push(handled - start + (frameEnd - frameStart));
      // 120 Hz input: the next move comes 8.3 ms after this one.
      const wait = start + 1000 / 120 - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    }
    fire('pointerup', count);
    return timings;
  }, moves);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** 2,000 finished strokes of 30 points each on the first slide, delivered as the other window would. */
async function fillSlideWithStrokes(page: Page): Promise<void> {
  const since = await page.evaluate(() => performance.now());
  await page.evaluate(() => {
    const view = document.querySelector('main .slide-stage .ink-layer')!.getAttribute('data-view')!;
    const strokes = Array.from({ length: 2000 }, (_, s) => ({
      id: `b${s}`,
      tool: s % 5 === 0 ? 'highlighter' : 'pen',
      colour: (['teal', 'berry', 'amber'] as const)[s % 3],
      width: s % 5 === 0 ? 22 : 5,
      points: Array.from({ length: 30 }, (_, i) => [Math.round(100 + ((s * 7) % 1300) + i * 6), Math.round(80 + ((s * 13) % 740) + 15 * Math.sin(i / 3))]).flat(),
    }));
    new BroadcastChannel('facet-ink').postMessage({ type: 'drawings', drawings: [{ view, strokes }] });
  });
  await page.locator('main .slide-stage .ink-layer[data-strokes="2000"]').waitFor();
  await page.waitForTimeout(200);
  arrivalLongTask = await longestTaskSince(page, since);
}

/** Pointer down in the audience window to the stroke in the presenter window's drawing, measured on the shared clock. */
async function mirroredStroke(): Promise<number> {
  // A mutation observer sees the path change whether or not that window is drawing frames (a window behind another may not).
  const watching = presenter.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const live = document.querySelectorAll<SVGPathElement>('.slide-stage .ink-layer path.ink-stroke--live')[0]!;
        const observer = new MutationObserver(() => {
          if (!live.getAttribute('d')) return;
          observer.disconnect();
          resolve(performance.timeOrigin + performance.now());
        });
        observer.observe(live, { attributes: true, attributeFilter: ['d'] });
        setTimeout(() => resolve(Number.POSITIVE_INFINITY), 2000);
      }),
  );
  const started = await bench.page.evaluate(() => {
    const layer = document.querySelector<SVGSVGElement>('main .slide-stage .ink-layer')!;
    const box = layer.getBoundingClientRect();
    const fire = (type: string, x: number) =>
      layer.dispatchEvent(new PointerEvent(type, { bubbles: true, pointerId: 1, pointerType: 'mouse', isPrimary: true, buttons: 1, clientX: box.left + x, clientY: box.top + box.height / 2 }));
    const start = performance.timeOrigin + performance.now();
    fire('pointerdown', 100);
    fire('pointermove', 140);
    // The stroke is finished a little later, as a hand would.
    setTimeout(() => fire('pointerup', 160), 120);
    return start;
  });
  const shown = await watching;
  await bench.page.waitForTimeout(200);
  return shown - started;
}

export default defineSuite({
  name: 'pen',
  async setup() {
    bench = await openBenchPage({ width: 1920, height: 1080 });
    await bench.page.getByRole('button', { name: /Present the treatments/ }).click();
    await bench.page.locator('main .slide-stage .ink-layer').waitFor();
    presenter = await bench.page.context().newPage();
    await presenter.addInitScript({ content: 'window.__name = (fn) => fn;' });
    await presenter.goto(`${HOST_URL}#presenter`);
    await presenter.locator('.slide-stage .ink-layer').waitFor();
    await bench.page.bringToFront();
    await bench.page.keyboard.press('i');
  },
  async teardown() {
    await presenter.close();
    await bench.close();
  },
  cases: [
    {
      name: 'pen move to ink: handler and frame work, 120 Hz input (median of a stroke)',
      iterations: 12,
      warmupIterations: 2,
      budgetMedianMs: 16.7,
      run: async () => median(await drawStrokeTimingFrames(bench.page, 60)),
    },
    { name: 'stroke shown in the presenter window', iterations: 15, warmupIterations: 2, budgetMedianMs: 50, run: mirroredStroke },
  ],
  metrics: [
    {
      name: '2,000 strokes arriving on a slide: longest task',
      unit: 'ms',
      budget: 50,
      measure: async () => {
        await fillSlideWithStrokes(bench.page);
        return arrivalLongTask;
      },
    },
    {
      name: 'drawing over 2,000 strokes: handler and frame work per move (median)',
      unit: 'ms',
      budget: 16.7,
      measure: async () => {
        const since = await bench.page.evaluate(() => performance.now());
        const timings: number[] = [];
        for (let stroke = 0; stroke < 5; stroke++) timings.push(...(await drawStrokeTimingFrames(bench.page, 40)));
        await bench.page.waitForTimeout(200);
        longTasks.push(await longestTaskSince(bench.page, since));
        return median(timings);
      },
    },
    { name: 'drawing and adding strokes over 2,000: longest task', unit: 'ms', budget: 50, measure: () => Math.max(0, ...longTasks) },
  ],
});
