import { createContext, useCallback, useContext, useEffect, useMemo, useReducer, useRef, useState, type ReactNode } from 'react';
import type { Consultation } from '../../shared/consultation/model';
import { consultationReducer, createConsultation, type ConsultationAction, type NewConsultation } from '../../shared/consultation/reducer';
import { useFacetApi } from '../api-context';

export type SaveState = { status: 'idle' } | { status: 'saving' } | { status: 'saved'; at: string } | { status: 'failed'; message: string };

/** An action without its time: the provider stamps it. */
export type Change = ConsultationAction extends infer A ? (A extends { at: string } ? Omit<A, 'at'> : never) : never;

interface ConsultationControls {
  consultation: Consultation | null;
  saveState: SaveState;
  change(change: Change): void;
  start(details: Omit<NewConsultation, 'id' | 'at'>): void;
  /** Opens a saved draft (after a crash or restart). */
  resume(id: string): Promise<string | null>;
  /** Ends the consultation: deletes its draft, clears it from the screen. */
  end(): Promise<string | null>;
  /** Saves at once (before export), instead of waiting for the autosave. */
  flush(): Promise<boolean>;
}

const ConsultationContext = createContext<ConsultationControls | null>(null);

/** How long after the last change the autosave runs: well inside the one-second promise. */
const AUTOSAVE_DELAY_MS = 300;

type Held = { consultation: Consultation | null };
type HeldAction = { type: 'open'; consultation: Consultation | null } | ConsultationAction;

function heldReducer(state: Held, action: HeldAction): Held {
  if (action.type === 'open') return { consultation: action.consultation };
  return state.consultation ? { consultation: consultationReducer(state.consultation, action) } : state;
}

/**
 * The open consultation, autosaved through main (encrypted, atomic) after
 * every change. If saving fails the work stays on screen and the save is
 * retried with the next change; the practitioner sees why.
 */
export function ConsultationProvider({ children }: { children: ReactNode }) {
  const api = useFacetApi();
  const [{ consultation }, dispatch] = useReducer(heldReducer, { consultation: null });
  const [saveState, setSaveState] = useState<SaveState>({ status: 'idle' });
  const latest = useRef<Consultation | null>(null);
  const unsaved = useRef(false);

  const save = useCallback(async (): Promise<boolean> => {
    const current = latest.current;
    if (!api || !current) return false;
    unsaved.current = false;
    setSaveState({ status: 'saving' });
    const result = await api.consultations.save(current);
    if (result.ok) {
      setSaveState({ status: 'saved', at: result.value.savedAt });
      return true;
    }
    unsaved.current = true;
    setSaveState({ status: 'failed', message: result.error.message });
    return false;
  }, [api]);

  useEffect(() => {
    latest.current = consultation;
    if (!consultation || !unsaved.current) return;
    const timer = window.setTimeout(() => void save(), AUTOSAVE_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [consultation, save]);

  const change = useCallback((next: Change) => {
    unsaved.current = true;
    dispatch({ ...next, at: new Date().toISOString() } as ConsultationAction);
  }, []);

  const start = useCallback((details: Omit<NewConsultation, 'id' | 'at'>) => {
    unsaved.current = true;
    dispatch({ type: 'open', consultation: createConsultation({ ...details, id: crypto.randomUUID(), at: new Date().toISOString() }) });
  }, []);

  const resume = useCallback(
    async (id: string) => {
      if (!api) return 'Facet is running outside its app window.';
      const result = await api.consultations.load({ id });
      if (!result.ok) return result.error.message;
      unsaved.current = false;
      setSaveState({ status: 'saved', at: result.value.updatedAt });
      dispatch({ type: 'open', consultation: result.value });
      return null;
    },
    [api],
  );

  const end = useCallback(async () => {
    const current = latest.current;
    if (api && current) {
      const result = await api.consultations.discard({ id: current.id });
      if (!result.ok) return result.error.message;
    }
    unsaved.current = false;
    setSaveState({ status: 'idle' });
    dispatch({ type: 'open', consultation: null });
    return null;
  }, [api]);

  const flush = useCallback(() => (unsaved.current ? save() : Promise.resolve(true)), [save]);

  const value = useMemo(() => ({ consultation, saveState, change, start, resume, end, flush }), [consultation, saveState, change, start, resume, end, flush]);
  return <ConsultationContext.Provider value={value}>{children}</ConsultationContext.Provider>;
}

export function useConsultation(): ConsultationControls {
  const controls = useContext(ConsultationContext);
  if (!controls) throw new Error('useConsultation must be used inside <ConsultationProvider>');
  return controls;
}
