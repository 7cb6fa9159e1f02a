import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { buildFacetApi, firstScreenReads } from '../shared/ipc/api';

// The renderer gets a small named API, never ipcRenderer itself: listeners
// receive only the payload, not the Electron event (which exposes `sender`).
// The first screen's reads are sent now, while the page's scripts load, not after its first render.
// (main/ is typed without the DOM: the preload does run in the page, where `location` is the window's.)
const { hash } = (globalThis as { location?: { hash: string } }).location ?? { hash: '' };

contextBridge.exposeInMainWorld(
  'facet',
  buildFacetApi(
    {
      invoke: (channel, payload) => ipcRenderer.invoke(channel, payload),
      subscribe(event, listener) {
        const forward = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
        ipcRenderer.on(event, forward);
        return () => ipcRenderer.removeListener(event, forward);
      },
    },
    { askEarly: firstScreenReads(hash) },
  ),
);
