import { createContext, useContext } from 'react';

/** The app's screens. Patient-facing screens never show practitioner-only ones. */
export type Screen = 'home' | 'content' | 'face' | 'deck';

export interface Navigation {
  screen: Screen;
  /** The screen `back()` returns to. */
  previous: Screen | null;
  go(screen: Screen): void;
  /** Returns to the screen this one was opened from (the deck keeps its place). */
  back(): void;
}

export const NavigationContext = createContext<Navigation>({ screen: 'home', previous: null, go: () => undefined, back: () => undefined });

export function useNavigation(): Navigation {
  return useContext(NavigationContext);
}
