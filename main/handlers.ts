import type { HandlerTable } from './ipc';
import { describeApp, type AppInfoPorts } from './services/app-info';

/**
 * The handler table: every channel wired to the service that answers it.
 * Main registers it with `ipcMain`; the browser test host builds the same
 * table with test ports. No Electron import here, by rule.
 */
export type HandlerPorts = AppInfoPorts;

export function createHandlers(ports: HandlerPorts): HandlerTable {
  return {
    'app.info': () => describeApp(ports),
  };
}
