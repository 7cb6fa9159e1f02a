import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

/**
 * The areas the patient pointed at ("it's these lines here"), in the order
 * they were added; their numbers on the face follow that order. Kept in the
 * renderer for now; the consultation record takes it over.
 */
export interface Concerns {
  regionIds: readonly string[];
  has(regionId: string): boolean;
  toggle(regionId: string): void;
}

const ConcernsContext = createContext<Concerns>({ regionIds: [], has: () => false, toggle: () => undefined });

export function ConcernsProvider({ children }: { children: ReactNode }) {
  const [regionIds, setRegionIds] = useState<readonly string[]>([]);
  const toggle = useCallback(
    (regionId: string) =>
      setRegionIds((current) => (current.includes(regionId) ? current.filter((id) => id !== regionId) : [...current, regionId])),
    [],
  );
  const value = useMemo(() => ({ regionIds, has: (id: string) => regionIds.includes(id), toggle }), [regionIds, toggle]);
  return <ConcernsContext.Provider value={value}>{children}</ConcernsContext.Provider>;
}

export function useConcerns(): Concerns {
  return useContext(ConcernsContext);
}
