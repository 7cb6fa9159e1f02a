import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { createBrowserHost, HOST_URL, PROJECT_ROOT, type BrowserHost } from './browser-host';

const packageVersion = (JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string }).version;

export interface FacetFixtures {
  /** A fresh, empty data folder for this test, removed afterwards. */
  userDataDir: string;
  /** A fresh folder outside the data folder, for files the app is asked to save elsewhere (exports); removed afterwards. */
  exportDir: string;
  /** The handler table and request log behind the page. */
  host: BrowserHost;
  /** The app, loaded and showing its first screen. */
  app: Page;
  /** Problems the page reported: console errors, uncaught exceptions, CSP violations. */
  pageProblems: string[];
}

export const test = base.extend<FacetFixtures>({
  // Playwright requires the destructuring pattern, even when a fixture needs no other fixture.
  // eslint-disable-next-line no-empty-pattern
  userDataDir: async ({}, use) => {
    const dir = await mkdtemp(path.join(tmpdir(), 'facet-e2e-'));
    await use(dir);
    // A save the page sent as the test ended may still be landing in drafts/: retry rather than fail the test.
    await rm(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
  },
  // eslint-disable-next-line no-empty-pattern
  exportDir: async ({}, use) => {
    const dir = await mkdtemp(path.join(tmpdir(), 'facet-e2e-exports-'));
    await use(dir);
    await rm(dir, { recursive: true, force: true });
  },
  host: async ({ userDataDir }, use) => {
    const host = createBrowserHost({ userDataDir, version: packageVersion });
    await use(host);
    // Let writes the page queued finish before the data folder is removed (as main does on quit).
    await host.backend.consultations.whenIdle().catch(() => undefined);
    host.close();
  },
  pageProblems: async ({ page }, use) => {
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`exception: ${error.message}`));
    await page.context().exposeFunction('__facetReportCspViolation', (text: string) => problems.push(`csp: ${text}`));
    await page.context().addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        const report = (window as unknown as { __facetReportCspViolation(text: string): void }).__facetReportCspViolation;
        report(`${event.violatedDirective} blocked ${event.blockedURI}`);
      });
    });
    await use(problems);
  },
  app: async ({ page, host, pageProblems }, use) => {
    void pageProblems;
    await host.attach(page);
    await page.goto(HOST_URL);
    await expect(page.locator('html[data-ready="true"]')).toBeAttached();
    await use(page);
  },
});

export { expect };

/** Saves a screenshot under test-results/screenshots/ for a person to look at. */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  // Capture the settled screen, not a frame in the middle of a transition.
  await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'));
  await page.waitForTimeout(300);
  await page.screenshot({ path: path.join(PROJECT_ROOT, 'test-results', 'screenshots', `${name}.png`), fullPage: false });
}
