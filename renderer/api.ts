import { buildFacetApi, type FacetApi, type Transport } from '../shared/ipc/api';

declare global {
  interface Window {
    readonly facet?: FacetApi;
  }
}

export const BRIDGE_MISSING_MESSAGE = 'Facet is running outside its app window, so it cannot reach its data.';

/**
 * Stands in for main when the page runs outside the app window (a plain
 * browser): every call answers with the same typed failure, and no event ever
 * comes. Callers handle it as they handle any failed call, so no component
 * ever checks for a missing API.
 */
const missingBridge: Transport = {
  invoke: async () => ({ ok: false, error: { code: 'internal', message: BRIDGE_MISSING_MESSAGE } }),
  subscribe: () => () => undefined,
};

export const MISSING_BRIDGE_API: FacetApi = buildFacetApi(missingBridge);

/**
 * The only module that touches `window.facet`: the real API in the app
 * window, the missing-bridge one anywhere else. Never null.
 */
export function getFacetApi(): FacetApi {
  return window.facet ?? MISSING_BRIDGE_API;
}
