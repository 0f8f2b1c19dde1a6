/**
 * The shapes of settings: what the user stores, what a pack or a policy may lock, and the
 * effective result every surface reads. Pure: no browser APIs.
 */
import type { CustomPhrase, Category, Sensitivity } from '../analyzers/types';
import { CATEGORIES } from '../analyzers/types';
import type { Pack } from './pack/schema';

export type HighlightStyle = 'underline' | 'background' | 'both';
export const HIGHLIGHT_STYLES = ['underline', 'background', 'both'] as const satisfies readonly HighlightStyle[];

/** A finding the rep chose to ignore: this rule on this wording, everywhere. */
export interface IgnoredItem {
  ruleId: string;
  /** The flagged words, lower-cased and with runs of spaces collapsed. */
  text: string;
  /** When it was ignored (ms since epoch), for ordering the list. */
  at: number;
}

/**
 * What the user changed, as stored (v2). Every field is optional: a field the user never touched
 * follows the defaults, so a better default in an update reaches them.
 */
export interface UserSettings {
  enabled?: boolean;
  /** Off-list rather than on-list, so a category added in an update is on for everyone. */
  disabledCategories?: Category[];
  sensitivity?: Sensitivity;
  disabledRules?: string[];
  customPhrases?: CustomPhrase[];
  /** Hostnames, lower-case. */
  disabledSites?: string[];
  highlightStyle?: HighlightStyle;
  ignored?: IgnoredItem[];
}

/** Settings a team pack or an administrator can set and lock. */
export interface LockableSettings {
  enabled: boolean;
  categories: Category[];
  sensitivity: Sensitivity;
  highlightStyle: HighlightStyle;
  disabledRules: string[];
  customPhrases: CustomPhrase[];
  disabledSites: string[];
}
export type LockableKey = keyof LockableSettings;
export const LOCKABLE_KEYS = [
  'enabled',
  'categories',
  'sensitivity',
  'highlightStyle',
  'disabledRules',
  'customPhrases',
  'disabledSites',
] as const satisfies readonly LockableKey[];

export interface LockInfo {
  by: 'policy' | 'pack';
  /** The pack's name, or "your administrator". */
  name: string;
}

/** The team pack in force: pushed by policy, or imported by the user. */
export interface ActivePack {
  source: 'policy' | 'user';
  pack: Pack;
  fileName?: string;
  importedAt?: number;
}

export interface EffectiveSettings {
  enabled: boolean;
  categories: Category[];
  sensitivity: Sensitivity;
  disabledRules: string[];
  customPhrases: CustomPhrase[];
  /** Hostnames where coaching is switched off by the user. */
  disabledSites: string[];
  highlightStyle: HighlightStyle;
  /** Settings keys an admin locked through policy or a pack. */
  locked: string[];
  /** Who locked each locked key. */
  lockedBy: Partial<Record<LockableKey, LockInfo>>;
  /** Findings the rep ignored (rule + wording). */
  ignored: IgnoredItem[];
  /** The team pack in force, if any: its rules join the engine, its turned-off rules leave it. */
  pack: ActivePack | null;
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
  lockedBy: {},
  ignored: [],
  pack: null,
};

/** Something the rep should know about their settings: a value that could not be read, a policy problem. */
export interface Notice {
  id: string;
  level: 'info' | 'warning';
  text: string;
}

export function normalizeIgnoredText(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}
