import { lazy, Suspense, useCallback, useEffect, useLayoutEffect, useMemo, useState } from 'react';
import type { FacetApi } from '../shared/ipc/api';
import { ApiContext } from './api-context';
import { ConcernsProvider } from './consultation/ConsultationConcerns';
import { ConsultationProvider } from './consultation/ConsultationContext';
import { SettingsProvider } from './settings/SettingsContext';
import { ContentProvider, useContent } from './content/ContentContext';
import { useClinicAccent } from './content/useClinicAccent';
import { DeckProvider } from './deck/DeckContext';
import { ConsultationInk } from './consultation/ConsultationInk';
import { forgetFirstAnswers } from './first-answers';
import { AppInfoContext, useAppInfo } from './home/useAppInfo';
import { MotionProvider, StillMotion } from './motion';
import { NavigationContext, type Screen } from './navigation';
import { markFirstScreen } from './performance';
import { printJobId } from './print/print-job';
import { prefetchLikelyScreens, SCREENS } from './screens';
import { ErrorBoundary } from './ui/ErrorBoundary';

const PresenterScreen = lazy(() => import('./presenter/PresenterScreen').then((m) => ({ default: m.PresenterScreen })));

const PrintSlidesWindow = lazy(() => import('./print/PrintSlidesScreen').then((m) => ({ default: m.PrintSlidesWindow })));

/** The presenter window loads the same app at #presenter. */
const isPresenterWindow = () => window.location.hash === '#presenter';

export function App({ api }: { api: FacetApi }) {
  const printJob = printJobId(window.location.hash);
  if (printJob) {
    // Main's hidden print window: the drawn slides only, with no consultation, deck or saving behind them.
    return (
      <ApiContext.Provider value={api}>
        <StillMotion>
          <ContentProvider>
            <Suspense fallback={null}>
              <PrintSlidesWindow jobId={printJob} />
            </Suspense>
          </ContentProvider>
        </StillMotion>
      </ApiContext.Provider>
    );
  }
  return (
    <ApiContext.Provider value={api}>
      <SettingsProvider>
        <MotionProvider>
          <ContentProvider>
            <ConsultationProvider>
              <ConcernsProvider>
                <ConsultationInk>
                  <DeckProvider>{isPresenterWindow() ? <PresenterWindow /> : <Screens api={api} />}</DeckProvider>
                </ConsultationInk>
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
  const shown = content.status !== 'loading';
  useLayoutEffect(() => {
    if (shown) markFirstScreen();
  }, [shown]);
  useEffect(() => (shown ? forgetFirstAnswersNextFrame() : undefined), [shown]);
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

  const firstScreenShown = appInfo.status !== 'loading' && content.status !== 'loading';
  useLayoutEffect(() => {
    if (firstScreenShown) markFirstScreen();
  }, [firstScreenShown]);
  useEffect(() => {
    if (!firstScreenShown) return;
    const forget = forgetFirstAnswersNextFrame();
    const stopPrefetching = prefetchLikelyScreens();
    return () => {
      forget();
      stopPrefetching();
    };
  }, [firstScreenShown]);

  const Current = SCREENS[screen];
  return (
    <AppInfoContext.Provider value={appInfo}>
      <NavigationContext.Provider value={navigation}>
        {/* Keyed by screen: opening another screen starts with a fresh boundary. */}
        <ErrorBoundary key={screen} action={screen === 'home' ? { label: 'Try again', run: () => undefined } : { label: 'Back to home', run: () => go('home') }}>
          <Suspense fallback={<div className="screen-loading" />}>
            <Current />
          </Suspense>
        </ErrorBoundary>
      </NavigationContext.Provider>
    </AppInfoContext.Provider>
  );
}

/**
 * The answers gathered for the first render (first-answers.ts) have served
 * once the first screen is shown. Forgotten a frame later: every provider's
 * effect of that render, parents' after this one, runs before then.
 */
function forgetFirstAnswersNextFrame(): () => void {
  const frame = requestAnimationFrame(() => forgetFirstAnswers());
  return () => cancelAnimationFrame(frame);
}
