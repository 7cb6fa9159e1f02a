import { Menu, type MenuItemConstructorOptions } from 'electron';
import { FacetError } from '../shared/ipc/result';
import type { Backend } from './handlers';
import type { Logger } from './services/log';

export interface MenuPorts {
  backend: Backend;
  openFolder(folder: string): Promise<boolean>;
  /** Tells the practitioner what went wrong (a modal dialog in the app). */
  showProblem(title: string, detail: string): void;
  isDevelopment: boolean;
  log: Logger;
}

/** Why a menu action failed, in words a clinic can act on; never a raw error (it may hold paths). */
function reasonOf(error: unknown): string {
  if (error instanceof FacetError) return error.message;
  return 'Something went wrong inside Facet. Your work is safe; please try again.';
}

const CHECK_DATA_FOLDER = 'If the data folder is on a network drive or read-only, ask your IT contact to make it writable.';

/**
 * The File menu's actions. Each either works or says why it did not: a click
 * that silently does nothing (a read-only data folder) leaves a clinic stuck.
 */
export function fileMenuActions(ports: MenuPorts) {
  const attempt = (name: string, title: string, action: () => Promise<void>) => async () => {
    try {
      await action();
    } catch (error) {
      ports.log.warn('menu.action-failed', { action: name, code: error instanceof FacetError ? error.code : 'internal' });
      ports.showProblem(title, `${reasonOf(error)}\n\n${CHECK_DATA_FOLDER}`);
    }
  };
  const openContentFolder = async () => {
    const folder = await ports.backend.content.ensureOverrideFolder();
    if (!(await ports.openFolder(folder))) throw new FacetError('io-failed', 'The system could not open the content folder.');
  };
  return {
    openContentFolder: attempt('open-content-folder', 'Facet could not open the content folder', openContentFolder),
    copyBuiltIn: attempt('copy-built-in', 'Facet could not copy the built-in content', async () => {
      await ports.backend.content.copyBuiltIn();
      await openContentFolder();
    }),
    reloadContent: attempt('reload-content', 'Facet could not reload the content', async () => {
      await ports.backend.content.refresh();
    }),
  };
}

/**
 * Facet's own menu. It replaces Electron's default, whose Help items open
 * web pages: Facet never opens the network.
 */
export function installMenu(ports: MenuPorts): void {
  const actions = fileMenuActions(ports);
  const template: MenuItemConstructorOptions[] = [
    ...(process.platform === 'darwin' ? [{ role: 'appMenu' } as const] : []),
    {
      label: 'File',
      submenu: [
        { label: 'Open Content Folder', click: () => void actions.openContentFolder() },
        { label: 'Copy Built-in Content to Content Folder', click: () => void actions.copyBuiltIn() },
        { label: 'Reload Content', click: () => void actions.reloadContent() },
        { type: 'separator' },
        { role: process.platform === 'darwin' ? 'close' : 'quit' },
      ],
    },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [
        { role: 'togglefullscreen' },
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        ...(ports.isDevelopment ? [{ type: 'separator' } as const, { role: 'reload' } as const, { role: 'toggleDevTools' } as const] : []),
      ],
    },
    { role: 'windowMenu' },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
