import { MotionConfig } from 'framer-motion';
import { useEffect, useMemo, useState } from 'react';
import type { FacetApi } from '../shared/ipc/api';
import type { AppInfo } from '../shared/ipc/contract';
import { bridgeMissing } from './api';
import { ContentProvider, useContent } from './content/ContentContext';
import { ContentScreen } from './content/ContentScreen';
import { useClinicAccent } from './content/useClinicAccent';
import { ConcernsProvider } from './consultation/ConcernsContext';
import { FaceScreen } from './face/FaceScreen';
import { HomeScreen } from './home/HomeScreen';
import { NavigationContext, type Screen } from './navigation';
import { markFirstScreen } from './performance';

export type AppInfoState =
  | { status: 'loading' }
  | { status: 'ready'; info: AppInfo }
  | { status: 'failed'; message: string };

export function App({ api }: { api: FacetApi | null }) {
  return (
    <MotionConfig reducedMotion="user">
      <ContentProvider api={api}>
        <ConcernsProvider>
          <Screens api={api} />
        </ConcernsProvider>
      </ContentProvider>
    </MotionConfig>
  );
}

function Screens({ api }: { api: FacetApi | null }) {
  const [screen, setScreen] = useState<Screen>('home');
  const appInfo = useAppInfo(api);
  const content = useContent();
  const navigation = useMemo(() => ({ screen, go: setScreen }), [screen]);
  useClinicAccent(content.status === 'ready' ? content.result.pack?.clinic.accentColour : undefined);

  useEffect(() => {
    if (appInfo.status !== 'loading' && content.status !== 'loading') markFirstScreen();
  }, [appInfo.status, content.status]);

  return (
    <NavigationContext.Provider value={navigation}>
      {screen === 'home' && <HomeScreen appInfo={appInfo} />}
      {screen === 'content' && <ContentScreen api={api} />}
      {screen === 'face' && <FaceScreen />}
    </NavigationContext.Provider>
  );
}

function useAppInfo(api: FacetApi | null): AppInfoState {
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
  return appInfo;
}
