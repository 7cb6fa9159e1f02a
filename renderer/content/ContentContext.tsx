import { createContext, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import type { ContentLoadResult } from '../../shared/content/pack';
import type { IpcResult } from '../../shared/ipc/result';
import { useFacetApi } from '../api-context';
import { firstAnswer } from '../first-answers';

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
  // main's answer when it came before the first render (first-answers.ts): no second render for it.
  const [answered] = useState(() => firstAnswer(api, 'content.load'));
  const [state, setState] = useState<ContentState>(() => (answered ? stateOf(answered) : { status: 'loading' }));
  const askMain = useRef(!answered);

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
    if (askMain.current) {
      void api.content.load().then((response) => {
        if (response.ok) accept(response.value);
        else if (active) setState({ status: 'failed', message: response.error.message });
      });
    } else {
      // Content main pushed after the first render but before this listener: first-answers kept it.
      const pushed = firstAnswer(api, 'content.load');
      if (pushed?.ok) accept(pushed.value);
    }
    askMain.current = true; // a remount (the API changed, or Strict Mode's second mount) asks again
    return () => {
      active = false;
      unsubscribe();
    };
  }, [api]);

  return <ContentContext.Provider value={state}>{children}</ContentContext.Provider>;
}

function stateOf(response: IpcResult<ContentLoadResult>): ContentState {
  return response.ok ? { status: 'ready', result: response.value } : { status: 'failed', message: response.error.message };
}

export function useContent(): ContentState {
  return useContext(ContentContext);
}

/** The pack, when one is loaded. */
export function usePack() {
  const state = useContent();
  return state.status === 'ready' ? state.result.pack : null;
}
