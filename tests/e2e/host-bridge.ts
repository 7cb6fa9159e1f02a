// Bundled into the page by the browser host: installs `window.facet` with the
// same shared/ builder as main/preload.ts, over a Playwright binding instead of IPC.
import { buildFacetApi } from '../../shared/ipc/api';

declare global {
  interface Window {
    __facetInvoke(channel: string, payload: unknown): Promise<unknown>;
  }
}

Object.defineProperty(window, 'facet', {
  value: buildFacetApi((channel, payload) => window.__facetInvoke(channel, payload)),
  writable: false,
  configurable: false,
});
