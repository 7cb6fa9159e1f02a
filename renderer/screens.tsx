import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
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

export const SCREENS = {
  home: HomeScreen,
  content: load(() => import('./content/ContentScreen'), (m) => m.ContentScreen),
  face: load(() => import('./face/FaceScreen'), (m) => m.FaceScreen),
  deck: load(() => import('./deck/DeckScreen'), (m) => m.DeckScreen),
  start: load(() => import('./consultation/StartScreen'), (m) => m.StartScreen),
  consultation: load(() => import('./consultation/ConsultationScreen'), (m) => m.ConsultationScreen),
  review: load(() => import('./consultation/ReviewScreen'), (m) => m.ReviewScreen),
  settings: load(() => import('./settings/SettingsScreen'), (m) => m.SettingsScreen),
} satisfies Record<Screen, ScreenComponent>;
