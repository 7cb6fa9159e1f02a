import type { IpcResult } from '../shared/ipc/result';

/**
 * What an action the practitioner started came to: done, or why not, in a
 * sentence to show them. Every async action in the renderer answers with one,
 * so a caller cannot mistake a failure for success (a `string | null` where
 * null meant success once hid the review screen's "could not end" message).
 */
export type Outcome = { ok: true } | { ok: false; message: string };

export const DONE: Outcome = { ok: true };

export function failed(message: string): Outcome {
  return { ok: false, message };
}

/** A call to main as an outcome: its error messages are already safe to show. */
export function outcomeOf(result: IpcResult<unknown>): Outcome {
  return result.ok ? DONE : failed(result.error.message);
}
