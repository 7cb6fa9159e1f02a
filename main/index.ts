import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, screen, session, shell } from 'electron';
import { osKeyProtector } from './secure-storage';
import type { EventName } from '../shared/ipc/channels';
import { createBackend, type Backend } from './handlers';
import { appFramesOnly, registerHandlers } from './ipc';
import { installMenu } from './menu';
import { registerAppScheme, serveRenderer } from './protocol';
import { withinTime } from './services/close-gate';
import { createLogger } from './services/log';
import { APP_ORIGIN } from './services/static-files';
import { blockNetwork, createMainWindow, denyAllPermissions, hardenWebContents, saveBeforeClosing } from './window';

const log = createLogger((line) => process.stdout.write(`${line}\n`));

/** How long closing may wait for the page's last save and the writes queued behind it. */
const SAVE_BEFORE_CLOSE_MS = 3000;

// A clinic may keep Facet's data in a chosen folder (FACET_USER_DATA_DIR); tests use it too.
const customUserData = process.env.FACET_USER_DATA_DIR;
if (customUserData) app.setPath('userData', path.resolve(customUserData));

const devServerUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;
const devServerOrigin = devServerUrl ? new URL(devServerUrl).origin : undefined;
const trustedOrigins = devServerOrigin ? [APP_ORIGIN, devServerOrigin] : [APP_ORIGIN];

registerAppScheme();
app.enableSandbox();

let mainWindow: BrowserWindow | null = null;
let presenterWindow: BrowserWindow | null = null;
let backend: Backend | null = null;

if (!app.requestSingleInstanceLock()) {
  // Two copies writing the same consultation drafts would corrupt them: hand over and leave.
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, trustedOrigins, log));
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', (event) => {
    const running = backend;
    if (!running) return;
    backend = null;
    // A save the page sent as it went away may still be writing: quit once it is on disk (bounded).
    event.preventDefault();
    void withinTime(running.consultations.whenIdle(), SAVE_BEFORE_CLOSE_MS, undefined)
      .catch(() => undefined)
      .finally(() => {
        running.close();
        app.quit();
      });
  });
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      log.error('app.start-failed', { type: error instanceof Error ? error.name : typeof error });
      dialog.showErrorBox('Facet could not start', 'Please restart Facet. If this keeps happening, reinstall it; your saved work is kept.');
      app.exit(1);
    });
}

/** Folders only, and only the ones Facet computed itself: never a path that came from content. */
async function openFolder(folder: string): Promise<boolean> {
  const failure = await shell.openPath(folder);
  if (failure) log.warn('folder.open-failed');
  return failure === '';
}

function windowOptions(startUrl: string) {
  return { preloadPath: path.join(__dirname, '../preload/preload.js'), startUrl, trustedOrigins, devTools: !app.isPackaged, log };
}

/** The presenter view: a second window of the same app at #presenter, on another display when there is one. */
async function openPresenter(): Promise<boolean> {
  if (presenterWindow) {
    presenterWindow.focus();
    return true;
  }
  const mainDisplay = mainWindow ? screen.getDisplayMatching(mainWindow.getBounds()) : screen.getPrimaryDisplay();
  const other = screen.getAllDisplays().find((display) => display.id !== mainDisplay.id);
  presenterWindow = createMainWindow(windowOptions(`${devServerUrl ?? `${APP_ORIGIN}/index.html`}#presenter`), {
    title: 'Facet – presenter view',
    bounds: (other ?? mainDisplay).workArea,
  });
  presenterWindow.on('closed', () => {
    presenterWindow = null;
  });
  return true;
}

/** The window the user pressed F in (or clicked the button of); the main window otherwise. */
async function toggleFullScreen(): Promise<boolean> {
  const window = BrowserWindow.getFocusedWindow() ?? mainWindow;
  if (!window) return false;
  const fullScreen = !window.isFullScreen();
  window.setFullScreen(fullScreen);
  return fullScreen;
}

/** Shipped as extra resources when packaged; read from assets/ in development. */
function resourceDir(...parts: string[]): string {
  return app.isPackaged ? path.join(process.resourcesPath, ...parts) : path.join(app.getAppPath(), 'assets', ...parts);
}

/** The save dialog for the summary, starting in Documents with Facet's suggested name. */
async function chooseSummaryFile(defaultName: string): Promise<string | null> {
  const options = {
    title: 'Save the patient’s summary',
    defaultPath: path.join(app.getPath('documents'), defaultName),
    filters: [{ name: 'PDF document', extensions: ['pdf'] }],
    properties: ['createDirectory', 'showOverwriteConfirmation'] as ('createDirectory' | 'showOverwriteConfirmation')[],
  };
  const result = mainWindow ? await dialog.showSaveDialog(mainWindow, options) : await dialog.showSaveDialog(options);
  return result.canceled || !result.filePath ? null : result.filePath;
}

async function start(): Promise<void> {
  denyAllPermissions(session.defaultSession, log);
  blockNetwork(session.defaultSession, trustedOrigins, log);
  serveRenderer(path.join(__dirname, '../renderer'));

  backend = createBackend({
    appInfo: {
      name: app.getName(),
      version: app.getVersion(),
      platform: process.platform,
      userDataDir: app.getPath('userData'),
      userDataIsCustom: Boolean(customUserData),
      logsDir: app.getPath('logs'),
    },
    builtInContentDir: resourceDir('content', 'en'),
    fontsDir: resourceDir('fonts'),
    keys: osKeyProtector(),
    openFolder,
    // Only ever a file Facet has just written (the exporter keeps the list).
    openFile: (file) => shell.openPath(file),
    chooseSummaryFile,
    openPresenter,
    toggleFullScreen,
    emit: (event: EventName, payload: unknown) => {
      for (const window of [mainWindow, presenterWindow]) window?.webContents.send(event, payload);
    },
    log,
  });
  registerHandlers(ipcMain, backend.handlers, appFramesOnly(...trustedOrigins), log);
  installMenu(backend, openFolder, !app.isPackaged);
  await backend.start();

  mainWindow = createMainWindow(windowOptions(devServerUrl ?? `${APP_ORIGIN}/index.html`));
  saveBeforeClosing(mainWindow, (requestSave) => backend?.saveBeforeClose(requestSave, SAVE_BEFORE_CLOSE_MS) ?? Promise.resolve());
  mainWindow.on('closed', () => {
    mainWindow = null;
    presenterWindow?.close();
  });
  log.info('app.started', { version: app.getVersion(), packaged: app.isPackaged });
}
