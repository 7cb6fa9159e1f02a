import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import type { FacetApi } from '../shared/ipc/api';
import { ApiContext } from './api-context';
import { ConcernsProvider } from './consultation/ConsultationConcerns';
import { ConsultationProvider } from './consultation/ConsultationContext';
import { SettingsProvider } from './settings/SettingsContext';
import { ContentProvider, useContent } from './content/ContentContext';
import { useClinicAccent } from './content/useClinicAccent';
import { DeckProvider } from './deck/DeckContext';
import { HomeScreen } from './home/HomeScreen';
import { useAppInfo } from './home/useAppInfo';
import { MotionProvider } from './motion';
import { NavigationContext, type Screen } from './navigation';
import { markFirstScreen } from './performance';
import { ErrorBoundary } from './ui/ErrorBoundary';

// Screens load when first opened, so the home screen starts without the slides,
// animations, face drawing or PDF preview code.
const ConsultationScreen = lazy(() => import('./consultation/ConsultationScreen').then((m) => ({ default: m.ConsultationScreen })));
const ReviewScreen = lazy(() => import('./consultation/ReviewScreen').then((m) => ({ default: m.ReviewScreen })));
const SettingsScreen = lazy(() => import('./settings/SettingsScreen').then((m) => ({ default: m.SettingsScreen })));
const StartScreen = lazy(() => import('./consultation/StartScreen').then((m) => ({ default: m.StartScreen })));
const ContentScreen = lazy(() => import('./content/ContentScreen').then((m) => ({ default: m.ContentScreen })));
const DeckScreen = lazy(() => import('./deck/DeckScreen').then((m) => ({ default: m.DeckScreen })));
const FaceScreen = lazy(() => import('./face/FaceScreen').then((m) => ({ default: m.FaceScreen })));
const PresenterScreen = lazy(() => import('./presenter/PresenterScreen').then((m) => ({ default: m.PresenterScreen })));

/** The presenter window loads the same app at #presenter. */
const isPresenterWindow = () => window.location.hash === '#presenter';

export function App({ api }: { api: FacetApi }) {
  return (
    <ApiContext.Provider value={api}>
      <SettingsProvider>
        <MotionProvider>
          <ContentProvider>
            <ConsultationProvider>
              <ConcernsProvider>
                <DeckProvider>{isPresenterWindow() ? <PresenterWindow /> : <Screens api={api} />}</DeckProvider>
              </ConcernsProvider>
            </ConsultationProvider>
          </ContentProvider>
        </MotionProvider>
      </SettingsProvider>
    </ApiContext.Provider>
  );
}

function PresenterWindow() {
  const content = useContent();
  useClinicAccent(content.status === 'ready' ? content.result.pack?.clinic.accentColour : undefined);
  useEffect(() => {
    if (content.status !== 'loading') markFirstScreen();
  }, [content.status]);
  return (
    <ErrorBoundary action={{ label: 'Try again', run: () => undefined }}>
      <Suspense fallback={<div className="screen-loading" />}>
        <PresenterScreen />
      </Suspense>
    </ErrorBoundary>
  );
}

function Screens({ api }: { api: FacetApi }) {
  const [history, setHistory] = useState<Screen[]>(['home']);
  const appInfo = useAppInfo(api);
  const content = useContent();
  const screen = history.at(-1)!;
  const go = useCallback(
    (next: Screen, options?: { replace?: boolean }) =>
      setHistory((h) => {
        if (next === 'home') return ['home'];
        if (h.at(-1) === next) return h;
        return options?.replace ? [...h.slice(0, -1), next] : [...h, next];
      }),
    [],
  );
  const back = useCallback(() => setHistory((h) => (h.length > 1 ? h.slice(0, -1) : h)), []);
  const navigation = useMemo(() => ({ screen, previous: history.at(-2) ?? null, go, back }), [screen, history, go, back]);
  useClinicAccent(content.status === 'ready' ? content.result.pack?.clinic.accentColour : undefined);

  useEffect(() => {
    if (appInfo.status !== 'loading' && content.status !== 'loading') markFirstScreen();
  }, [appInfo.status, content.status]);

  return (
    <NavigationContext.Provider value={navigation}>
      {/* Keyed by screen: opening another screen starts with a fresh boundary. */}
      <ErrorBoundary key={screen} action={screen === 'home' ? { label: 'Try again', run: () => undefined } : { label: 'Back to home', run: () => go('home') }}>
        <Suspense fallback={<div className="screen-loading" />}>
          {screen === 'home' && <HomeScreen appInfo={appInfo} />}
          {screen === 'content' && <ContentScreen />}
          {screen === 'face' && <FaceScreen />}
          {screen === 'deck' && <DeckScreen />}
          {screen === 'start' && <StartScreen />}
          {screen === 'consultation' && <ConsultationScreen />}
          {screen === 'review' && <ReviewScreen />}
          {screen === 'settings' && <SettingsScreen />}
        </Suspense>
      </ErrorBoundary>
    </NavigationContext.Provider>
  );
}
