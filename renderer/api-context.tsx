import { createContext, useContext } from 'react';
import type { FacetApi } from '../shared/ipc/api';

/** The `window.facet` API for components deep in the tree (null outside the app window). */
export const ApiContext = createContext<FacetApi | null>(null);

export function useFacetApi(): FacetApi | null {
  return useContext(ApiContext);
}
