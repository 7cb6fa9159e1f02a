import path from 'node:path';
import { app, BrowserWindow, crashReporter, dialog, ipcMain, screen, session, shell } from 'electron';
import { osKeyProtector } from './secure-storage';
import type { EventName } from '../shared/ipc/channels';
import { createBackend, type Backend } from './handlers';
import { appFramesOnly, registerHandlers } from './ipc';
import { chooseDataFolders } from './data-folders';
import { installDiagnostics } from './diagnostics';
import { installMenu } from './menu';
import { createPresenterController } from './presenter';
import { registerAppScheme, serveRenderer } from './protocol';
import { withinTime } from './services/close-gate';
import { APP_ORIGIN, devSocketOrigin } from './services/static-files';
import { restoreBounds } from './services/windows/placement';
import { windowStateFile } from './services/windows/state-file';
import { refuseDebuggingWhenPackaged, smokeExportFolder } from './startup-guards';
import {
  blockNetwork,
  createMainWindow,
  createPrintWindows,
  denyAllPermissions,
  disableSpellCheck,
  hardenWebContents,
  rememberPlacement,
  saveBeforeClosing,
  sendPolicyInDevelopment,
} from './window';

// First of all: an installed Facet ends here if given a debugging switch, before Chromium opens the endpoint.
refuseDebuggingWhenPackaged(app);

/** How long closing may wait for the page's last save and the writes queued behind it. */
const SAVE_BEFORE_CLOSE_MS = 3000;
/** After the window shows: its first screen and the content load come first. */
const PDF_WARM_UP_DELAY_MS = 1500;

// Set before anything reads a path: a development run must never open the clinic's data.
const dataFolders = chooseDataFolders({ env: process.env, isPackaged: app.isPackaged, appData: app.getPath('appData') });
if (dataFolders.userData) app.setPath('userData', dataFolders.userData);
if (dataFolders.logs) app.setAppLogsPath(dataFolders.logs);
else app.setAppLogsPath();

// As soon as the folders are known: the crash reporter only watches processes started after it,
// and the daily log file goes in the logs folder just chosen. Development runs also print to the terminal.
const { log, logFile } = installDiagnostics(
  { app, crashReporter, dialog, BrowserWindow },
  { ownDataFolder: dataFolders.kind !== 'default', development: !app.isPackaged, process },
);

const devServerUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;
const devServer = devServerUrl ? { origin: new URL(devServerUrl).origin } : undefined;
/** Origins whose pages may show in a window and call main. */
const trustedOrigins = devServer ? [APP_ORIGIN, devServer.origin] : [APP_ORIGIN];
/** Origins requests may go to: the pages' own, and in development Vite's hot-reload socket. */
const networkOrigins = devServer ? [...trustedOrigins, devSocketOrigin(devServer)] : trustedOrigins;

registerAppScheme();
app.enableSandbox();

let mainWindow: BrowserWindow | null = null;
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
        // The log's last lines, then quit (bounded: a stuck disk must not keep Facet open).
        void withinTime(logFile.flush(), 1000, undefined).finally(() => app.quit());
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

const startUrl = devServerUrl ?? `${APP_ORIGIN}/index.html`;

const preloadPath = path.join(__dirname, '../preload/preload.js');

function windowOptions(url: string) {
  return { preloadPath, startUrl: url, trustedOrigins, devTools: !app.isPackaged, icon: windowIcon(), log };
}

/**
 * Linux and Windows show this in the task bar; a packaged macOS app takes its
 * bundle's icon. Packaged, electron-builder.yml ships it as resources/icon.png.
 */
function windowIcon(): string | undefined {
  if (process.platform === 'darwin') return undefined;
  return app.isPackaged ? path.join(process.resourcesPath, 'icon.png') : path.join(app.getAppPath(), 'assets', 'build', 'icon.png');
}

/** The hidden window that prints the summary's drawn slides (kept a minute between exports). */
const printWindows = createPrintWindows({ preloadPath, pageUrl: startUrl });

const presenter = createPresenterController({
  screen,
  mainWindow: () => mainWindow,
  createWindow: (bounds) => createMainWindow(windowOptions(`${startUrl}#presenter`), { title: 'Facet – presenter view', bounds }),
});

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

/** A menu action failed: say why, over the main window. */
function showProblem(title: string, detail: string): void {
  const options = { type: 'warning' as const, title: 'Facet', message: title, detail, buttons: ['OK'] };
  void (mainWindow ? dialog.showMessageBox(mainWindow, options) : dialog.showMessageBox(options));
}

/** The folder dialog for an export, starting in Documents. */
async function chooseExportFolder(): Promise<string | null> {
  // Only the smoke-test build has a preset (FACET_SMOKE_EXPORT_FOLDER): no dialog can be driven over CDP.
  const preset = smokeExportFolder();
  if (preset) return preset;
  const options = {
    title: 'Choose where to save the exports',
    buttonLabel: 'Save here',
    defaultPath: app.getPath('documents'),
    properties: ['openDirectory', 'createDirectory'] as ('openDirectory' | 'createDirectory')[],
  };
  const result = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
  return result.canceled || !result.filePaths[0] ? null : result.filePaths[0];
}

async function start(): Promise<void> {
  denyAllPermissions(session.defaultSession, log);
  blockNetwork(session.defaultSession, networkOrigins, log);
  disableSpellCheck(session.defaultSession);
  if (devServer) sendPolicyInDevelopment(session.defaultSession, devServer);
  serveRenderer(path.join(__dirname, '../renderer'));

  backend = createBackend({
    appInfo: {
      name: app.getName(),
      version: app.getVersion(),
      platform: process.platform,
      userDataDir: app.getPath('userData'),
      userDataKind: dataFolders.kind,
      logsDir: app.getPath('logs'),
    },
    builtInContentDir: resourceDir('content', 'en'),
    fontsDir: resourceDir('fonts'),
    keys: osKeyProtector(),
    openFolder,
    // Only ever a file Facet has just written (the exporter keeps the list).
    openFile: (file) => shell.openPath(file),
    chooseExportFolder,
    openPresenter: async () => presenter.open(),
    toggleFullScreen,
    printPage: printWindows.printPage,
    emit: (event: EventName, payload: unknown) => {
      for (const window of BrowserWindow.getAllWindows()) window.webContents.send(event, payload);
    },
    log,
  });
  registerHandlers(ipcMain, backend.handlers, appFramesOnly(...trustedOrigins), log);
  installMenu({ backend, openFolder, showProblem, isDevelopment: !app.isPackaged, log });
  await backend.start();

  const placement = windowStateFile(path.join(app.getPath('userData'), 'window-state.json'), log);
  const saved = await placement.read();
  mainWindow = createMainWindow(windowOptions(startUrl), {
    bounds: restoreBounds(saved?.bounds ?? null, screen.getAllDisplays(), screen.getPrimaryDisplay()),
  });
  if (saved?.maximized) mainWindow.maximize();
  rememberPlacement(mainWindow, (state) => void placement.write(state));
  saveBeforeClosing(mainWindow, (requestSave) => backend?.saveBeforeClose(requestSave, SAVE_BEFORE_CLOSE_MS) ?? Promise.resolve());
  mainWindow.on('closed', () => {
    mainWindow = null;
    presenter.close();
    printWindows.close();
  });
  // Off the start-up path: a little after the window shows (its first screen is painted by then),
  // warm the PDF renderer so the first export is as fast as the tenth (~1 s of main-process work, once).
  mainWindow.once('show', () => setTimeout(() => void backend?.warmUpSummaryPdf(), PDF_WARM_UP_DELAY_MS));
  log.info('app.started', { version: app.getVersion(), packaged: app.isPackaged });
}
