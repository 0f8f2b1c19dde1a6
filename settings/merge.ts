/**
 * The effective settings: defaults, then the user's choices, then what the team pack locks,
 * then what the administrator's policy sets (policy > pack locks > user > defaults). Pure.
 */
import { CATEGORIES } from '../analyzers/types';
import { DEFAULT_SETTINGS, LOCKABLE_KEYS, type ActivePack, type EffectiveSettings, type LockableSettings, type LockInfo, type UserSettings } from './model';

export interface MergeInput {
  user: UserSettings;
  /** The team pack in force (policy's if it has one, else the user's). */
  pack: ActivePack | null;
  /** Values an administrator set through policy: each one is enforced and locked. */
  policy: Partial<LockableSettings>;
}

export const ADMIN_NAME = 'your administrator';

export function mergeSettings({ user, pack, policy }: MergeInput): EffectiveSettings {
  const s: EffectiveSettings = {
    ...DEFAULT_SETTINGS,
    enabled: user.enabled ?? DEFAULT_SETTINGS.enabled,
    categories: user.disabledCategories ? CATEGORIES.filter((c) => !user.disabledCategories?.includes(c)) : [...DEFAULT_SETTINGS.categories],
    sensitivity: user.sensitivity ?? DEFAULT_SETTINGS.sensitivity,
    disabledRules: [...(user.disabledRules ?? DEFAULT_SETTINGS.disabledRules)],
    customPhrases: [...(user.customPhrases ?? DEFAULT_SETTINGS.customPhrases)],
    disabledSites: [...(user.disabledSites ?? DEFAULT_SETTINGS.disabledSites)],
    highlightStyle: user.highlightStyle ?? DEFAULT_SETTINGS.highlightStyle,
    ignored: [...(user.ignored ?? [])],
    pack,
  };
  const lockedBy: EffectiveSettings['lockedBy'] = {};
  const apply = (values: Partial<LockableSettings>, by: LockInfo) => {
    for (const key of LOCKABLE_KEYS) {
      if (values[key] === undefined) continue;
      (s as unknown as Record<string, unknown>)[key] = structuredCloneJson(values[key]);
      lockedBy[key] = by;
    }
  };
  if (pack) apply(pack.pack.locked, { by: 'pack', name: pack.pack.name });
  apply(policy, { by: 'policy', name: ADMIN_NAME });
  s.lockedBy = lockedBy;
  s.locked = Object.keys(lockedBy);
  return s;
}

function structuredCloneJson<T>(v: T): T {
  return JSON.parse(JSON.stringify(v)) as T;
}
