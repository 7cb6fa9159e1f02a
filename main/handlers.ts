import path from 'node:path';
import type { EventName } from '../shared/ipc/channels';
import type { EventPayloadOf } from '../shared/ipc/contract';
import type { HandlerTable } from './ipc';
import { describeApp, type AppInfoPorts } from './services/app-info';
import { createContentService, type ContentService } from './services/content';
import type { Logger } from './services/log';

/**
 * The back end behind the IPC contract: every service, and the handler table
 * that wires each channel to one. Main registers it with `ipcMain`; the
 * browser test host builds the same thing with test ports. No Electron here.
 */
export interface BackendPorts {
  appInfo: AppInfoPorts;
  /** The content pack that ships with the app. */
  builtInContentDir: string;
  /** Opens a folder in the system's file manager (Electron's shell.openPath). */
  openFolder(folder: string): Promise<boolean>;
  /** Opens (or brings forward) the presenter window, on a second display when there is one. */
  openPresenter(): Promise<boolean>;
  /** Pushes an event to the app's window. */
  emit<E extends EventName>(event: E, payload: EventPayloadOf<E>): void;
  log: Logger;
}

export interface Backend {
  handlers: HandlerTable;
  content: ContentService;
  /** Starts background work (watching the clinic's content folder). */
  start(): Promise<void>;
  close(): void;
}

export function createBackend(ports: BackendPorts): Backend {
  const content = createContentService({
    builtInDir: ports.builtInContentDir,
    overrideDir: path.join(ports.appInfo.userDataDir, 'content'),
    log: ports.log,
    onChange: (result) => ports.emit('content.changed', result),
  });

  const handlers: HandlerTable = {
    'app.info': () => describeApp(ports.appInfo),
    'content.load': () => content.load(),
    'content.openFolder': async () => ({ opened: await ports.openFolder(await content.ensureOverrideFolder()) }),
    'content.copyBuiltIn': () => content.copyBuiltIn(),
    'presenter.open': async () => ({ opened: await ports.openPresenter() }),
  };

  return {
    handlers,
    content,
    async start() {
      // Watching needs the folder; if it cannot be made (read-only data folder),
      // the built-in content still loads and the problem shows in app.info.
      await content.ensureOverrideFolder().then(
        () => content.startWatching(),
        () => ports.log.warn('content.override-folder-unavailable'),
      );
    },
    close: () => content.close(),
  };
}
