import path from 'node:path';
import type { EventName } from '../shared/ipc/channels';
import type { EventPayloadOf } from '../shared/ipc/contract';
import type { HandlerTable } from './ipc';
import { describeApp, type AppInfoPorts } from './services/app-info';
import { createCloseGate, withinTime, type CloseOutcome } from './services/close-gate';
import { createConsultationStore, type ConsultationStore, type KeyProtector } from './services/consultations';
import { createContentService, type ContentService } from './services/content';
import type { Logger } from './services/log';
import { createSettingsStore, type SettingsStore } from './services/settings';
import { exportMakers } from './services/export-makers';
import { createExporter } from './services/exports';
import { createSlidePrinter, type PrintPage } from './services/slide-print';
import { warmUpSummaryPdf } from './services/summary-pdf/warm-up';

/**
 * The back end behind the IPC contract: every service, and the handler table
 * that wires each channel to one. Main registers it with `ipcMain`; the
 * browser test host builds the same thing with test ports. No Electron here.
 */
export interface BackendPorts {
  appInfo: AppInfoPorts;
  /** The content pack that ships with the app. */
  builtInContentDir: string;
  /** Inter's TTF files, embedded in the summary PDF. */
  fontsDir: string;
  /** Protects the drafts' data key (Electron's safeStorage; a test key in tests). */
  keys: KeyProtector;
  /** Opens a folder in the system's file manager (Electron's shell.openPath). */
  openFolder(folder: string): Promise<boolean>;
  /** Opens a file Facet wrote in the system's viewer (shell.openPath); '' on success. */
  openFile(file: string): Promise<string>;
  /** Asks which folder to export into (Electron's open dialog); null when cancelled. */
  chooseExportFolder(): Promise<string | null>;
  /** Opens (or brings forward) the presenter window, on a second display when there is one. */
  openPresenter(): Promise<boolean>;
  /** Toggles full screen on the window the user is working in; answers the new state. */
  toggleFullScreen(): Promise<boolean>;
  /**
   * Prints the app's page at a hash to PDF, for the drawn slides in the
   * summary: a hidden BrowserWindow and printToPDF in the app, Playwright's
   * page.pdf() in the browser test host.
   */
  printPage: PrintPage;
  /** Pushes an event to the app's windows. */
  emit<E extends EventName>(event: E, payload: EventPayloadOf<E>): void;
  log: Logger;
}

export interface Backend {
  handlers: HandlerTable;
  content: ContentService;
  consultations: ConsultationStore;
  settings: SettingsStore;
  /** Starts background work: watching the clinic's content folder, purging expired drafts. */
  start(): Promise<void>;
  /**
   * Before a window closes: `requestSave` asks its page to save (the page
   * answers on `app.readyToClose`), then every queued write finishes. Bounded
   * by `timeoutMs` in all, so a hung page cannot keep the window open.
   */
  saveBeforeClose(requestSave: () => void, timeoutMs: number): Promise<CloseOutcome>;
  /**
   * Renders a stand-in summary (no patient) and throws it away, so the first
   * export is as fast as later ones. For main to call once the window shows,
   * off the start-up path; resolves false if it could not (the export still works, slower).
   */
  warmUpSummaryPdf(): Promise<boolean>;
  close(): void;
}

export function createBackend(ports: BackendPorts): Backend {
  const { userDataDir } = ports.appInfo;
  const content = createContentService({
    builtInDir: ports.builtInContentDir,
    overrideDir: path.join(userDataDir, 'content'),
    log: ports.log,
    onChange: (result) => ports.emit('content.changed', result),
  });
  const settings = createSettingsStore({ file: path.join(userDataDir, 'settings.json'), log: ports.log });
  const consultations = createConsultationStore({
    dir: path.join(userDataDir, 'drafts'),
    keys: ports.keys,
    log: ports.log,
    // Read at purge time, so there is no second copy of the setting to fall out of step.
    retentionDays: async () => (await settings.get()).retentionDays,
  });
  const slidePrinter = createSlidePrinter(ports.printPage);
  const exporter = createExporter({
    loadConsultation: (id) => consultations.load(id),
    loadPack: async () => (await content.load()).pack,
    loadSettings: () => settings.get(),
    render: exportMakers(ports.fontsDir, { printSlides: (job) => slidePrinter.print(job), log: ports.log }),
    chooseFolder: ports.chooseExportFolder,
    openPath: ports.openFile,
    log: ports.log,
  });

  const closeGate = createCloseGate();

  const handlers: HandlerTable = {
    'app.info': () => describeApp(ports.appInfo),
    'app.readyToClose': () => {
      closeGate.ready();
      return { ready: true as const };
    },
    'content.load': () => content.load(),
    'content.openFolder': async () => ({ opened: await ports.openFolder(await content.ensureOverrideFolder()) }),
    'content.copyBuiltIn': () => content.copyBuiltIn(),
    'presenter.open': async () => ({ opened: await ports.openPresenter() }),
    'window.toggleFullScreen': async () => ({ fullScreen: await ports.toggleFullScreen() }),
    'logs.openFolder': async () => ({ opened: await ports.openFolder(ports.appInfo.logsDir) }),
    'consultations.list': () => consultations.list(),
    'consultations.load': ({ id }) => consultations.load(id),
    'consultations.save': (consultation) => consultations.save(consultation),
    'consultations.discard': async ({ id }) => {
      await consultations.discard(id);
      return { discarded: true as const };
    },
    'consultations.status': () => consultations.status(),
    'exports.write': ({ id, kinds }) => exporter.write(id, kinds),
    'exports.open': async ({ exportId }) => ({ opened: await exporter.open(exportId) }),
    'settings.get': () => settings.get(),
    'settings.update': (patch) => settings.update(patch),
    'print.job': async ({ jobId }) => slidePrinter.job(jobId),
    'print.ready': async ({ jobId, drawn }) => {
      slidePrinter.ready(jobId, drawn);
      return { received: true as const };
    },
  };

  return {
    handlers,
    content,
    consultations,
    settings,
    async warmUpSummaryPdf() {
      const started = performance.now();
      const warmed = await warmUpSummaryPdf((await content.load()).pack, { fontsDir: ports.fontsDir });
      ports.log.info(warmed ? 'summary-pdf.warmed' : 'summary-pdf.warm-up-skipped', { ms: Math.round(performance.now() - started) });
      return warmed;
    },
    async start() {
      // The first screen waits for the content: start reading it now, while the window and its
      // page load, instead of when the page first asks (load() keeps it; it never throws).
      void content.load();
      // Each step is independent: a read-only data folder must not stop the built-in content loading.
      await content.ensureOverrideFolder().then(
        () => content.startWatching(),
        () => ports.log.warn('content.override-folder-unavailable'),
      );
      try {
        const purged = await consultations.purgeExpired();
        if (purged > 0) ports.log.info('drafts.purged', { count: purged });
      } catch {
        // The data folder is unreadable: the app still runs; saving will say what is wrong.
        ports.log.warn('drafts.purge-skipped');
      }
    },
    async saveBeforeClose(requestSave, timeoutMs) {
      const startedAt = Date.now();
      const page = await closeGate.waitForPage(requestSave, timeoutMs);
      const writes = await withinTime<'ready', 'timed-out'>(
        consultations.whenIdle().then(
          () => 'ready' as const,
          () => 'ready' as const,
        ),
        timeoutMs - (Date.now() - startedAt),
        'timed-out' as const,
      );
      const outcome = page === 'ready' && writes === 'ready' ? 'ready' : 'timed-out';
      if (outcome === 'timed-out') ports.log.warn('app.close-save-timed-out', { page, writes });
      return outcome;
    },
    close: () => content.close(),
  };
}
