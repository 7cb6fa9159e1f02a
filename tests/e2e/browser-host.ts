import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page, Route } from '@playwright/test';
import { build } from 'esbuild';
import { createBackend, type Backend, type BackendPorts } from '../../main/handlers';
import { appFramesOnly, createDispatcher } from '../../main/ipc';
import { createLogger, type Logger } from '../../main/services/log';
import { pooledPrintPage, type PrintTarget } from '../../main/services/print-pool';
import { readStaticFile } from '../../main/services/static-files';
import { testBackendPorts } from '../fixtures/backend-ports';

/**
 * The "browser host": the built renderer in real Chromium, talking to the
 * same back end and `handle()` checks that main registers. Only the
 * transport differs (Playwright bindings instead of Electron IPC).
 */

export const PROJECT_ROOT = path.resolve(__dirname, '../..');
export const RENDERER_DIR = path.join(PROJECT_ROOT, 'out', 'renderer');
export const BUILT_IN_CONTENT_DIR = path.join(PROJECT_ROOT, 'assets', 'content', 'en');

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
  userDataDir: string;
  /** The version the app reports (defaults to 0.0.0). */
  version?: string;
  builtInContentDir?: string;
}

/** What the export's folder dialog will answer next: a folder, or null for "Cancel". */
export interface FolderDialogScript {
  answer: string | null;
  /** How many times the app asked. */
  asked: number;
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
  /** The export folder dialog's scripted answers. */
  readonly folderDialog: FolderDialogScript;
  /** Files the app asked the system to open. */
  readonly openedFiles: string[];
  /** Whether the window is full screen (as main would have set it). */
  readonly fullScreen: { on: boolean };
  attach(page: Page): Promise<void>;
  close(): void;
}

export function createBrowserHost(options: BrowserHostOptions): BrowserHost {
  const foreignRequests: string[] = [];
  const logLines: string[] = [];
  const openedFolders: string[] = [];
  const presenterRequests = { count: 0 };
  const folderDialog: FolderDialogScript = { answer: null, asked: 0 };
  const openedFiles: string[] = [];
  const fullScreen = { on: false };
  const pages: Page[] = [];
  let appContext: BrowserContext | null = null;
  const log: Logger = createLogger((line) => logLines.push(line));
  const emit: BackendPorts['emit'] = (event, payload) => {
    // What main does with webContents.send: deliver to the page's subscribers.
    for (const page of pages) {
      void page
        .evaluate(([name, data]) => window.__facetDeliver(name, data), [event, payload] as const)
        .catch(() => undefined);
    }
  };
  // What main's hidden print window does (main/window.ts createPrintWindows), with Chromium's own
  // printing: the app's page in a new tab of the same context, printed once it has drawn, kept for the next.
  const printPages = pooledPrintPage(async (hash) => {
    if (!appContext) throw new Error('no-page');
    const page = await appContext.newPage();
    const target: PrintTarget = {
      next: (jobId) => void page.evaluate(([name, data]) => window.__facetDeliver(name, data), ['print.next', { jobId }] as const).catch(() => undefined),
      print: (paperSize) => page.pdf({ format: paperSize === 'A4' ? 'A4' : 'Letter', printBackground: true, preferCSSPageSize: true, margin: { top: 0, right: 0, bottom: 0, left: 0 } }),
      close: () => void page.close().catch(() => undefined),
      isClosed: () => page.isClosed(),
    };
    return { target, loaded: page.goto(`${HOST_URL}${hash}`) };
  });
  const ports = testBackendPorts(options.userDataDir, {
    builtInContentDir: options.builtInContentDir ?? BUILT_IN_CONTENT_DIR,
    chooseExportFolder: async () => {
      folderDialog.asked += 1;
      return folderDialog.answer;
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
    // Main toggles the BrowserWindow; here the state is kept and announced the same way.
    toggleFullScreen: async () => {
      fullScreen.on = !fullScreen.on;
      emit('window.fullScreenChanged', { fullScreen: fullScreen.on });
      return fullScreen.on;
    },
    printPage: (request) => printPages.printPage(request),
    emit,
    log,
  });
  const backend = createBackend({ ...ports, appInfo: { ...ports.appInfo, version: options.version ?? ports.appInfo.version, platform: process.platform } });
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
    folderDialog,
    openedFiles,
    fullScreen,
    /** Serves the app to every page of this page's browser context (the presenter window is a second page). */
    async attach(page: Page) {
      const context = page.context();
      appContext = context;
      pages.push(page);
      context.on('page', (opened) => pages.push(opened));
      await backend.start();
      await context.route('**/*', serve);
      await context.exposeBinding('__facetInvoke', (source, channel: string, payload: unknown) =>
        dispatch(channel, { senderFrame: { url: source.frame.url(), parent: source.frame.parentFrame() } }, payload),
      );
      await context.addInitScript({ content: bridge });
    },
    close: () => {
      printPages.close();
      backend.close();
    },
  };
}
