import { createElement, lazy, useState, type ComponentType, type LazyExoticComponent } from 'react';
import { HomeScreen } from './home/HomeScreen';
import type { Screen } from './navigation';

/**
 * Every screen of the main window, one entry each. The registry `satisfies`
 * a record over the Screen union, so adding a screen to navigation.ts makes
 * the compiler name this file (and the back label there) until both exist.
 *
 * Screens other than home load when first opened, so the home screen starts
 * without the slides, animations, face drawing or PDF preview code.
 */
type ScreenComponent = ComponentType | LazyExoticComponent<ComponentType>;

const load = <M,>(module: () => Promise<M>, pick: (m: M) => ComponentType): LazyExoticComponent<ComponentType> =>
  lazy(() => module().then((m) => ({ default: pick(m) })));

/**
 * A lazily loaded screen that can be fetched ahead of time. Once its code is
 * in, it renders at once: a React.lazy screen suspends on its first render
 * even when its module is already loaded, and React then keeps the blank
 * fallback up for its minimum time (~300 ms). Before that, it is the lazy
 * screen as usual. Each mount keeps the one it started with, so a screen is
 * never swapped (and its state lost) under the practitioner.
 */
function prefetchable<M>(module: () => Promise<M>, pick: (m: M) => ComponentType): { Screen: ComponentType; prefetch: () => Promise<unknown> } {
  let loaded: ComponentType | null = null;
  const prefetch = () => module().then((m) => (loaded = pick(m)));
  const Lazy = lazy(() => prefetch().then((component) => ({ default: component })));
  function Screen() {
    const [component] = useState<ComponentType>(() => loaded ?? Lazy);
    return createElement(component);
  }
  return { Screen, prefetch };
}

const deck = prefetchable(() => import('./deck/DeckScreen'), (m) => m.DeckScreen);
const face = prefetchable(() => import('./face/FaceScreen'), (m) => m.FaceScreen);
const start = prefetchable(() => import('./consultation/StartScreen'), (m) => m.StartScreen);
const consultation = prefetchable(() => import('./consultation/ConsultationScreen'), (m) => m.ConsultationScreen);

export const SCREENS = {
  home: HomeScreen,
  content: load(() => import('./content/ContentScreen'), (m) => m.ContentScreen),
  face: face.Screen,
  deck: deck.Screen,
  start: start.Screen,
  consultation: consultation.Screen,
  review: load(() => import('./consultation/ReviewScreen'), (m) => m.ReviewScreen),
  settings: load(() => import('./settings/SettingsScreen'), (m) => m.SettingsScreen),
} satisfies Record<Screen, ScreenComponent>;

/** The screens home leads to most, in the order they are usually first opened. */
const LIKELY_NEXT = [deck, face, start, consultation];

/**
 * Fetches the likely next screens' code one at a time, each when the main
 * thread is idle, so the first "Present the treatments" or "Face diagram"
 * does not wait for it. Returns a function that stops what has not started.
 */
export function prefetchLikelyScreens(): () => void {
  let cancelled = false;
  const whenIdle = (run: () => void) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(run, { timeout: 2000 }) : setTimeout(run, 200));
  const next = (i: number) => {
    if (cancelled || i >= LIKELY_NEXT.length) return;
    whenIdle(() => {
      if (cancelled) return;
      // A failed fetch is not reported here: the screen tries again, and says so, when it is opened.
      LIKELY_NEXT[i]!.prefetch().then(
        () => next(i + 1),
        () => next(i + 1),
      );
    });
  };
  next(0);
  return () => {
    cancelled = true;
  };
}
