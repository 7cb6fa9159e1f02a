import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { chromium, type Browser, type Page } from '@playwright/test';
import { SummaryPreview } from '../../renderer/consultation/SummaryPreview';
import type { SummaryModel } from '../../shared/summary/model';
import { RENDERER_DIR } from '../../tests/e2e/browser-host';
import { chromiumLaunchOptions } from '../../tests/e2e/chromium';
import { createStaticSite, type StaticSite } from './static-site';

/**
 * The PDF peer: Chromium's printToPDF (Playwright's page.pdf()) of the same
 * summary as Facet's PDF, as the review screen previews it in HTML: the
 * preview component rendered to static markup, styled by the built app's own
 * CSS and its Inter fonts, in a page served from a temporary folder.
 */
export function createPreviewSite(model: SummaryModel): StaticSite {
  const site = createStaticSite('print');
  site.add(path.join(RENDERER_DIR, 'assets'), 'assets');
  const css = readdirSync(path.join(RENDERER_DIR, 'assets')).filter((file) => file.endsWith('.css'));
  const preview = renderToStaticMarkup(createElement(SummaryPreview, { model }));
  writeFileSync(
    path.join(site.dir, 'index.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Summary</title>${css.map((file) => `<link rel="stylesheet" href="assets/${file}">`).join('')}</head>` +
      `<body><main class="page review-page">${preview}</main></body></html>`,
  );
  return site;
}

/** Opens the preview in a page of `browser`, with its fonts loaded. */
export async function openPreview(browser: Browser, site: StaticSite): Promise<Page> {
  const context = await browser.newContext();
  await site.serveIn(context);
  const page = await context.newPage();
  await page.goto(site.url('index.html'));
  await page.evaluate(() => document.fonts.ready);
  return page;
}

export const printA4 = (page: Page): Promise<Buffer> => page.pdf({ format: 'A4', printBackground: true });

/**
 * The first print of a fresh Chromium: a new browser process with the preview
 * loaded, then the clock runs over page.pdf() only (the load is excluded, as
 * Facet's cold figure excludes loading its modules).
 */
export async function printToPdfCold(site: StaticSite): Promise<number> {
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const page = await openPreview(browser, site);
    const started = performance.now();
    const pdf = await printA4(page);
    const elapsed = performance.now() - started;
    if (pdf.subarray(0, 5).toString() !== '%PDF-') throw new Error('printToPDF did not return a PDF');
    return elapsed;
  } finally {
    await browser.close();
  }
}
