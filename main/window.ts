import { BrowserWindow, type Session, type WebContents } from 'electron';
import { originOf } from './ipc';
import type { Logger } from './services/log';

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
  log: Logger;
}

/** After this many renderer crashes within a minute, stop reloading and leave the window be. */
const MAX_RELOADS_PER_MINUTE = 3;

export interface WindowPlacement {
  title?: string;
  /** Where to put the window (for the presenter view: the other display). */
  bounds?: { x: number; y: number; width: number; height: number };
}

export function createMainWindow(options: WindowOptions, placement: WindowPlacement = {}): BrowserWindow {
  const window = new BrowserWindow({
    width: 1440,
    height: 900,
    ...placement.bounds,
    minWidth: 1024,
    minHeight: 640,
    show: false,
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
  reloadWhenRendererGone(window.webContents, options.log);
  void window.loadURL(options.startUrl);
  return window;
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
 * the network even if a bug or a content file tried to.
 */
export function blockNetwork(session: Session, trustedOrigins: readonly string[], log: Logger): void {
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isTrustedUrl(details.url, trustedOrigins) || /^(data|blob|devtools):/.test(details.url);
    if (!allowed) log.warn('request.blocked', { type: details.resourceType });
    callback({ cancel: !allowed });
  });
}
