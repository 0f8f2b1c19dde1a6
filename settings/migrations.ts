/**
 * Stored settings across versions. Each migration is total: whatever it is handed (even
 * garbage), it returns something, because a throwing migration leaves the value stranded at
 * the old version. Field checks after reading (user-settings.ts) catch what is still wrong.
 *
 * v1: the first shape, the contract's own: `categories` listed the categories that were ON,
 *     `disabledSites` held whatever the page passed (sometimes a URL).
 * v2: `disabledCategories` lists the ones turned OFF, so a category added in an update is on for
 *     everyone who never touched it; sites are bare lower-case hostnames.
 */
import { CATEGORIES } from '../analyzers/types';

export const SETTINGS_VERSION = 2;

/** The categories v1 knew: the "off" list is computed against these, not against today's list. */
const V1_CATEGORIES = ['scarcity', 'urgency', 'pressure', 'social-pressure', 'fear-guilt', 'adversarial', 'dismissive'];

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

export function siteToHostname(site: string): string {
  const s = site.trim().toLowerCase();
  try {
    if (/^[a-z][a-z0-9+.-]*:\/\//.test(s)) return new URL(s).hostname;
  } catch {
    // Not a URL after all: keep it as typed and let the field check judge it.
  }
  return s.replace(/\/.*$/, '').replace(/:\d+$/, '');
}

export function migrateSettingsV1toV2(old: unknown): unknown {
  if (!isRecord(old)) return old;
  const { categories, disabledSites, ...rest } = old;
  const next: Record<string, unknown> = { ...rest };
  if (Array.isArray(categories)) {
    const on = new Set(categories.filter((c): c is string => typeof c === 'string'));
    next.disabledCategories = V1_CATEGORIES.filter((c) => !on.has(c) && (CATEGORIES as readonly string[]).includes(c));
  } else if (categories !== undefined) {
    // Unreadable: keep it under the new name so the field check reports it instead of dropping it silently.
    next.disabledCategories = categories;
  }
  if (Array.isArray(disabledSites)) {
    next.disabledSites = [...new Set(disabledSites.map((s) => (typeof s === 'string' ? siteToHostname(s) : s)))];
  } else if (disabledSites !== undefined) next.disabledSites = disabledSites;
  return next;
}

export const SETTINGS_MIGRATIONS: Record<number, (old: unknown) => unknown> = {
  2: migrateSettingsV1toV2,
};
