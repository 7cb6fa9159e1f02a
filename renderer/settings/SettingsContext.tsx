import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Settings, SettingsPatch } from '../../shared/settings';
import { DEFAULT_SETTINGS } from '../../shared/settings-defaults';
import { useFacetApi } from '../api-context';
import { firstAnswer } from '../first-answers';
import { DONE, failed, type Outcome } from '../outcome';

interface SettingsControls {
  settings: Settings;
  update(patch: SettingsPatch): Promise<Outcome>;
}

const SettingsContext = createContext<SettingsControls>({ settings: DEFAULT_SETTINGS, update: async () => DONE });

/**
 * The app's settings, owned here and nowhere else: loaded from main, shown at
 * once when changed, put back if main could not save them. Reduced motion
 * reads its in-app switch from here (see motion.tsx).
 */
export function SettingsProvider({ children }: { children: ReactNode }) {
  const api = useFacetApi();
  // main's answer when it came before the first render (first-answers.ts): no second render for it.
  const [answered] = useState(() => firstAnswer(api, 'settings.get'));
  const [settings, setSettings] = useState<Settings>(() => (answered?.ok ? answered.value : DEFAULT_SETTINGS));
  const askMain = useRef(!answered);

  useEffect(() => {
    if (askMain.current) {
      void api.settings.get().then((result) => {
        if (result.ok) setSettings(result.value);
      });
    }
    askMain.current = true; // a remount (the API changed, or Strict Mode's second mount) asks again
  }, [api]);

  const update = useCallback(
    async (patch: SettingsPatch): Promise<Outcome> => {
      const before = settings;
      setSettings({ ...settings, ...patch });
      const result = await api.settings.update(patch);
      if (!result.ok) {
        setSettings(before);
        return failed(result.error.message);
      }
      setSettings(result.value);
      return DONE;
    },
    [api, settings],
  );

  const value = useMemo(() => ({ settings, update }), [settings, update]);
  return <SettingsContext.Provider value={value}>{children}</SettingsContext.Provider>;
}

export function useSettings(): SettingsControls {
  return useContext(SettingsContext);
}
