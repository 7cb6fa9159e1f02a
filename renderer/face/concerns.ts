import { createContext, useContext } from 'react';

/**
 * The areas the patient pointed at ("it's these lines here"), in the order
 * they were added; their numbers on the face follow that order. The face
 * feature owns this interface; whoever holds the concerns provides it (the
 * consultation, see consultation/ConsultationConcerns.tsx), so the face
 * never depends on the consultation.
 */
export interface Concerns {
  regionIds: readonly string[];
  has(regionId: string): boolean;
  toggle(regionId: string): void;
}

export const ConcernsContext = createContext<Concerns>({ regionIds: [], has: () => false, toggle: () => undefined });

export function useConcerns(): Concerns {
  return useContext(ConcernsContext);
}
