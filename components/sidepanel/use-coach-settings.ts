/** The effective settings for the side panel's coaching, kept live. */
import { useEffect, useState } from 'react';
import { DEFAULT_SETTINGS, loadSettings, watchSettings, type EffectiveSettings } from '../../settings/index';

export function useCoachSettings(): EffectiveSettings {
  const [settings, setSettings] = useState<EffectiveSettings>(DEFAULT_SETTINGS);
  useEffect(() => {
    let alive = true;
    void loadSettings().then((s) => alive && setSettings(s));
    const stop = watchSettings((s) => alive && setSettings(s));
    return () => {
      alive = false;
      stop();
    };
  }, []);
  return settings;
}
