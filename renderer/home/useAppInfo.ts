import { createContext, useContext, useEffect, useState } from 'react';
import type { FacetApi } from '../../shared/ipc/api';
import type { AppInfo } from '../../shared/ipc/contract';

export type AppInfoState =
  | { status: 'loading' }
  | { status: 'ready'; info: AppInfo }
  | { status: 'failed'; message: string };

/** What main says about the running app (version, system, data folder), for the home screen's status line. */
export function useAppInfo(api: FacetApi): AppInfoState {
  const [appInfo, setAppInfo] = useState<AppInfoState>({ status: 'loading' });
  useEffect(() => {
    let cancelled = false;
    void api.app.info().then((result) => {
      if (cancelled) return;
      setAppInfo(result.ok ? { status: 'ready', info: result.value } : { status: 'failed', message: result.error.message });
    });
    return () => {
      cancelled = true;
    };
  }, [api]);
  return appInfo;
}

/** The app info the window loaded once, for the screens that show it. */
export const AppInfoContext = createContext<AppInfoState>({ status: 'loading' });

export function useAppInfoState(): AppInfoState {
  return useContext(AppInfoContext);
}
