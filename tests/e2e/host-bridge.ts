// Bundled into the page by the browser host: installs `window.facet` with the
// same shared/ builder as main/preload.ts, over Playwright bindings instead of IPC.
import { buildFacetApi, firstScreenReads } from '../../shared/ipc/api';

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
  // As the preload does: the first screen's reads go out before the page's scripts run.
  value: buildFacetApi(
    {
      invoke: (channel, payload) => window.__facetInvoke(channel, payload),
      subscribe(event, listener) {
        const set = listeners.get(event) ?? new Set();
        listeners.set(event, set);
        set.add(listener);
        return () => set.delete(listener);
      },
    },
    { askEarly: firstScreenReads(window.location.hash) },
  ),
  writable: false,
  configurable: false,
});
