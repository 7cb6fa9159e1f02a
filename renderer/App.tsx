import { useEffect, useState } from 'react';
import type { FacetApi } from '../shared/ipc/api';
import type { AppInfo } from '../shared/ipc/contract';
import { bridgeMissing } from './api';
import { HomeScreen } from './home/HomeScreen';
import { markFirstScreen } from './performance';

export type AppInfoState =
  | { status: 'loading' }
  | { status: 'ready'; info: AppInfo }
  | { status: 'failed'; message: string };

export function App({ api }: { api: FacetApi | null }) {
  const [appInfo, setAppInfo] = useState<AppInfoState>({ status: 'loading' });

  useEffect(() => {
    let cancelled = false;
    const request = api ? api.app.info() : Promise.resolve(bridgeMissing<AppInfo>());
    void request.then((result) => {
      if (cancelled) return;
      setAppInfo(result.ok ? { status: 'ready', info: result.value } : { status: 'failed', message: result.error.message });
    });
    return () => {
      cancelled = true;
    };
  }, [api]);

  useEffect(() => {
    if (appInfo.status !== 'loading') markFirstScreen();
  }, [appInfo.status]);

  return <HomeScreen appInfo={appInfo} />;
}
