// Bundled into the page by the browser host: installs `window.facet` with the
// same shared/ builder as main/preload.ts, over Playwright bindings instead of IPC.
import { buildFacetApi } from '../../shared/ipc/api';

declare global {
  interface Window {
    __facetInvoke(channel: string, payload: unknown): Promise<unknown>;
    /** Called by the host (page.evaluate) to deliver an event main would push. */
    __facetDeliver(event: string, payload: unknown): void;
  }
}

const listeners = new Map<string, Set<(payload: unknown) => void>>();

Object.defineProperty(window, '__facetDeliver', {
  value: (event: string, payload: unknown) => listeners.get(event)?.forEach((listener) => listener(payload)),
});

Object.defineProperty(window, 'facet', {
  value: buildFacetApi({
    invoke: (channel, payload) => window.__facetInvoke(channel, payload),
    subscribe(event, listener) {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set);
      set.add(listener);
      return () => set.delete(listener);
    },
  }),
  writable: false,
  configurable: false,
});
