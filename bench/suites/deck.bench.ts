import path from 'node:path';
import { loadContent } from '../../main/services/content/load';
import { stepsOf } from '../../shared/deck/steps';
import type { Slide } from '../../shared/content/schema';
import { longestTaskSince, openBenchPage, type BenchPage } from '../browser-page';
import { defineSuite } from '../harness';

let bench: BenchPage;
let slides: Slide[] = [];
/** Position mirrored from the app: which slide, which step. */
let index = 0;
let step = 0;
const longTasks: number[] = [];
let heapAfter20 = 0;
let heapAfter200 = 0;

async function press(key: string): Promise<void> {
  await bench.page.evaluate((k) => window.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true })), key);
}

/** Presses PageDown until the slide changes; returns key press to the new slide's title on screen (ms, in page). */
async function nextSlide(): Promise<number> {
  while (step < stepsOf(slides[index]!) - 1) {
    await press('PageDown');
    step += 1;
  }
  const target = index + 1 < slides.length ? index + 1 : 0;
  const key = target === 0 ? 'Home' : 'PageDown';
  const { elapsed, pressedAt } = await bench.page.evaluate(
    async ({ k, title }) => {
      const pressedAt = performance.now();
      window.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));
      return new Promise<{ elapsed: number; pressedAt: number }>((resolve) => {
        const check = () => {
          const heading = document.querySelector('main .slide-presence:not([data-leaving]) .slide-heading');
          const frame = heading?.closest('.slide-frame');
          if (heading?.textContent === title && frame && Number(getComputedStyle(frame).opacity) > 0) {
            resolve({ elapsed: performance.now() - pressedAt, pressedAt });
          } else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      });
    },
    { k: key, title: slides[target]!.title },
  );
  index = target;
  step = 0;
  await bench.page.waitForTimeout(380); // let the 320 ms transition finish
  longTasks.push(await longestTaskSince(bench.page, pressedAt));
  return elapsed;
}

async function heapAfterGc(): Promise<number> {
  const cdp = await bench.page.context().newCDPSession(bench.page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize;
}

export default defineSuite({
  name: 'deck',
  async setup() {
    const content = await loadContent({ builtIn: path.resolve(__dirname, '../../assets/content/en'), override: null });
    slides = content.pack!.slides;
    bench = await openBenchPage({ width: 1920, height: 1080 });
    await bench.page.getByRole('button', { name: /Present the treatments/ }).click();
    await bench.page.locator('main .slide-stage').waitFor();
  },
  async teardown() {
    await bench.close();
  },
  cases: [{ name: 'key press to next slide visible', iterations: 40, warmupIterations: 5, budgetMedianMs: 100, run: nextSlide }],
  metrics: [
    { name: 'longest task during a transition', unit: 'ms', budget: 50, measure: () => Math.max(0, ...longTasks) },
    {
      name: 'JS heap growth, 200 vs 20 slide changes',
      unit: '%',
      budget: 10,
      measure: async () => {
        // Fast changes without waiting for transitions: the point is what stays behind.
        const change = async () => {
          await press(index + 1 < slides.length ? 'End' : 'Home');
          index = index + 1 < slides.length ? slides.length - 1 : 0;
          await bench.page.waitForTimeout(40);
        };
        for (let i = 0; i < 20; i += 1) await change();
        await bench.page.waitForTimeout(500);
        heapAfter20 = await heapAfterGc();
        for (let i = 20; i < 200; i += 1) await change();
        await bench.page.waitForTimeout(500);
        heapAfter200 = await heapAfterGc();
        return ((heapAfter200 - heapAfter20) / heapAfter20) * 100;
      },
    },
    { name: 'JS heap after 20 slide changes', unit: 'bytes', measure: () => heapAfter20 },
    { name: 'JS heap after 200 slide changes', unit: 'bytes', measure: () => heapAfter200 },
  ],
});
