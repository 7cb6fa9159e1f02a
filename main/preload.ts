import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { buildFacetApi } from '../shared/ipc/api';

// The renderer gets a small named API, never ipcRenderer itself: listeners
// receive only the payload, not the Electron event (which exposes `sender`).
contextBridge.exposeInMainWorld(
  'facet',
  buildFacetApi({
    invoke: (channel, payload) => ipcRenderer.invoke(channel, payload),
    subscribe(event, listener) {
      const forward = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
      ipcRenderer.on(event, forward);
      return () => ipcRenderer.removeListener(event, forward);
    },
  }),
);
