/**
 * Settings as the extension's pages see them: the effective settings after enterprise policy,
 * the team pack's locks, the user's choices and the defaults are merged (policy > pack locks >
 * user > defaults), and the writes. In-page scripts import settings/in-page.ts instead: the same
 * reads without the schema library and the storage items the writes need.
 */
import { setRuleEnabled } from './actions';
import { loadSettings as loadInPage } from './in-page';
import { loadSettingsState as loadState, type SettingsState } from './state';
import { settingsMigrated } from './storage';
import type { EffectiveSettings } from './model';

export type { EffectiveSettings, HighlightStyle, IgnoredItem, UserSettings, LockableKey, LockInfo, ActivePack, Notice } from './model';
export { DEFAULT_SETTINGS, LOCKABLE_KEYS, HIGHLIGHT_STYLES } from './model';
export { engineFor, reportPageCounts, type PageCounts, toAnalyzeOptions, isSiteEnabled, isIgnored, canDisableRules, watchSettings } from './in-page';
export { ignoreFinding, unignore, setSiteEnabled, setEnabled, SettingsError } from './actions';
export { watchSettingsState, type SettingsState } from './state';

/** Pages read after the stored values are upgraded in storage, not only in memory (as in-page reads are). */
async function migrated(): Promise<void> {
  try {
    await settingsMigrated();
  } catch {
    // A failed migration leaves the old value, which reading upgrades in memory.
  }
}

export async function loadSettingsState(): Promise<SettingsState> {
  await migrated();
  return loadState();
}

/** The effective settings now. Never throws: on a storage failure, the defaults. */
export async function loadSettings(): Promise<EffectiveSettings> {
  await migrated();
  return loadInPage();
}

/** "Turn off this rule" from a card. Rejects with a SettingsError when the list is locked. */
export async function disableRule(ruleId: string): Promise<void> {
  await setRuleEnabled(ruleId, false);
}
