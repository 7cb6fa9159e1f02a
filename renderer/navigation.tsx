import { createContext, useContext } from 'react';

/** The app's screens. Patient-facing screens never show practitioner-only ones. */
export type Screen = 'home' | 'content' | 'face' | 'deck' | 'start' | 'consultation' | 'review' | 'settings';

export interface Navigation {
  screen: Screen;
  /** The screen `back()` returns to. */
  previous: Screen | null;
  /** Opens a screen; `replace` swaps it for the current one (a finished form is not gone back to). */
  go(screen: Screen, options?: { replace?: boolean }): void;
  /** Returns to the screen this one was opened from (the deck keeps its place). */
  back(): void;
}

export const NavigationContext = createContext<Navigation>({ screen: 'home', previous: null, go: () => undefined, back: () => undefined });

export function useNavigation(): Navigation {
  return useContext(NavigationContext);
}

/** What the back button says, by the screen it returns to. */
export const BACK_LABELS: Record<Screen, string> = {
  home: 'Home',
  content: 'Back to content',
  face: 'Back to the face diagram',
  deck: 'Back to slides',
  start: 'Back',
  consultation: 'Back to the consultation',
  review: 'Back to the review',
  settings: 'Back to settings',
};
