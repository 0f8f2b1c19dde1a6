/**
 * Settings as the content scripts and UI see them: the effective settings after enterprise
 * policy, the user's choices and the defaults are merged. Content scripts only call these.
 *
 * (First cut: a stable API; storage, migrations, packs and policy grow behind it.)
 */
import type { AnalyzeOptions, Category, Sensitivity } from '../analyzers/types';
import { CATEGORIES } from '../analyzers/types';

export type HighlightStyle = 'underline' | 'background' | 'both';

export interface EffectiveSettings {
  enabled: boolean;
  categories: Category[];
  sensitivity: Sensitivity;
  disabledRules: string[];
  customPhrases: NonNullable<AnalyzeOptions['customPhrases']>;
  /** Hostnames where coaching is switched off by the user. */
  disabledSites: string[];
  highlightStyle: HighlightStyle;
  /** Settings keys an admin locked through policy or a pack. */
  locked: string[];
}

export const DEFAULT_SETTINGS: EffectiveSettings = {
  enabled: true,
  categories: [...CATEGORIES],
  sensitivity: 'medium',
  disabledRules: [],
  customPhrases: [],
  disabledSites: [],
  highlightStyle: 'underline',
  locked: [],
};

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
  return s.enabled && !s.disabledSites.includes(hostname);
}

// ---- Runtime API used by content scripts and pages (implemented behind this contract) ----
import { defaultEngine, type Engine } from '../analyzers/index';

/** The effective settings now. */
export async function loadSettings(): Promise<EffectiveSettings> {
  return DEFAULT_SETTINGS;
}

/** Calls `cb` whenever the effective settings change; returns an unsubscribe function. */
export function watchSettings(cb: (s: EffectiveSettings) => void): () => void {
  void cb;
  return () => {};
}

/** "Turn off this rule" from a card. */
export async function disableRule(ruleId: string): Promise<void> {
  void ruleId;
}

/** The engine for these settings: built-in rules plus any team pack rules. */
export function engineFor(s: EffectiveSettings): Engine {
  void s;
  return defaultEngine();
}
