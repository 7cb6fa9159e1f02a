import { createContext, useContext, useEffect, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import { useSettings } from './settings/SettingsContext';

/**
 * Reduced motion: on when the system asks for it or when the practitioner
 * turns it on in Facet. When on, transitions are instant: nothing slides,
 * fades or moves (animated elements render as plain ones, see ui/Motion.tsx,
 * and CSS transitions stop via the .reduce-motion class). Kept free of
 * framer-motion so the first screen does not load it.
 */
interface MotionPreference {
  reduce: boolean;
}

const MotionContext = createContext<MotionPreference>({ reduce: false });

/** Inside SettingsProvider: Facet's own switch is the `reducedMotion` setting. */
export function MotionProvider({ children }: { children: ReactNode }) {
  const system = useSystemReducedMotion();
  const { settings } = useSettings();
  const reduce = system || settings.reducedMotion;
  const value = useMemo(() => ({ reduce }), [reduce]);
  // CSS transitions follow the in-app switch too (the system setting is handled in tokens.css).
  useEffect(() => {
    document.documentElement.classList.toggle('reduce-motion', reduce);
  }, [reduce]);
  return (
    <MotionContext.Provider value={value}>{children}</MotionContext.Provider>
  );
}

const STILL: MotionPreference = { reduce: true };

/** Motion off whatever the settings say: for pages drawn to be printed, where every slide must be at rest. */
export function StillMotion({ children }: { children: ReactNode }) {
  useEffect(() => {
    document.documentElement.classList.add('reduce-motion');
  }, []);
  return <MotionContext.Provider value={STILL}>{children}</MotionContext.Provider>;
}

export function useMotionPreference(): MotionPreference {
  return useContext(MotionContext);
}

/** A transition that respects reduced motion: instant when reduced. */
export function useTransition(seconds: number, delay = 0) {
  const { reduce } = useMotionPreference();
  return reduce ? { duration: 0 } : { duration: seconds, delay, ease: [0.2, 0.7, 0.2, 1] as const };
}

const REDUCED_MOTION_QUERY = '(prefers-reduced-motion: reduce)';

/** The system's reduced-motion setting, following changes while the app runs. */
function useSystemReducedMotion(): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const query = window.matchMedia(REDUCED_MOTION_QUERY);
      query.addEventListener('change', onChange);
      return () => query.removeEventListener('change', onChange);
    },
    () => window.matchMedia(REDUCED_MOTION_QUERY).matches,
  );
}
