import path from 'node:path';
import type { App, BrowserWindow, CrashReporter, Details, Dialog, MessageBoxOptions } from 'electron';
import { createLogger, type LogField, type Logger } from './services/log';
import { createDailyLog, stdoutSink, type DailyLog } from './services/log-file';

/**
 * Problems leave a trace: the daily log file, a crash reporter that keeps its
 * dumps on this computer, and handlers for what would otherwise vanish (an
 * exception nobody caught, a window that hangs, a helper process that dies).
 * Renderer crashes are handled beside the window (main/window.ts).
 *
 * Electron's parts come in as parameters, so each handler is unit-tested
 * against tests/fixtures/fake-electron.ts.
 *
 * Nothing here logs an error's message or stack: they may hold a path with
 * the user's name or text from a consultation. The type and an errno code
 * say enough to find the cause in the code.
 */
export interface DiagnosticsElectron {
  app: Pick<App, 'on' | 'isReady' | 'relaunch' | 'quit' | 'exit' | 'getPath' | 'setPath'>;
  crashReporter: Pick<CrashReporter, 'start'>;
  dialog: Pick<Dialog, 'showErrorBox' | 'showMessageBox'>;
  /** The window a dialog belongs to: a message box without one blocks main on macOS (and with it, autosave). */
  BrowserWindow: Pick<typeof BrowserWindow, 'getFocusedWindow' | 'getAllWindows'>;
}

export interface DiagnosticsOptions {
  /** A chosen data folder (FACET_USER_DATA_DIR) or a development run's: crash dumps go inside it, not in the clinic's. */
  ownDataFolder: boolean;
  /** Development runs also print every line to the terminal. */
  development: boolean;
  /** The process to watch (the real one in main). */
  process: Pick<NodeJS.Process, 'on'>;
  stdout?: NodeJS.WritableStream;
  now?: () => Date;
}

/**
 * Installs everything, as early as possible (the crash reporter only watches
 * processes started after it). Returns the logger main passes everywhere, and
 * the file behind it so quitting can flush it.
 */
export function installDiagnostics(electron: DiagnosticsElectron, options: DiagnosticsOptions): { log: Logger; logFile: DailyLog } {
  const { app } = electron;
  keepCrashDumpsInDataFolder(app, options.ownDataFolder);
  const stdout = stdoutSink(options.stdout);
  // Packaged, standard output usually goes nowhere (and may be a closed pipe): the file is the log,
  // and standard output only stands in when the file cannot be written.
  const logFile = createDailyLog({
    dir: app.getPath('logs'),
    fallback: options.development ? () => undefined : stdout,
    announce: stdout,
    now: options.now,
  });
  const log = createLogger((line) => {
    logFile.write(line);
    if (options.development) stdout(line);
  }, options.now);
  // The last lines before an exit (app.exit after a failed start) are written synchronously.
  options.process.on('exit', () => logFile.flushSync());

  startLocalCrashReporter(electron.crashReporter, log);
  handleProcessErrors(options.process, electron, log);
  watchChildProcesses(app, log);
  app.on('browser-window-created', (_event, window) => watchUnresponsive(window, electron.dialog, log));
  return { log, logFile };
}

/**
 * Crashpad keeps its dumps inside the OS's data folder by default. When Facet
 * runs on a data folder of its own (a chosen one, or a development run's: see
 * main/data-folders.ts, which places the logs the same way), its dumps belong
 * there too, never in the clinic's. Set before the crash reporter starts.
 */
export function keepCrashDumpsInDataFolder(app: DiagnosticsElectron['app'], ownDataFolder: boolean): void {
  if (!ownDataFolder) return;
  app.setPath('crashDumps', path.join(app.getPath('userData'), 'Crashpad'));
}

/**
 * Crashpad writes a minidump for any Facet process that crashes, into
 * app.getPath('crashDumps'). `uploadToServer: false` keeps every dump on this
 * computer (so no `submitURL` is given: Electron requires one only for
 * uploads). No extra parameters: a dump carries Facet's name and version only
 * beside the memory it captured (see docs/security.md, "Crash dumps").
 */
export function startLocalCrashReporter(crashReporter: Pick<CrashReporter, 'start'>, log: Logger): void {
  try {
    crashReporter.start({ uploadToServer: false, ignoreSystemCrashHandler: false, rateLimit: false, compress: true });
    log.info('crash-reporter.started', { uploads: false });
  } catch (error) {
    log.warn('crash-reporter.unavailable', errorFields(error));
  }
}

export const UNCAUGHT_DIALOG = {
  message: 'Something went wrong inside Facet',
  detail: 'Your consultation is saved as you work, so nothing is lost. You can keep working; if something looks wrong, restart Facet.',
  buttons: ['Keep working', 'Restart Facet'],
};

/**
 * An exception nobody caught in main, or a rejected promise nobody awaited.
 *
 * Facet keeps running after an uncaught exception and asks, rather than
 * relaunching on its own: the failure ended one callback (IPC handlers already
 * turn their errors into results), while the consultation on screen lives in
 * the window and is autosaved, and a restart in front of a patient would cost
 * the practitioner their place in the slides. The practitioner decides; one
 * dialog at a time, so a repeating fault cannot stack them. Before the app is
 * ready there is nothing to keep: it says Facet could not start, and exits.
 *
 * A rejection gets no dialog: it failed its one background task, and what the
 * practitioner waits for already reports its own failure on screen.
 */
export function handleProcessErrors(proc: Pick<NodeJS.Process, 'on'>, electron: Pick<DiagnosticsElectron, 'app' | 'dialog' | 'BrowserWindow'>, log: Logger): void {
  const { app, dialog } = electron;
  let asking = false;
  proc.on('uncaughtException', (error) => {
    log.error('main.uncaught-exception', errorFields(error));
    // A throw in this handler would end the process: every step below is guarded.
    try {
      if (!app.isReady()) {
        dialog.showErrorBox('Facet could not start', 'Please restart Facet. If this keeps happening, reinstall it; your saved work is kept.');
        app.exit(1);
        return;
      }
      if (asking) return;
      asking = true;
      const window = electron.BrowserWindow.getFocusedWindow() ?? electron.BrowserWindow.getAllWindows()[0];
      const options: MessageBoxOptions = { type: 'error', title: 'Facet', ...UNCAUGHT_DIALOG, defaultId: 0, cancelId: 0, noLink: true };
      void (window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options))
        .then(({ response }) => {
          if (response !== 1) return;
          log.info('app.relaunch-chosen');
          app.relaunch();
          // quit() goes through will-quit, which waits for queued saves.
          app.quit();
        })
        .catch(() => undefined)
        .finally(() => (asking = false));
    } catch {
      asking = false;
    }
  });
  proc.on('unhandledRejection', (reason) => log.error('main.unhandled-rejection', errorFields(reason)));
}

/** GPU, network, utility and other helper processes: Chromium restarts them itself; Facet notes which one went, and why. */
export function watchChildProcesses(app: Pick<App, 'on'>, log: Logger): void {
  app.on('child-process-gone', (_event, details: Details) => {
    const fields: Record<string, LogField> = { type: slug(details.type), reason: details.reason, exitCode: details.exitCode };
    if (details.serviceName) fields.service = details.serviceName;
    if (details.reason === 'clean-exit') log.info('child-process.gone', fields);
    else log.error('child-process.gone', fields);
  });
}

export const UNRESPONSIVE_DIALOG = {
  message: 'Facet’s window is not responding',
  detail: 'You can wait a little longer, or reload the window. Your consultation is saved as you work: after a reload, resume it from the home screen.',
  buttons: ['Wait', 'Reload window'],
};

/** Chromium reports a hang after a few seconds; this long again before interrupting the practitioner, who may be mid-sentence. */
export const ASK_AFTER_UNRESPONSIVE_MS = 10_000;

export interface UnresponsiveOptions {
  askAfterMs?: number;
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
  now?: () => number;
}

/**
 * A window whose page hangs (a runaway script) is noted at once. If it is
 * still hung a while later, the practitioner chooses: wait (asked again after
 * the same while), or reload in a fresh renderer process. If the page
 * recovers meanwhile, the question goes away by itself.
 */
export function watchUnresponsive(window: BrowserWindow, dialog: Pick<Dialog, 'showMessageBox'>, log: Logger, options: UnresponsiveOptions = {}): void {
  const askAfterMs = options.askAfterMs ?? ASK_AFTER_UNRESPONSIVE_MS;
  const setTimer = options.setTimer ?? ((run, ms) => setTimeout(run, ms));
  const clearTimer = options.clearTimer ?? ((timer) => clearTimeout(timer as NodeJS.Timeout));
  const now = options.now ?? Date.now;
  let timer: unknown = null;
  let question: AbortController | null = null;
  let since = 0;

  const ask = () => {
    timer = null;
    if (window.isDestroyed()) return;
    const asked = new AbortController();
    question = asked;
    log.warn('renderer.unresponsive-asked', { afterMs: now() - since });
    void dialog
      .showMessageBox(window, { type: 'warning', title: 'Facet', ...UNRESPONSIVE_DIALOG, defaultId: 0, cancelId: 0, noLink: true, signal: asked.signal })
      .then(({ response }) => {
        // Closed because the window recovered (or went away): nothing was chosen.
        if (question !== asked || window.isDestroyed()) return;
        question = null;
        if (response === 1) {
          log.warn('renderer.reload-chosen');
          // Electron's way out of a hang: end the stuck renderer, and reload() starts a fresh one.
          window.webContents.forcefullyCrashRenderer();
          window.webContents.reload();
        } else {
          log.info('renderer.wait-chosen');
          timer = setTimer(ask, askAfterMs);
        }
      })
      .catch(() => {
        if (question === asked) question = null;
      });
  };

  window.on('unresponsive', () => {
    if (timer !== null || question !== null) return;
    since = now();
    log.warn('renderer.unresponsive');
    timer = setTimer(ask, askAfterMs);
  });
  window.on('responsive', () => {
    if (timer === null && question === null) return;
    if (timer !== null) clearTimer(timer);
    timer = null;
    const open = question;
    question = null;
    open?.abort();
    log.info('renderer.responsive', { afterMs: now() - since });
  });
  window.on('closed', () => {
    if (timer !== null) clearTimer(timer);
    timer = null;
  });
}

/** The error's type, and its errno code when it has one: never its message or stack. */
function errorFields(error: unknown): Record<string, LogField> {
  try {
    const fields: Record<string, LogField> = { type: error instanceof Error ? error.name : typeof error };
    const code = (error as { code?: unknown } | null)?.code;
    if (typeof code === 'string') fields.code = code;
    return fields;
  } catch {
    // A thrown object whose getters throw: still a trace, and no second exception in the handler.
    return { type: 'unreadable' };
  }
}

/** 'Sandbox helper' → 'sandbox-helper': the logger takes codes, not phrases. */
function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-');
}
