/**
 * Settings as the extension's pages see them: the effective settings after enterprise policy,
 * the team pack's locks, the user's choices and the defaults are merged (policy > pack locks >
 * user > defaults), and the writes. In-page scripts import settings/in-page.ts instead: the same
 * reads without the schema library the writes need.
 */
import { setRuleEnabled } from './actions';

export type { EffectiveSettings, HighlightStyle, IgnoredItem, UserSettings, LockableKey, LockInfo, ActivePack, Notice } from './model';
export { DEFAULT_SETTINGS, LOCKABLE_KEYS, HIGHLIGHT_STYLES } from './model';
export { engineFor, reportPageCounts, type PageCounts, toAnalyzeOptions, isSiteEnabled, isIgnored, canDisableRules, loadSettings, watchSettings } from './in-page';
export { ignoreFinding, unignore, setSiteEnabled, setEnabled, SettingsError } from './actions';
export { loadSettingsState, watchSettingsState, type SettingsState } from './state';

/** "Turn off this rule" from a card. Rejects with a SettingsError when the list is locked. */
export async function disableRule(ruleId: string): Promise<void> {
  await setRuleEnabled(ruleId, false);
}
