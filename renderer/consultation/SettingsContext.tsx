import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Settings, SettingsPatch } from '../../shared/settings';
import { DEFAULT_SETTINGS } from '../../shared/settings-defaults';
import { useFacetApi } from '../api-context';
import { useMotionPreference } from '../motion';

interface SettingsControls {
  settings: Settings;
  update(patch: SettingsPatch): Promise<string | null>;
}

const SettingsContext = createContext<SettingsControls>({ settings: DEFAULT_SETTINGS, update: async () => null });

/** The app's settings from main; the reduced-motion switch is applied as soon as they load. */
export function SettingsProvider({ children }: { children: ReactNode }) {
  const api = useFacetApi();
  const motion = useMotionPreference();
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const { setAppSetting } = motion;

  useEffect(() => {
    if (!api) return;
    void api.settings.get().then((result) => {
      if (!result.ok) return;
      setSettings(result.value);
      setAppSetting(result.value.reducedMotion);
    });
  }, [api, setAppSetting]);

  const update = useCallback(
    async (patch: SettingsPatch) => {
      if (!api) return 'Facet is running outside its app window.';
      // Show the change at once; put it back if main could not save it.
      const before = settings;
      setSettings({ ...settings, ...patch });
      if (patch.reducedMotion !== undefined) setAppSetting(patch.reducedMotion);
      const result = await api.settings.update(patch);
      if (!result.ok) {
        setSettings(before);
        setAppSetting(before.reducedMotion);
        return result.error.message;
      }
      setSettings(result.value);
      setAppSetting(result.value.reducedMotion);
      return null;
    },
    [api, setAppSetting, settings],
  );

  const value = useMemo(() => ({ settings, update }), [settings, update]);
  return <SettingsContext.Provider value={value}>{children}</SettingsContext.Provider>;
}

export function useSettings(): SettingsControls {
  return useContext(SettingsContext);
}
