/**
 * Settings as the content scripts and UI see them: the effective settings after enterprise
 * policy, the team pack's locks, the user's choices and the defaults are merged
 * (policy > pack locks > user > defaults). Content scripts only call these.
 */
import type { AnalyzeOptions, Finding } from '../analyzers/types';
import { DEFAULT_SETTINGS, normalizeIgnoredText, type EffectiveSettings } from './model';
import { loadSettingsState, watchSettingsState } from './state';
import { setRuleEnabled } from './actions';

export type { EffectiveSettings, HighlightStyle, IgnoredItem, UserSettings, LockableKey, LockInfo, ActivePack, Notice } from './model';
export { DEFAULT_SETTINGS, LOCKABLE_KEYS, HIGHLIGHT_STYLES } from './model';
export { engineFor } from './engine-for';
export { reportPageCounts, type PageCounts } from './page-counts';
export { ignoreFinding, unignore, setSiteEnabled, setEnabled, SettingsError } from './actions';
export { loadSettingsState, watchSettingsState, type SettingsState } from './state';

export function toAnalyzeOptions(s: EffectiveSettings, kind: AnalyzeOptions['kind']): AnalyzeOptions {
  return {
    categories: s.categories,
    sensitivity: s.sensitivity,
    ignoredRules: s.disabledRules,
    customPhrases: s.customPhrases,
    kind,
  };
}

export function isSiteEnabled(s: EffectiveSettings, hostname: string): boolean {
  return s.enabled && !s.disabledSites.includes(hostname.toLowerCase());
}

/** Whether the rep ignored this finding's wording for this rule (see `ignoreFinding`). */
export function isIgnored(s: EffectiveSettings, finding: Pick<Finding, 'ruleId' | 'text'>): boolean {
  if (s.ignored.length === 0) return false;
  const text = normalizeIgnoredText(finding.text);
  return s.ignored.some((i) => i.ruleId === finding.ruleId && i.text === text);
}

/** Whether "turn off this rule" is allowed (not when a pack or policy locks the turned-off list). */
export function canDisableRules(s: EffectiveSettings): boolean {
  return !s.lockedBy.disabledRules;
}

// ---- Runtime API used by content scripts and pages ----

/** The effective settings now. Never throws: on a storage failure, the defaults. */
export async function loadSettings(): Promise<EffectiveSettings> {
  try {
    return (await loadSettingsState()).effective;
  } catch (e) {
    console.warn('[care-coach] settings unreadable, using defaults:', e);
    return DEFAULT_SETTINGS;
  }
}

/** Calls `cb` whenever the effective settings change; returns an unsubscribe function. */
export function watchSettings(cb: (s: EffectiveSettings) => void): () => void {
  return watchSettingsState((state) => cb(state.effective));
}

/** "Turn off this rule" from a card. Rejects with a SettingsError when the list is locked. */
export async function disableRule(ruleId: string): Promise<void> {
  await setRuleEnabled(ruleId, false);
}
