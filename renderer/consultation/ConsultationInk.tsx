import { useCallback, type ReactNode } from 'react';
import type { InkDrawings } from '../../shared/ink/stroke';
import { InkProvider } from '../ink/InkContext';
import { useConsultation } from './ConsultationContext';

/** The drawings over slides and the face belong to the open consultation: kept in it, autosaved with it, cleared by a new one. */
export function ConsultationInk({ children }: { children: ReactNode }) {
  const { consultation, change } = useConsultation();
  const save = useCallback((drawings: InkDrawings) => change({ type: 'setDrawings', drawings }), [change]);
  return (
    <InkProvider consultationId={consultation?.id ?? null} saved={consultation?.drawings} onSave={save}>
      {children}
    </InkProvider>
  );
}
