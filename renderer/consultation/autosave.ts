import type { Consultation } from '../../shared/consultation/model';
import type { IpcResult } from '../../shared/ipc/result';

export type SaveState = { status: 'idle' } | { status: 'saving' } | { status: 'saved'; at: string } | { status: 'failed'; message: string };

export interface AutosaveTiming {
  /** A pause in typing this long saves at once. */
  quietMs: number;
  /** However steady the typing, the oldest unsaved change is sent within this long. */
  maxWaitMs: number;
  /** After a failed write, try again this often, even if nothing else changes. */
  retryMs: number;
}

/**
 * Inside the one-second promise with room for the write itself: a change is
 * sent at most 600 ms after it was made, and a write of a draft takes a few ms.
 */
export const AUTOSAVE_TIMING: AutosaveTiming = { quietMs: 250, maxWaitMs: 600, retryMs: 3000 };

export interface AutosavePorts {
  write(consultation: Consultation): Promise<IpcResult<{ savedAt: string }>>;
  onState(state: SaveState): void;
  timing?: AutosaveTiming;
}

export interface Autosave {
  /** The consultation on screen changed: it is unsaved until a write of this version is acknowledged. */
  changed(consultation: Consultation): void;
  /** Sends the latest version now and resolves once it (and any write in flight) is on disk; false if a write failed. */
  flush(): Promise<boolean>;
  /** Drops pending work (the consultation was ended or another one opened); waits for a write in flight. */
  reset(): Promise<void>;
}

/**
 * Throttled autosave: a pause in typing saves at once, steady typing still
 * saves every `maxWaitMs`. One write is in flight at a time; the indicator says
 * "Saved" only when the version on screen is the version on disk.
 */
export function createAutosave({ write, onState, timing = AUTOSAVE_TIMING }: AutosavePorts): Autosave {
  let latest: Consultation | null = null;
  let version = 0;
  let savedVersion = 0;
  /** When the oldest change not yet sent was made; null when everything is sent. */
  let oldestUnsentAt: number | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let inFlight: Promise<boolean> | null = null;
  let failed = false;

  const isDirty = () => version !== savedVersion;

  const cancelTimer = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };

  const schedule = () => {
    cancelTimer();
    if (!isDirty() || inFlight) return;
    const now = Date.now();
    oldestUnsentAt ??= now;
    const delay = failed ? timing.retryMs : Math.max(0, Math.min(timing.quietMs, oldestUnsentAt + timing.maxWaitMs - now));
    timer = setTimeout(() => void send(), delay);
  };

  const send = (): Promise<boolean> => {
    cancelTimer();
    if (inFlight) return inFlight;
    if (!latest || !isDirty()) return Promise.resolve(!failed);
    const sending = latest;
    const sendingVersion = version;
    oldestUnsentAt = null;
    inFlight = write(sending).then(
      (result) => {
        inFlight = null;
        if (result.ok) {
          failed = false;
          savedVersion = Math.max(savedVersion, sendingVersion);
          onState(isDirty() ? { status: 'saving' } : { status: 'saved', at: result.value.savedAt });
        } else {
          failed = true;
          onState({ status: 'failed', message: result.error.message });
        }
        schedule();
        return result.ok;
      },
      () => {
        inFlight = null;
        failed = true;
        onState({ status: 'failed', message: 'Facet could not reach its storage.' });
        schedule();
        return false;
      },
    );
    return inFlight;
  };

  return {
    changed(consultation) {
      latest = consultation;
      version += 1;
      // A failure stays on screen until a write succeeds; this change is the next try.
      if (!failed) onState({ status: 'saving' });
      failed = false;
      oldestUnsentAt ??= Date.now();
      schedule();
    },

    async flush() {
      for (;;) {
        if (inFlight) await inFlight;
        if (!isDirty()) return !failed;
        if (!(await send())) return false;
      }
    },

    async reset() {
      cancelTimer();
      latest = null;
      savedVersion = version;
      oldestUnsentAt = null;
      failed = false;
      if (inFlight) await inFlight;
    },
  };
}
