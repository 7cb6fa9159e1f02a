import { createContext, useContext, useEffect, useRef, useState } from 'react';
import type { FacetApi } from '../../shared/ipc/api';
import type { AppInfo } from '../../shared/ipc/contract';
import type { IpcResult } from '../../shared/ipc/result';
import { firstAnswer } from '../first-answers';

export type AppInfoState =
  | { status: 'loading' }
  | { status: 'ready'; info: AppInfo }
  | { status: 'failed'; message: string };

/** What main says about the running app (version, system, data folder), for the home screen's status line. */
export function useAppInfo(api: FacetApi): AppInfoState {
  // main's answer when it came before the first render (first-answers.ts): no second render for it.
  const [answered] = useState(() => firstAnswer(api, 'app.info'));
  const [appInfo, setAppInfo] = useState<AppInfoState>(() => (answered ? stateOf(answered) : { status: 'loading' }));
  const askMain = useRef(!answered);
  useEffect(() => {
    let cancelled = false;
    if (askMain.current) {
      void api.app.info().then((result) => {
        if (!cancelled) setAppInfo(stateOf(result));
      });
    }
    askMain.current = true; // a remount (the API changed, or Strict Mode's second mount) asks again
    return () => {
      cancelled = true;
    };
  }, [api]);
  return appInfo;
}

function stateOf(result: IpcResult<AppInfo>): AppInfoState {
  return result.ok ? { status: 'ready', info: result.value } : { status: 'failed', message: result.error.message };
}

/** The app info the window loaded once, for the screens that show it. */
export const AppInfoContext = createContext<AppInfoState>({ status: 'loading' });

export function useAppInfoState(): AppInfoState {
  return useContext(AppInfoContext);
}
