import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { buildHostBridge, createBrowserHost, HOST_BRIDGE_FILE, HOST_URL, type BrowserHost } from '../tests/e2e/browser-host';
import { chromiumLaunchOptions } from '../tests/e2e/chromium';

/** The built app in Chromium over the browser host, for benchmarks that drive the UI. */
export interface BenchPage {
  browser: Browser;
  page: Page;
  host: BrowserHost;
  close(): Promise<void>;
}

export async function openBenchPage(viewport = { width: 1280, height: 720 }): Promise<BenchPage> {
  await buildHostBridge(HOST_BRIDGE_FILE);
  const browser = await chromium.launch(chromiumLaunchOptions());
  // A context of its own, so a suite can open a second window in it (the presenter view).
  const page = await (await browser.newContext({ viewport })).newPage();
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'facet-bench-'));
  const host = createBrowserHost({ userDataDir });
  await host.attach(page);
  // tsx compiles bench code with esbuild's keepNames, which wraps inner functions in
  // __name(); functions sent to page.evaluate need that helper in the page too.
  await page.addInitScript({ content: 'window.__name = (fn) => fn;' });
  await page.goto(HOST_URL);
  await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
  // Long tasks are collected from the start so a case can read the ones during its window.
  await page.evaluate(() => {
    const w = window as unknown as { __longTasks: { start: number; duration: number }[] };
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
  return {
    browser,
    page,
    host,
    async close() {
      host.close();
      await browser.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** The longest task (ms) that started at or after `since` (page time), 0 if none. */
export function longestTaskSince(page: Page, since: number): Promise<number> {
  return page.evaluate((from) => {
    const tasks = (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks;
    return Math.max(0, ...tasks.filter((t) => t.start >= from).map((t) => t.duration));
  }, since);
}
