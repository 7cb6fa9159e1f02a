import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Consultation } from '../../shared/consultation/model';
import { consultationReducer, createConsultation, type ConsultationAction, type NewConsultation } from '../../shared/consultation/reducer';
import { useFacetApi } from '../api-context';
import { DONE, failed, outcomeOf, type Outcome } from '../outcome';
import { createAutosave, type SaveState } from './autosave';

const NOT_SAVED_MESSAGE = 'The consultation could not be saved just now. It is still on screen; Facet keeps trying.';

export type { SaveState } from './autosave';

/** An action without its time: the provider stamps it. */
export type Change = ConsultationAction extends infer A ? (A extends { at: string } ? Omit<A, 'at'> : never) : never;

interface ConsultationControls {
  consultation: Consultation | null;
  saveState: SaveState;
  change(change: Change): void;
  start(details: Omit<NewConsultation, 'id' | 'at'>): void;
  /** Opens a saved draft (after a crash or restart). */
  resume(id: string): Promise<Outcome>;
  /** Ends the consultation: deletes its draft, clears it from the screen. */
  end(): Promise<Outcome>;
  /** Saves at once (before export) and resolves once the latest change is on disk. */
  flush(): Promise<Outcome>;
}

const ConsultationContext = createContext<ConsultationControls | null>(null);

/**
 * The open consultation, autosaved through main (encrypted, atomic) as the
 * practitioner works (see autosave.ts for the timing). It is also saved at
 * once when the window is hidden, when main is about to close the window,
 * and before export. If saving fails the work stays on screen, the
 * practitioner sees why, and Facet keeps trying.
 */
export function ConsultationProvider({ children }: { children: ReactNode }) {
  const api = useFacetApi();
  const [consultation, setConsultation] = useState<Consultation | null>(null);
  const [saveState, setSaveState] = useState<SaveState>({ status: 'idle' });
  // The latest version, kept outside React too: a flush() right after a change, in the same handler, must see it.
  const latest = useRef<Consultation | null>(null);
  const autosave = useMemo(
    () =>
      createAutosave({
        write: (current) => api.consultations.save(current),
        onState: setSaveState,
      }),
    [api],
  );

  const show = useCallback((next: Consultation | null) => {
    latest.current = next;
    setConsultation(next);
  }, []);

  const change = useCallback(
    (next: Change) => {
      const current = latest.current;
      if (!current) return;
      const updated = consultationReducer(current, { ...next, at: new Date().toISOString() } as ConsultationAction);
      if (updated === current) return;
      show(updated);
      autosave.changed(updated);
    },
    [autosave, show],
  );

  const start = useCallback(
    (details: Omit<NewConsultation, 'id' | 'at'>) => {
      const created = createConsultation({ ...details, id: crypto.randomUUID(), at: new Date().toISOString() });
      // A write of the previous consultation may still finish; nothing of it is pending any more.
      void autosave.reset();
      show(created);
      autosave.changed(created);
    },
    [autosave, show],
  );

  const resume = useCallback(
    async (id: string) => {
      const result = await api.consultations.load({ id });
      if (!result.ok) return outcomeOf(result);
      await autosave.reset();
      setSaveState({ status: 'saved', at: result.value.updatedAt });
      show(result.value);
      return DONE;
    },
    [api, autosave, show],
  );

  const end = useCallback(async () => {
    const current = latest.current;
    // No autosave may run after the draft is deleted: it would write the patient's data back.
    await autosave.reset();
    if (current) {
      const result = await api.consultations.discard({ id: current.id });
      if (!result.ok) return outcomeOf(result);
    }
    setSaveState({ status: 'idle' });
    show(null);
    return DONE;
  }, [api, autosave, show]);

  const flush = useCallback(async () => ((await autosave.flush()) ? DONE : failed(NOT_SAVED_MESSAGE)), [autosave]);

  useSaveWhenLeaving(flush);
  useEffect(
    () =>
      api.app.onCloseRequested(() => {
        void flush().finally(() => void api.app.readyToClose());
      }),
    [api, flush],
  );

  const value = useMemo(() => ({ consultation, saveState, change, start, resume, end, flush }), [consultation, saveState, change, start, resume, end, flush]);
  return <ConsultationContext.Provider value={value}>{children}</ConsultationContext.Provider>;
}

/** A hidden window (laptop lid, another app in front) or a page going away saves at once. */
function useSaveWhenLeaving(flush: () => Promise<Outcome>): void {
  useEffect(() => {
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') void flush();
    };
    const onPageHide = () => void flush();
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', onPageHide);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', onPageHide);
    };
  }, [flush]);
}

export function useConsultation(): ConsultationControls {
  const controls = useContext(ConsultationContext);
  if (!controls) throw new Error('useConsultation must be used inside <ConsultationProvider>');
  return controls;
}
