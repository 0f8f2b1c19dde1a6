import { startSettingsBackground } from '../settings/background/index';
import { startSiteRegistration } from './background/site-registration';

// Each feature starts from its own module; add one line per feature.
export default defineBackground(() => {
  startSettingsBackground();
  startSiteRegistration();
});
