import { contextBridge, ipcRenderer } from 'electron';
import { buildFacetApi } from '../shared/ipc/api';

// The renderer gets a small named API, never ipcRenderer itself.
contextBridge.exposeInMainWorld(
  'facet',
  buildFacetApi((channel, payload) => ipcRenderer.invoke(channel, payload)),
);
