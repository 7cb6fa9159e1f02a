import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page, Route } from '@playwright/test';
import { build } from 'esbuild';
import { createBackend, type Backend } from '../../main/handlers';
import { appFramesOnly, createDispatcher } from '../../main/ipc';
import type { AppInfoPorts } from '../../main/services/app-info';
import type { KeyProtector } from '../../main/services/consultations';
import { createLogger, type Logger } from '../../main/services/log';
import { readStaticFile } from '../../main/services/static-files';

/**
 * The "browser host": the built renderer in real Chromium, talking to the
 * same back end and `handle()` checks that main registers. Only the
 * transport differs (Playwright bindings instead of Electron IPC).
 */

export const PROJECT_ROOT = path.resolve(__dirname, '../..');
export const RENDERER_DIR = path.join(PROJECT_ROOT, 'out', 'renderer');
export const BUILT_IN_CONTENT_DIR = path.join(PROJECT_ROOT, 'assets', 'content', 'en');
export const FONTS_DIR = path.join(PROJECT_ROOT, 'assets', 'fonts');

/**
 * Stands in for the OS keychain in tests: wraps the drafts' data key with a
 * fixed test secret (XOR), so drafts are still really encrypted on disk.
 */
export const TEST_KEY_PROTECTOR: KeyProtector = {
  current: async () => ({ kind: 'test', isSecure: true }),
  protect: async (key) => Buffer.from(key.map((byte, i) => byte ^ (0x5a + i) % 256)),
  unprotect: async (blob) => ({ key: Buffer.from(blob.map((byte, i) => byte ^ (0x5a + i) % 256)) }),
};
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

export interface BrowserHostOptions {
  appInfo: AppInfoPorts;
  builtInContentDir?: string;
}

/** What the save dialog will answer next: a path, or null for "Cancel". */
export interface SaveDialogScript {
  answer: string | null;
  /** The file names Facet suggested, newest last. */
  suggested: string[];
}

export interface BrowserHost {
  readonly backend: Backend;
  /** Every request the page made to anything but the app's own origin. */
  readonly foreignRequests: string[];
  /** What the main-process side logged, to check that no patient data is in it. */
  readonly logLines: string[];
  /** Folders the app asked the system to open. */
  readonly openedFolders: string[];
  /** How many times the app asked for the presenter window. */
  readonly presenterRequests: { count: number };
  /** The save dialog's scripted answers. */
  readonly saveDialog: SaveDialogScript;
  /** Files the app asked the system to open. */
  readonly openedFiles: string[];
  attach(page: Page): Promise<void>;
  close(): void;
}

export function createBrowserHost(options: BrowserHostOptions): BrowserHost {
  const foreignRequests: string[] = [];
  const logLines: string[] = [];
  const openedFolders: string[] = [];
  const presenterRequests = { count: 0 };
  const saveDialog: SaveDialogScript = { answer: null, suggested: [] };
  const openedFiles: string[] = [];
  const pages: Page[] = [];
  const log: Logger = createLogger((line) => logLines.push(line));
  const backend = createBackend({
    appInfo: options.appInfo,
    builtInContentDir: options.builtInContentDir ?? BUILT_IN_CONTENT_DIR,
    fontsDir: FONTS_DIR,
    keys: TEST_KEY_PROTECTOR,
    chooseSummaryFile: async (defaultName) => {
      saveDialog.suggested.push(defaultName);
      return saveDialog.answer;
    },
    openFile: async (file) => {
      openedFiles.push(file);
      return '';
    },
    openFolder: async (folder) => {
      openedFolders.push(folder);
      return true;
    },
    // The test opens the presenter page itself (a second page at #presenter).
    openPresenter: async () => {
      presenterRequests.count += 1;
      return true;
    },
    // What main does with webContents.send: deliver to the page's subscribers.
    emit: (event, payload) => {
      for (const page of pages) {
        void page
          .evaluate(([name, data]) => window.__facetDeliver(name, data), [event, payload] as const)
          .catch(() => undefined);
      }
    },
    log,
  });
  const dispatch = createDispatcher(backend.handlers, appFramesOnly(HOST_ORIGIN), log);
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
    backend,
    foreignRequests,
    logLines,
    openedFolders,
    presenterRequests,
    saveDialog,
    openedFiles,
    /** Serves the app to every page of this page's browser context (the presenter window is a second page). */
    async attach(page: Page) {
      const context = page.context();
      pages.push(page);
      context.on('page', (opened) => pages.push(opened));
      await backend.start();
      await context.route('**/*', serve);
      await context.exposeBinding('__facetInvoke', (source, channel: string, payload: unknown) =>
        dispatch(channel, { senderFrame: { url: source.frame.url(), parent: source.frame.parentFrame() } }, payload),
      );
      await context.addInitScript({ content: bridge });
    },
    close: () => backend.close(),
  };
}
