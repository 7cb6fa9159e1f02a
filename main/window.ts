import { BrowserWindow, type Session, type WebContents } from 'electron';
import type { EventName } from '../shared/ipc/channels';
import type { EventPayloadOf } from '../shared/ipc/contract';
import { originOf } from './ipc';
import type { Logger } from './services/log';
import { pooledPrintPage, type PrintTarget } from './services/print-pool';
import type { PrintPage } from './services/slide-print';
import { contentSecurityPolicy, type DevServer } from './services/static-files';
import { MINIMUM_SIZE, type Rect } from './services/windows/placement';

/**
 * Window and session hardening, following Electron's security checklist.
 * Each guard is a small exported function so unit tests can check it against
 * a fake of the electron module.
 */

export interface WindowOptions {
  preloadPath: string;
  startUrl: string;
  /** Origins the window may show: the app's own (and the dev server in development). */
  trustedOrigins: readonly string[];
  devTools: boolean;
  /** The window icon on Linux and Windows (macOS takes the app bundle's). */
  icon?: string;
  log: Logger;
}

/** After this many renderer crashes within a minute, stop reloading and leave the window be. */
const MAX_RELOADS_PER_MINUTE = 3;

export interface WindowPlacement {
  title?: string;
  /** Where to put the window: its saved place, or for the presenter view the practitioner's display. */
  bounds: Rect;
}

export function createMainWindow(options: WindowOptions, placement: WindowPlacement): BrowserWindow {
  const window = new BrowserWindow({
    ...placement.bounds,
    minWidth: MINIMUM_SIZE.width,
    minHeight: MINIMUM_SIZE.height,
    show: false,
    ...(options.icon ? { icon: options.icon } : {}),
    title: placement.title ?? 'Facet',
    backgroundColor: '#f7f4ef',
    autoHideMenuBar: true,
    // Written out here, not spread from a constant, so `npm run security:scan` can check each one.
    webPreferences: {
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      // Chromium's spellchecker downloads dictionaries: Facet never touches the network.
      spellcheck: false,
      // No middle-click "open in new window" (new windows are denied anyway).
      disableBlinkFeatures: 'Auxclick',
      preload: options.preloadPath,
      devTools: options.devTools,
    },
  });
  window.once('ready-to-show', () => window.show());
  announceFullScreen(window);
  reloadWhenRendererGone(window.webContents, options.log);
  void window.loadURL(options.startUrl);
  return window;
}

export interface PrintWindowOptions {
  preloadPath: string;
  /** The app's page, without a hash: app://facet/index.html (or the dev server's). */
  pageUrl: string;
}

/** A slide drawn at 16:9 is laid out at this size before printing; the print page sets its own page size in CSS. */
const PRINT_VIEWPORT = { width: 1240, height: 1754 };

/**
 * The drawn slides for the summary (BackendPorts.printPage): the app's own
 * page in a hidden window with the main window's web preferences, printed to
 * PDF once the page says it has drawn. The page gets its job over IPC like
 * any window of the app; only a random job id is in its URL. The window is
 * kept a minute for the next export (services/print-pool.ts); close() ends it
 * at once, as a hidden window would otherwise keep the app from quitting.
 */
export function createPrintWindows(options: PrintWindowOptions): { printPage: PrintPage; close(): void } {
  return pooledPrintPage(async (hash) => {
    const window = new BrowserWindow({
      ...PRINT_VIEWPORT,
      show: false,
      // Written out here, not spread from a constant, so `npm run security:scan` can check each one.
      webPreferences: {
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        webviewTag: false,
        experimentalFeatures: false,
        navigateOnDragDrop: false,
        safeDialogs: true,
        spellcheck: false,
        disableBlinkFeatures: 'Auxclick',
        preload: options.preloadPath,
        devTools: false,
        // Hidden, it would otherwise be throttled like a background tab while it draws.
        backgroundThrottling: false,
      },
    });
    const target: PrintTarget = {
      next: (jobId) => {
        const payload: EventPayloadOf<'print.next'> = { jobId };
        window.webContents.send('print.next' satisfies EventName, payload);
      },
      print: (paperSize) =>
        window.webContents.printToPDF({
          pageSize: paperSize === 'A4' ? 'A4' : 'Letter',
          printBackground: true,
          preferCSSPageSize: true,
          margins: { top: 0, bottom: 0, left: 0, right: 0 },
        }),
      close: () => {
        if (!window.isDestroyed()) window.destroy();
      },
      isClosed: () => window.isDestroyed(),
    };
    return { target, loaded: window.loadURL(`${options.pageUrl}${hash}`) };
  });
}

/**
 * Holds the window open while its page saves the consultation it shows
 * (see Backend.saveBeforeClose), then closes it. The wait is bounded there,
 * so a hung page delays closing by seconds, never for ever.
 */
export function saveBeforeClosing(window: BrowserWindow, save: (requestSave: () => void) => Promise<unknown>): void {
  let saved = false;
  let saving = false;
  window.on('close', (event) => {
    if (saved) return;
    event.preventDefault();
    if (saving) return;
    saving = true;
    void save(() => window.webContents.send('app.closeRequested', {}))
      .catch(() => undefined)
      .finally(() => {
        saved = true;
        if (!window.isDestroyed()) window.close();
      });
  });
}

/** Tells the page when its window enters or leaves full screen, however that happened. */
export function announceFullScreen(window: BrowserWindow): void {
  const send = (fullScreen: boolean) => {
    if (window.isDestroyed()) return;
    const payload: EventPayloadOf<'window.fullScreenChanged'> = { fullScreen };
    window.webContents.send('window.fullScreenChanged' satisfies EventName, payload);
  };
  window.on('enter-full-screen', () => send(true));
  window.on('leave-full-screen', () => send(false));
}

/** How long the window must rest before its new place is written (dragging fires many moves). */
const PLACEMENT_SETTLE_MS = 500;

/**
 * Keeps the window's place for next time: its normal (not full-screen, not
 * maximised) bounds and whether it was maximised, written when it settles
 * after a move or resize and when it closes.
 */
export function rememberPlacement(window: BrowserWindow, save: (state: { bounds: Rect; maximized: boolean }) => void): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const record = () => {
    clearTimeout(timer);
    if (window.isDestroyed() || window.isFullScreen() || window.isMinimized()) return;
    save({ bounds: window.getNormalBounds(), maximized: window.isMaximized() });
  };
  const settle = () => {
    clearTimeout(timer);
    timer = setTimeout(record, PLACEMENT_SETTLE_MS);
  };
  window.on('resize', settle);
  window.on('move', settle);
  window.on('maximize', record);
  window.on('unmaximize', record);
  window.on('close', record);
}

export function isTrustedUrl(url: string, trustedOrigins: readonly string[]): boolean {
  const origin = originOf(url);
  return origin !== null && trustedOrigins.includes(origin);
}

/** Applied to every WebContents the app creates (via `web-contents-created`). */
export function hardenWebContents(contents: WebContents, trustedOrigins: readonly string[], log: Logger): void {
  const denyForeign = (event: { url: string; preventDefault(): void }, kind: string) => {
    if (isTrustedUrl(event.url, trustedOrigins)) return;
    event.preventDefault();
    log.warn('navigation.denied', { kind });
  };
  contents.on('will-navigate', (event) => denyForeign(event, 'navigate'));
  contents.on('will-redirect', (event) => denyForeign(event, 'redirect'));
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    log.warn('webview.denied');
  });
  contents.setWindowOpenHandler(() => {
    log.warn('window-open.denied');
    return { action: 'deny' };
  });
}

export function reloadWhenRendererGone(contents: WebContents, log: Logger, now: () => number = Date.now): void {
  let recentCrashes: number[] = [];
  contents.on('render-process-gone', (_event, details) => {
    log.error('renderer.gone', { reason: details.reason, exitCode: details.exitCode });
    if (details.reason === 'clean-exit') return;
    const time = now();
    recentCrashes = [...recentCrashes.filter((at) => time - at < 60_000), time];
    if (recentCrashes.length > MAX_RELOADS_PER_MINUTE) {
      log.error('renderer.reload-abandoned', { crashes: recentCrashes.length });
      return;
    }
    contents.reload();
  });
}

/** No permission (camera, microphone, notifications, devices, screen capture...) is ever granted. */
export function denyAllPermissions(session: Session, log: Logger): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    log.warn('permission.denied', { permission });
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.setDisplayMediaRequestHandler((_request, callback) => callback(null));
}

/**
 * Cancels every request that is not for the app itself, so nothing can reach
 * the network even if a bug or a content file tried to. In development the
 * allowed origins also hold the dev server's hot-reload socket.
 */
export function blockNetwork(session: Session, allowedOrigins: readonly string[], log: Logger): void {
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isTrustedUrl(details.url, allowedOrigins) || /^(data|blob|devtools):/.test(details.url);
    if (!allowed) log.warn('request.blocked', { type: details.resourceType });
    callback({ cancel: !allowed });
  });
}

/**
 * In development the page comes from Vite's server, which sends no policy:
 * add the app's own (with Vite's nonce and socket), so code that breaks the
 * policy fails in development, not first in the built app.
 */
export function sendPolicyInDevelopment(session: Session, devServer: DevServer): void {
  const policy = contentSecurityPolicy(devServer);
  session.webRequest.onHeadersReceived({ urls: [`${devServer.origin}/*`] }, (details, callback) => {
    const headers = Object.fromEntries(Object.entries(details.responseHeaders ?? {}).filter(([name]) => name.toLowerCase() !== 'content-security-policy'));
    callback({ responseHeaders: { ...headers, 'Content-Security-Policy': [policy] } });
  });
}

/**
 * Chromium's spellchecker downloads dictionaries from Google and would
 * underline patient names: off for the whole session, not only per window.
 */
export function disableSpellCheck(session: Session): void {
  session.setSpellCheckerEnabled(false);
}
