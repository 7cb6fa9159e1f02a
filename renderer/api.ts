import type { FacetApi } from '../shared/ipc/api';
import type { IpcResult } from '../shared/ipc/result';

declare global {
  interface Window {
    readonly facet?: FacetApi;
  }
}

/**
 * The only module that touches `window.facet`. Components import `facet`
 * from here, so a test can hand them another implementation.
 */
export function getFacetApi(): FacetApi | null {
  return window.facet ?? null;
}

export const BRIDGE_MISSING_MESSAGE = 'Facet is running outside its app window, so it cannot reach its data.';

/** The same `IpcResult` shape for a missing bridge, so callers handle one kind of failure. */
export function bridgeMissing<T>(): IpcResult<T> {
  return { ok: false, error: { code: 'internal', message: BRIDGE_MISSING_MESSAGE } };
}
