import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { Backend } from './handlers';

/**
 * Facet's own menu. It replaces Electron's default, whose Help items open
 * web pages: Facet never opens the network.
 */
export function installMenu(backend: Backend, openFolder: (folder: string) => Promise<boolean>, isDevelopment: boolean): void {
  const openContentFolder = async () => openFolder(await backend.content.ensureOverrideFolder());
  const template: MenuItemConstructorOptions[] = [
    ...(process.platform === 'darwin' ? [{ role: 'appMenu' } as const] : []),
    {
      label: 'File',
      submenu: [
        { label: 'Open Content Folder', click: () => void openContentFolder() },
        {
          label: 'Copy Built-in Content to Content Folder',
          click: () => void backend.content.copyBuiltIn().then(openContentFolder),
        },
        { label: 'Reload Content', click: () => void backend.content.refresh() },
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
        ...(isDevelopment ? [{ type: 'separator' } as const, { role: 'reload' } as const, { role: 'toggleDevTools' } as const] : []),
      ],
    },
    { role: 'windowMenu' },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
