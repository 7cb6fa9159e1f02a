import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page, Route } from '@playwright/test';
import { build } from 'esbuild';
import { createHandlers, type HandlerPorts } from '../../main/handlers';
import { appFramesOnly, createDispatcher } from '../../main/ipc';
import { createLogger, type Logger } from '../../main/services/log';
import { readStaticFile } from '../../main/services/static-files';

/**
 * The "browser host": the built renderer in real Chromium, talking to the
 * same handler table and `handle()` checks that main registers. Only the
 * transport differs (a Playwright binding instead of Electron IPC).
 */

export const PROJECT_ROOT = path.resolve(__dirname, '../..');
export const RENDERER_DIR = path.join(PROJECT_ROOT, 'out', 'renderer');
export const HOST_BRIDGE_FILE = path.join(PROJECT_ROOT, 'test-results', '.host', 'bridge.js');
/** A *.localhost origin: even if routing failed, nothing would leave the machine. */
export const HOST_ORIGIN = 'http://facet.localhost';
export const HOST_URL = `${HOST_ORIGIN}/index.html`;

export async function buildHostBridge(outfile: string): Promise<void> {
  await build({
    entryPoints: [path.join(__dirname, 'host-bridge.ts')],
    bundle: true,
    format: 'iife',
    target: 'chrome120',
    outfile,
    logLevel: 'warning',
  });
}

export interface BrowserHost {
  /** Every request the page made to anything but the app's own origin. */
  readonly foreignRequests: string[];
  /** What the main-process side logged, to check that no patient data is in it. */
  readonly logLines: string[];
  attach(page: Page): Promise<void>;
}

export function createBrowserHost(ports: HandlerPorts): BrowserHost {
  const foreignRequests: string[] = [];
  const logLines: string[] = [];
  const log: Logger = createLogger((line) => logLines.push(line));
  const dispatch = createDispatcher(createHandlers(ports), appFramesOnly(HOST_ORIGIN), log);
  const bridge = readFileSync(HOST_BRIDGE_FILE, 'utf8');

  const serve = async (route: Route) => {
    const url = new URL(route.request().url());
    if (`${url.protocol}//${url.host}` !== HOST_ORIGIN) {
      foreignRequests.push(url.href);
      await route.abort('blockedbyclient');
      return;
    }
    const file = await readStaticFile(RENDERER_DIR, url.pathname);
    await route.fulfill({ status: file.status, headers: file.headers, body: file.body });
  };

  return {
    foreignRequests,
    logLines,
    async attach(page: Page) {
      const context: BrowserContext = page.context();
      await context.route('**/*', serve);
      await page.exposeBinding('__facetInvoke', (source, channel: string, payload: unknown) =>
        dispatch(channel, { senderFrame: { url: source.frame.url(), parent: source.frame.parentFrame() } }, payload),
      );
      await page.addInitScript({ content: bridge });
    },
  };
}
