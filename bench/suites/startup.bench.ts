import { readdir, readFile } from 'node:fs/promises';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';
import { buildHostBridge, createBrowserHost, HOST_BRIDGE_FILE, HOST_URL, RENDERER_DIR } from '../../tests/e2e/browser-host';
import { chromiumLaunchOptions } from '../../tests/e2e/chromium';
import { defineSuite } from '../harness';

let browser: Browser;
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
    await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
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

const totalBytes = (buffers: Buffer[]) => buffers.reduce((sum, b) => sum + b.length, 0);

export default defineSuite({
  name: 'renderer startup',
  async setup() {
    await buildHostBridge(HOST_BRIDGE_FILE);
    userDataDir = mkdtempSync(path.join(tmpdir(), 'facet-bench-'));
    browser = await chromium.launch(chromiumLaunchOptions());
  },
  async teardown() {
    await browser.close();
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
  metrics: [
    { name: 'initial JS (raw)', unit: 'bytes', measure: async () => totalBytes(await initialScripts()) },
    { name: 'initial JS (gzip)', unit: 'bytes', measure: async () => totalBytes((await initialScripts()).map((b) => gzipSync(b))) },
    { name: 'all JS, screens loaded later included (raw)', unit: 'bytes', measure: async () => totalBytes(await rendererAssets('.js')) },
    { name: 'CSS (raw)', unit: 'bytes', measure: async () => totalBytes(await rendererAssets('.css')) },
  ],
});
