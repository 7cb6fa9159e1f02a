import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext } from '@playwright/test';

/**
 * A peer's page, served from a temporary folder to Chromium through Playwright's
 * routing (as the browser host serves Facet): nothing goes over the network,
 * and every file is read from disk on each request, like a cold cache.
 */
export interface StaticSite {
  readonly dir: string;
  readonly origin: string;
  url(file: string): string;
  /** Copies a file or folder into the site. */
  add(from: string, to: string): void;
  serveIn(context: BrowserContext): Promise<void>;
  remove(): void;
}

export function createStaticSite(name: string): StaticSite {
  const dir = mkdtempSync(path.join(tmpdir(), `facet-bench-${name}-`));
  const origin = `http://${name}.localhost`;
  return {
    dir,
    origin,
    url: (file) => `${origin}/${file}`,
    add(from, to) {
      cpSync(from, path.join(dir, to), { recursive: true });
    },
    async serveIn(context) {
      await context.route(`${origin}/**`, async (route) => {
        const file = path.join(dir, decodeURIComponent(new URL(route.request().url()).pathname));
        if (!file.startsWith(dir + path.sep)) return route.abort('accessdenied');
        await route.fulfill({ path: file });
      });
    },
    remove() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
