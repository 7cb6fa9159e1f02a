import { useEffect, useState, type DependencyList } from 'react';
import type { IpcResult } from '../shared/ipc/result';

/** Something asked of main once a screen opens: still coming, here, or why not. */
export type Loaded<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'failed'; message: string };

/**
 * Asks main when the deps change and keeps the newest answer as UI state; an
 * answer that arrives after the screen has moved on is dropped.
 */
export function useLoaded<T>(load: () => Promise<IpcResult<T>>, deps: DependencyList): Loaded<T> {
  const [state, setState] = useState<Loaded<T>>({ status: 'loading' });
  useEffect(() => {
    let active = true;
    void load().then((result) => {
      if (active) setState(result.ok ? { status: 'ready', value: result.value } : { status: 'failed', message: result.error.message });
    });
    return () => {
      active = false;
    };
    // The caller names what the load depends on, as with useEffect.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return state;
}
