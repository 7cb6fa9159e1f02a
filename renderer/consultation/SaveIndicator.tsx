import type { SaveState } from './ConsultationContext';

/** A quiet word on whether the work is saved; a clear one when it is not. */
export function SaveIndicator({ state }: { state: SaveState }) {
  return (
    <p className={state.status === 'failed' ? 'save-indicator is-failed' : 'save-indicator'} role="status" aria-live="polite">
      {state.status === 'saving' && 'Saving…'}
      {state.status === 'saved' && 'Saved on this computer'}
      {state.status === 'failed' && `Not saved: ${state.message} Your work is still on screen; Facet keeps trying every few seconds.`}
    </p>
  );
}
