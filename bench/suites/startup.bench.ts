import { readdir, readFile } from 'node:fs/promises';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from '@playwright/test';
import { BUILT_IN_CONTENT_DIR, buildHostBridge, createBrowserHost, HOST_BRIDGE_FILE, HOST_URL, RENDERER_DIR } from '../../tests/e2e/browser-host';
import { chromiumLaunchOptions } from '../../tests/e2e/chromium';
import { loadContent } from '../../main/services/content/load';
import type { Slide } from '../../shared/content/schema';
import { defineSuite } from '../harness';
import { createRevealDeck, REVEAL_CURRENT } from '../peers/reveal-deck';
import type { StaticSite } from '../peers/static-site';
import { installProbe, lastInputAt, watchFrom, type ProbeResult, type ProbeTarget } from '../probes';

let browser: Browser;
let slides: Slide[] = [];
let reveal: StaticSite;
// Made in setup, not on import: the runner imports every suite to read its name.
let userDataDir = '';

/** One cold start: a fresh browser context (no cache), the built renderer, until the first screen is painted. */
async function coldStart(): Promise<{ firstScreenMs: number; wallMs: number }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  try {
    const page = await context.newPage();
    const host = createBrowserHost({ userDataDir });
    await host.attach(page);
    const started = performance.now();
    await page.goto(HOST_URL);
    // The mark comes with the frame after data-ready (renderer/performance.ts).
    await page.waitForFunction(() => performance.getEntriesByName('facet:first-screen').length > 0, undefined, { polling: 'raf' });
    const wallMs = performance.now() - started;
    const firstScreenMs = await page.evaluate(() => performance.getEntriesByName('facet:first-screen')[0]!.startTime);
    host.close();
    return { firstScreenMs, wallMs };
  } finally {
    await context.close();
  }
}

/** The scripts the first screen loads: the entry and what index.html preloads (lazy screens excluded). */
async function initialScripts(): Promise<Buffer[]> {
  const html = await readFile(path.join(RENDERER_DIR, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((match) => match[1]!);
  return Promise.all(files.map((file) => readFile(path.join(RENDERER_DIR, file))));
}

async function rendererAssets(extension: string): Promise<Buffer[]> {
  const dir = path.join(RENDERER_DIR, 'assets');
  const files = (await readdir(dir)).filter((file) => file.endsWith(extension));
  return Promise.all(files.map((file) => readFile(path.join(dir, file))));
}

const HOME: ProbeTarget = { root: '#root', ready: 'html[data-ready="true"]', title: 'Consultations, explained clearly.' };
/** A practitioner reads the home screen for at least this long before choosing: time the app may use for idle work. */
const READING_MS = 1000;

/** A fresh browser context (empty cache) with the probe installed and the first screen watched from navigation start. */
async function freshPage(target: ProbeTarget, facet: boolean) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  const host = facet ? createBrowserHost({ userDataDir }) : null;
  if (host) await host.attach(page);
  else await reveal.serveIn(context);
  await installProbe(page);
  await page.addInitScript({ content: `window.__firstScreen = window.__probe.watch({ ...${JSON.stringify(target)}, since: 0, timeoutMs: 20000 });` });
  await page.goto(facet ? HOST_URL : reveal.url('index.html'));
  const first = (await page.evaluate('window.__firstScreen')) as ProbeResult;
  return {
    page,
    first,
    async close() {
      host?.close();
      await context.close();
    },
  };
}

/** Clicks, watching `target` from just before; returns click (event time) to showing and to in place. */
async function clickAndWatch(page: Page, click: () => Promise<void>, target: ProbeTarget): Promise<{ showing: number; inPlace: number }> {
  const watching = watchFrom(page, target);
  await click();
  const result = await watching;
  const clickedAt = await lastInputAt(page, 'click');
  return { showing: result.showingAt - clickedAt, inPlace: result.inPlaceAt - clickedAt };
}

/** Cold start to the home screen in place, then "Present the treatments" to slide 1 in place. */
async function facetFirstScreenAndDeck(): Promise<Record<string, number>> {
  const cold = await freshPage(HOME, true);
  try {
    await cold.page.waitForTimeout(READING_MS);
    const deck = await clickAndWatch(cold.page, () => cold.page.getByRole('button', { name: /Present the treatments/ }).click(), {
      root: 'main .slide-presence:not([data-leaving])',
      title: slides[0]!.title,
    });
    return { firstScreen: cold.first.inPlaceAt, firstScreenShowing: cold.first.showingAt, present: deck.inPlace };
  } finally {
    await cold.close();
  }
}

/** Cold start, the face diagram opened from home, then the first click on a region to its panel. */
async function facetFirstFace(): Promise<Record<string, number>> {
  const cold = await freshPage(HOME, true);
  try {
    await cold.page.waitForTimeout(READING_MS);
    const face = await clickAndWatch(cold.page, () => cold.page.getByRole('button', { name: /Face diagram/ }).click(), { root: 'main.face-layout', noHeading: true });
    await cold.page.waitForTimeout(500);
    const region = await cold.page.locator('.face-region').first().evaluate((p) => ({ id: p.getAttribute('data-region')!, name: p.getAttribute('aria-label')! }));
    // The region is clicked from the page (an SVG path's centre may lie on its neighbour), timed from the dispatch.
    const watching = watchFrom(cold.page, { root: '.region-panel', title: region.name });
    const clickedAt = (await cold.page.evaluate((id) => {
      const at = performance.now();
      document.querySelector(`[data-region="${id}"]`)!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      return at;
    }, region.id)) as number;
    const panel = await watching;
    return { faceScreen: face.inPlace, regionShowing: panel.showingAt - clickedAt, regionInPlace: panel.inPlaceAt - clickedAt };
  } finally {
    await cold.close();
  }
}

async function revealFirstScreen(): Promise<Record<string, number>> {
  const cold = await freshPage({ root: REVEAL_CURRENT, title: slides[0]!.title }, false);
  try {
    return { firstScreen: cold.first.inPlaceAt, firstScreenShowing: cold.first.showingAt };
  } finally {
    await cold.close();
  }
}

const totalBytes = (buffers: Buffer[]) => buffers.reduce((sum, b) => sum + b.length, 0);

export default defineSuite({
  name: 'renderer startup',
  async setup() {
    await buildHostBridge(HOST_BRIDGE_FILE);
    userDataDir = mkdtempSync(path.join(tmpdir(), 'facet-bench-'));
    browser = await chromium.launch(chromiumLaunchOptions());
    slides = (await loadContent({ builtIn: BUILT_IN_CONTENT_DIR, override: null })).pack!.slides;
    reveal = createRevealDeck(slides);
  },
  async teardown() {
    await browser.close();
    reveal.remove();
    rmSync(userDataDir, { recursive: true, force: true });
  },
  cases: [
    {
      // Navigation start to the first screen painted, measured by the page itself.
      name: 'cold start to first screen (in page)',
      iterations: 20,
      warmupIterations: 2,
      budgetMedianMs: 1000,
      run: async () => (await coldStart()).firstScreenMs,
    },
    {
      // The same, timed from outside: includes Playwright's navigation round trips.
      name: 'cold start to first screen (wall clock)',
      iterations: 20,
      warmupIterations: 2,
      run: async () => (await coldStart()).wallMs,
    },
  ],
  sideBySide: [
    {
      name: 'first screen',
      peer: 'reveal.js deck, first slide',
      samples: 10,
      facet: async () => ({ ...(await facetFirstScreenAndDeck()), ...(await facetFirstFace()) }),
      peerSample: revealFirstScreen,
      figures: [
        { key: 'firstScreen', label: 'start to first screen fully visible (final fonts, in place)', unit: 'ms', budget: { maxRatio: 0.8 } },
        { key: 'firstScreenShowing', label: 'start to first screen heading showing (any opacity)', unit: 'ms' },
        { key: 'present', label: '"Present the treatments" click to slide 1 in place', unit: 'ms', budget: { maxMs: 100 } },
        { key: 'faceScreen', label: '"Face diagram" click to the face screen in place', unit: 'ms' },
        { key: 'regionShowing', label: 'first region click to its panel showing', unit: 'ms', budget: { maxMs: 50 } },
        { key: 'regionInPlace', label: 'first region click to its panel in place', unit: 'ms' },
      ],
    },
  ],
  metrics: [
    { name: 'initial JS (raw)', unit: 'bytes', measure: async () => totalBytes(await initialScripts()) },
    { name: 'initial JS (gzip)', unit: 'bytes', measure: async () => totalBytes((await initialScripts()).map((b) => gzipSync(b))) },
    { name: 'all JS, screens loaded later included (raw)', unit: 'bytes', measure: async () => totalBytes(await rendererAssets('.js')) },
    { name: 'CSS (raw)', unit: 'bytes', measure: async () => totalBytes(await rendererAssets('.css')) },
  ],
});
