import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { usePack } from '../content/ContentContext';
import { ConcernsContext } from '../face/concerns';
import { useConsultation } from './ConsultationContext';

/**
 * Provides the face's concerns (face/concerns.ts): during a consultation
 * they are the consultation's concerns (and autosaved); when presenting
 * without a patient they are a scratch list that is never saved.
 */
export function ConcernsProvider({ children }: { children: ReactNode }) {
  const { consultation, change } = useConsultation();
  const pack = usePack();
  const [scratch, setScratch] = useState<readonly string[]>([]);
  const regionIds = useMemo(() => (consultation ? consultation.concerns.map((c) => c.regionId) : scratch), [consultation, scratch]);

  const toggle = useCallback(
    (regionId: string) => {
      if (!consultation) {
        setScratch((current) => (current.includes(regionId) ? current.filter((id) => id !== regionId) : [...current, regionId]));
        return;
      }
      // Plan the region's usual treatment when there is exactly one; otherwise the practitioner chooses.
      const usual = pack?.regions.find((r) => r.id === regionId)?.treatments.filter((t) => t.usual) ?? [];
      change({ type: 'toggleConcern', regionId, defaultTreatment: usual.length === 1 ? usual[0]!.treatment : null });
    },
    [consultation, change, pack],
  );

  const value = useMemo(() => ({ regionIds, has: (id: string) => regionIds.includes(id), toggle }), [regionIds, toggle]);
  return <ConcernsContext.Provider value={value}>{children}</ConcernsContext.Provider>;
}
