/**
 * Everything the settings surfaces need, read in one go: the effective settings plus where each
 * part came from and any notices. Content scripts use only `effective`.
 */
import { browser } from 'wxt/browser';
import { mergeSettings } from './merge';
import type { ActivePack, EffectiveSettings, Notice, UserSettings } from './model';
import { loadPolicy } from './policy';
import type { Policy } from './policy-schema';
import { fingerprint } from './hash';
import { LOCAL_KEYS, readStoredValues } from './stored';
import { readStoredPack, readUserSettings } from './user-settings';

export type PolicyPackStatus =
  | { state: 'none' }
  | { state: 'pending' }
  | { state: 'ok'; warnings: string[] }
  | { state: 'invalid'; errors: string[] };

export interface SettingsState {
  effective: EffectiveSettings;
  /** The user's own choices, as read (unreadable fields dropped). */
  user: UserSettings;
  /** The pack the user imported (whether or not a policy pack overrides it). */
  userPack: ActivePack | null;
  policy: Policy;
  policyPack: PolicyPackStatus;
  /** Stored fields that could not be read (they show their defaults until repaired). */
  invalid: string[];
  notices: Notice[];
}

/** Reads without writing (stored.ts): a pending migration is applied in memory. */
export async function loadSettingsState(): Promise<SettingsState> {
  const [raw, policy] = await Promise.all([readStoredValues(), loadPolicy()]);
  const { settings: rawSettings, pack: rawPack, policyPack: verdict } = raw;
  const user = readUserSettings(rawSettings);
  const stored = readStoredPack(rawPack);
  const notices: Notice[] = [...user.notices, ...stored.notices, ...policy.notices];

  let policyPack: PolicyPackStatus = { state: 'none' };
  let active: ActivePack | null = stored.pack;
  if (policy.packText) {
    if (!verdict || verdict.fingerprint !== fingerprint(policy.packText)) policyPack = { state: 'pending' };
    else if (verdict.ok && verdict.pack) {
      policyPack = { state: 'ok', warnings: verdict.warnings };
      active = { source: 'policy', pack: verdict.pack, importedAt: verdict.checkedAt };
    } else {
      policyPack = { state: 'invalid', errors: verdict.errors };
      notices.push({
        id: 'policy:pack-invalid',
        level: 'warning',
        text: `The team pack from your administrator has errors, so it is not in use (${verdict.errors.length} error${verdict.errors.length === 1 ? '' : 's'}; first: ${verdict.errors[0] ?? 'unknown'}).`,
      });
    }
  }
  return {
    effective: mergeSettings({ user: user.settings, pack: active, policy: policy.settings }),
    user: user.settings,
    userPack: stored.pack,
    policy,
    policyPack,
    invalid: user.invalid,
    notices,
  };
}

/**
 * Calls `cb` with fresh state whenever any of our stored keys or the policy changes. Changes
 * arriving together (an import writes two keys) are read once.
 */
export function watchSettingsState(cb: (s: SettingsState) => void): () => void {
  let stopped = false;
  let scheduled = false;
  // Loads can overlap; only the newest one is delivered, so an older read never wins.
  let seq = 0;
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area !== 'managed' && !(area === 'local' && Object.keys(changes).some((k) => LOCAL_KEYS.has(k) || LOCAL_KEYS.has(k.replace(/\$$/, ''))))) return;
    if (scheduled) return;
    scheduled = true;
    setTimeout(() => {
      scheduled = false;
      if (stopped) return;
      const mine = ++seq;
      loadSettingsState().then(
        (s) => {
          if (!stopped && mine === seq) cb(s);
        },
        () => {},
      );
    }, 0);
  };
  browser.storage.onChanged.addListener(listener);
  return () => {
    stopped = true;
    browser.storage.onChanged.removeListener(listener);
  };
}
