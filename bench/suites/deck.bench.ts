import path from 'node:path';
import { loadContent } from '../../main/services/content/load';
import { stepsOf } from '../../shared/deck/steps';
import type { Slide } from '../../shared/content/schema';
import { longestTaskSince, openBenchPage, type BenchPage } from '../browser-page';
import { defineSuite } from '../harness';
import { createRevealDeck, REVEAL_CURRENT } from '../peers/reveal-deck';
import type { StaticSite } from '../peers/static-site';
import { installProbe, lastInputAt, watchFrom, type ProbeTarget } from '../probes';
import type { Page } from '@playwright/test';
import { HOST_URL } from '../../tests/e2e/browser-host';

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
  await bench.page.waitForTimeout(260); // let the 200 ms transition finish
  longTasks.push(await longestTaskSince(bench.page, pressedAt));
  return elapsed;
}

/**
 * Side by side with reveal.js: both decks in the same browser, 1920x1080,
 * walked with real key presses (PageDown; Home after the last slide). Each
 * deck's steps (reveal's fragments) are shown first, untimed; then the press
 * that changes the slide is timed from its event to the new slide showing and
 * fully in place (the old one gone), counting frames over 33 ms meanwhile.
 */
let revealSite: StaticSite;
let revealPage: Page;
let revealIndex = 0;
let presenterPage: Page | null = null;

const FACET_CURRENT = 'main .slide-presence:not([data-leaving])';

async function timedPress(page: Page, key: string, target: ProbeTarget): Promise<Record<string, number>> {
  await page.bringToFront();
  const watching = watchFrom(page, target);
  await page.keyboard.press(key);
  const result = await watching;
  const pressedAt = await lastInputAt(page, 'keydown');
  return { showing: result.showingAt - pressedAt, inPlace: result.inPlaceAt - pressedAt, framesOver33: result.framesOver33 };
}

async function facetSlideChange(): Promise<Record<string, number>> {
  const { page } = bench;
  while (step < stepsOf(slides[index]!) - 1) {
    await page.keyboard.press('PageDown');
    step += 1;
  }
  await page.waitForTimeout(300); // the last step's reveal settles before the timed press
  const target = index + 1 < slides.length ? index + 1 : 0;
  const figures = await timedPress(page, target === 0 ? 'Home' : 'PageDown', { root: FACET_CURRENT, title: slides[target]!.title, gone: '.slide-stage [data-leaving]' });
  index = target;
  step = 0;
  return figures;
}

async function revealSlideChange(): Promise<Record<string, number>> {
  const page = revealPage;
  while ((await page.evaluate('Reveal.availableFragments().next')) === true) await page.keyboard.press('PageDown');
  await page.waitForTimeout(300);
  const target = revealIndex + 1 < slides.length ? revealIndex + 1 : 0;
  const figures = await timedPress(page, target === 0 ? 'Home' : 'PageDown', { root: REVEAL_CURRENT, title: slides[target]!.title });
  revealIndex = target;
  return figures;
}

/** Page time to the shared clock (both windows run in one browser, on one machine). */
const epoch = (page: Page, pageTime: number) => page.evaluate((t) => performance.timeOrigin + t, pageTime);

/**
 * The presenter window (the same app at #presenter, as main opens it) beside
 * the audience's: "next" pressed in the presenter's window, timed to each
 * window's new slide in place, and to both.
 */
async function presenterStep(): Promise<Record<string, number>> {
  if (!presenterPage) {
    // A window of its own (a popup, as main opens a second BrowserWindow), so both windows are painted at once.
    await bench.page.bringToFront();
    await installProbe(bench.page.context());
    const opened = bench.page.context().waitForEvent('page');
    await bench.page.evaluate((url) => window.open(url, 'facet-presenter', 'popup,width=1280,height=800'), `${HOST_URL}#presenter`);
    presenterPage = await opened;
    await presenterPage.locator('.presenter-screen').waitFor();
    await presenterPage.waitForTimeout(500);
  }
  const presenter = presenterPage;
  while (step < stepsOf(slides[index]!) - 1) {
    await presenter.keyboard.press('PageDown');
    step += 1;
  }
  await presenter.waitForTimeout(300);
  const target = index + 1 < slides.length ? index + 1 : 0;
  const title = slides[target]!.title;
  const audience = watchFrom(bench.page, { root: FACET_CURRENT, title, gone: '.slide-stage [data-leaving]' });
  const own = watchFrom(presenter, { root: '.presenter-screen', title, gone: '[data-leaving]' });
  await presenter.keyboard.press(target === 0 ? 'Home' : 'PageDown');
  const [audienceResult, ownResult] = await Promise.all([audience, own]);
  const pressed = await epoch(presenter, await lastInputAt(presenter, 'keydown'));
  const audienceAt = (await epoch(bench.page, audienceResult.inPlaceAt)) - pressed;
  const ownAt = (await epoch(presenter, ownResult.inPlaceAt)) - pressed;
  index = target;
  step = 0;
  return { both: Math.max(audienceAt, ownAt), presenter: ownAt, audience: audienceAt };
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
    revealSite = createRevealDeck(slides);
    await revealSite.serveIn(bench.page.context());
    revealPage = await bench.page.context().newPage();
    await revealPage.setViewportSize({ width: 1920, height: 1080 });
    await installProbe(revealPage);
    await revealPage.goto(revealSite.url('index.html'));
    await revealPage.locator('.reveal.ready').waitFor({ state: 'attached' });
    // A tab behind another is not painted: each deck is brought to the front before it is timed.
    await bench.page.bringToFront();
    await bench.page.getByRole('button', { name: /Present the treatments/ }).click();
    await bench.page.locator('main .slide-stage').waitFor();
  },
  async teardown() {
    await bench.close();
    revealSite?.remove();
  },
  cases: [{ name: 'key press to next slide visible', iterations: 40, warmupIterations: 5, budgetMedianMs: 100, run: nextSlide }],
  sideBySide: [
    {
      name: 'slide change',
      peer: 'reveal.js 6 (default theme and transition)',
      samples: 24,
      warmupSamples: 2,
      facet: facetSlideChange,
      peerSample: revealSlideChange,
      figures: [
        { key: 'showing', label: 'key to next slide showing', unit: 'ms', budget: { maxMs: 20 } },
        { key: 'inPlace', label: 'key to next slide fully in place', unit: 'ms', budget: { maxMs: 250 } },
        { key: 'framesOver33', label: 'frames over 33 ms per slide change', unit: 'count', budget: { maxCount: 0 } },
      ],
    },
    {
      name: 'presenter',
      samples: 12,
      warmupSamples: 2,
      facet: presenterStep,
      figures: [
        { key: 'both', label: 'presenter key to both windows in place', unit: 'ms', budget: { maxMs: 300 } },
        { key: 'presenter', label: "presenter key to the presenter's own view in place", unit: 'ms' },
        { key: 'audience', label: 'presenter key to the audience view in place', unit: 'ms' },
      ],
    },
  ],
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
