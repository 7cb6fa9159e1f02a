import { createContext, useContext } from 'react';

/** The app's screens. Patient-facing screens never show practitioner-only ones. */
export type Screen = 'home' | 'content' | 'face';

export interface Navigation {
  screen: Screen;
  go(screen: Screen): void;
}

export const NavigationContext = createContext<Navigation>({ screen: 'home', go: () => undefined });

export function useNavigation(): Navigation {
  return useContext(NavigationContext);
}
