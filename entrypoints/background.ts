import { startSettingsBackground } from '../settings/background/index';
import { startSiteRegistration } from './background/site-registration';
import { startCoachUiInjection } from './background/coach-ui-injection';

// Each feature starts from its own module; add one line per feature.
export default defineBackground(() => {
  startSettingsBackground();
  startSiteRegistration();
  startCoachUiInjection();
});
