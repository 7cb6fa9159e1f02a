import { useEffect, useRef, useState, type DependencyList } from 'react';
import type { IpcResult } from '../shared/ipc/result';

/** Something asked of main once a screen opens: still coming, here, or why not. */
export type Loaded<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'failed'; message: string };

/**
 * Asks main when the deps change and keeps the newest answer as UI state; an
 * answer that arrives after the screen has moved on is dropped. `answered`
 * is main's answer already in hand for the first render (first-answers.ts):
 * the first mount shows it and does not ask again.
 */
export function useLoaded<T>(load: () => Promise<IpcResult<T>>, deps: DependencyList, answered?: IpcResult<T>): Loaded<T> {
  const [state, setState] = useState<Loaded<T>>(() => (answered ? loadedOf(answered) : { status: 'loading' }));
  const askMain = useRef(!answered);
  useEffect(() => {
    let active = true;
    if (askMain.current) {
      void load().then((result) => {
        if (active) setState(loadedOf(result));
      });
    }
    askMain.current = true; // later deps, or Strict Mode's second mount, ask again
    return () => {
      active = false;
    };
    // The caller names what the load depends on, as with useEffect.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return state;
}

function loadedOf<T>(result: IpcResult<T>): Loaded<T> {
  return result.ok ? { status: 'ready', value: result.value } : { status: 'failed', message: result.error.message };
}
