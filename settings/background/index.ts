/**
 * The settings side of the background: migrations at startup, checking the pack an
 * administrator pushes, and the toolbar badge. Other background features live in their own
 * modules and are started from entrypoints/background.ts.
 */
import { browser } from 'wxt/browser';
import { refreshPolicyPack } from '../policy-pack';
import { settingsItems } from '../storage';
import { startBadge } from './badge';
import { startPackService } from './pack-service';
import { startRuleSwitch } from './rule-switch';

export function startSettingsBackground(): void {
  // Defining the items runs their migrations (WXT), so stored settings are upgraded right away.
  settingsItems();
  const recheck = () => void refreshPolicyPack().catch((e) => console.warn('[care-coach] policy pack check:', e));
  recheck();
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') recheck();
  });
  startBadge();
  startPackService();
  startRuleSwitch();
}
