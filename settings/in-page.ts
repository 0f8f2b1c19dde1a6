/**
 * Settings as the in-page scripts (Gmail, CRM notes) use them: read the effective settings,
 * follow changes, build the engine, and one write, "turn off this rule", which the background
 * carries out. Nothing here pulls in the schema library: every page the coach runs on loads this,
 * so writes (which check values with zod, fields.ts) happen in the background and on extension
 * pages. settings/index.ts is the full API for extension pages; it re-exports these.
 */
import { browser } from 'wxt/browser';
import type { AnalyzeOptions, Finding } from '../analyzers/types';
import { DEFAULT_SETTINGS, normalizeIgnoredText, type EffectiveSettings } from './model';
import { loadSettingsState, watchSettingsState } from './state';

export type { EffectiveSettings } from './model';
export { engineFor } from './engine-for';
export { reportPageCounts, type PageCounts } from './page-counts';

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

export const MSG_DISABLE_RULE = 'care-coach/disable-rule';

export interface DisableRuleMessage {
  type: typeof MSG_DISABLE_RULE;
  ruleId: string;
}

export type DisableRuleReply = { ok: true } | { ok: false; error: string };

/**
 * "Turn off this rule" from a card in a page: the background checks and writes it (the same
 * write as the options page's). Rejects with the background's sentence when it refuses (the list
 * is locked) or can't be reached.
 */
export async function disableRuleFromPage(ruleId: string): Promise<void> {
  const reply = (await browser.runtime.sendMessage({ type: MSG_DISABLE_RULE, ruleId } satisfies DisableRuleMessage)) as DisableRuleReply | undefined;
  if (!reply) throw new Error('The extension did not answer; the rule stays on.');
  if (!reply.ok) throw new Error(reply.error);
}
