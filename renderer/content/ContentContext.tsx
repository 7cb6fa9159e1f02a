import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import type { ContentLoadResult } from '../../shared/content/pack';
import { useFacetApi } from '../api-context';

export type ContentState =
  | { status: 'loading' }
  | { status: 'ready'; result: ContentLoadResult }
  | { status: 'failed'; message: string };

const ContentContext = createContext<ContentState>({ status: 'loading' });

/**
 * Loads the content pack once and swaps in each new version main pushes when
 * the clinic edits a file. Only the content changes: the screen, the current
 * slide and the consultation live elsewhere and stay as they are.
 */
export function ContentProvider({ children }: { children: ReactNode }) {
  const api = useFacetApi();
  const [state, setState] = useState<ContentState>({ status: 'loading' });

  useEffect(() => {
    let active = true;
    const accept = (result: ContentLoadResult) => {
      if (!active) return;
      // A slow first load must not replace a newer version pushed meanwhile.
      setState((current) =>
        current.status === 'ready' && current.result.revision > result.revision ? current : { status: 'ready', result },
      );
    };
    const unsubscribe = api.content.onChanged(accept);
    void api.content.load().then((response) => {
      if (response.ok) accept(response.value);
      else if (active) setState({ status: 'failed', message: response.error.message });
    });
    return () => {
      active = false;
      unsubscribe();
    };
  }, [api]);

  return <ContentContext.Provider value={state}>{children}</ContentContext.Provider>;
}

export function useContent(): ContentState {
  return useContext(ContentContext);
}

/** The pack, when one is loaded. */
export function usePack() {
  const state = useContent();
  return state.status === 'ready' ? state.result.pack : null;
}
