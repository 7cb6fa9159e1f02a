import { createContext, useContext } from 'react';
import type { FacetApi } from '../shared/ipc/api';
import { MISSING_BRIDGE_API } from './api';

/** The `window.facet` API for components deep in the tree; a test hands in a fake. */
export const ApiContext = createContext<FacetApi>(MISSING_BRIDGE_API);

export function useFacetApi(): FacetApi {
  return useContext(ApiContext);
}
