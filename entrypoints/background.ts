import { startSettingsBackground } from '../settings/background/index';

// Each feature starts from its own module; add one line per feature.
export default defineBackground(() => {
  startSettingsBackground();
});
