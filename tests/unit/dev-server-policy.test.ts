import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { chromium } from '@playwright/test';
import { createServer, type InlineConfig } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import config from '../../electron.vite.config.mjs';
import { contentSecurityPolicy } from '../../main/services/static-files';
import { chromiumLaunchOptions } from '../e2e/chromium';

/**
 * `npm run dev` serves the renderer from Vite with hot reload; main adds the
 * app's policy to those pages (sendPolicyInDevelopment). This runs the real
 * renderer config's dev server in Chromium under that policy: the page must
 * render with no policy violation, so a change that breaks the policy fails
 * in development instead of first in the built app.
 */
type ConfigFunction = (env: { command: 'serve' | 'build'; mode: string }) => { renderer: InlineConfig };
const rendererConfig = (config as unknown as ConfigFunction)({ command: 'serve', mode: 'development' }).renderer;

let server: Awaited<ReturnType<typeof createServer>>;
let origin: string;

/** A free port: Vite's hot-reload client connects to the configured port, so it cannot be 0. */
async function freePort(): Promise<number> {
  const probe = createNetServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

beforeAll(async () => {
  const port = await freePort();
  server = await createServer({ ...rendererConfig, configFile: false, logLevel: 'error', server: { port, strictPort: true, host: '127.0.0.1' } });
  await server.listen();
  origin = new URL(server.resolvedUrls!.local[0]!).origin;
});

afterAll(async () => {
  await server?.close();
});

describe('the development server under the app’s policy', () => {
  it('renders the home screen with no policy violation', async () => {
    const browser = await chromium.launch(chromiumLaunchOptions());
    try {
      const page = await browser.newPage();
      const violations: string[] = [];
      page.on('console', (message) => {
        if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
      });
      await page.route(`${origin}/**`, async (route) => {
        // A module request still in flight when the test ends meets a closed page: nothing to report.
        const response = await route.fetch().catch(() => null);
        if (!response) return;
        await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': contentSecurityPolicy({ origin }) } }).catch(() => undefined);
      });

      await page.goto(`${origin}/index.html`);

      await expect.poll(() => page.getByRole('heading', { level: 1 }).count(), { timeout: 20_000 }).toBeGreaterThan(0);
      expect(violations).toEqual([]);
      await page.unrouteAll({ behavior: 'ignoreErrors' });
    } finally {
      await browser.close();
    }
  }, 40_000);
});
