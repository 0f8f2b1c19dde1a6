/**
 * Every change to settings goes through here: checked against locks and the field schemas, then
 * written. Writes are queued so two quick clicks can't overwrite each other.
 */
import type { Category, CustomPhrase, Sensitivity } from '../analyzers/types';
import { customPhraseSchema, hostnameSchema, SETTING_LABEL, USER_FIELDS } from './fields';
import { normalizeIgnoredText, type HighlightStyle, type IgnoredItem, type LockableKey, type UserSettings } from './model';
import { loadSettingsState, type SettingsState } from './state';
import { settingsItems } from './storage';
import { readStoredPack, readUserSettings } from './user-settings';
import { CATEGORIES } from '../analyzers/types';
import { LIMITS } from './pack/limits';

/** A change the settings refused, with a sentence to show. */
export class SettingsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SettingsError';
  }
}

const LOCK_KEY: Partial<Record<keyof UserSettings, LockableKey>> = {
  enabled: 'enabled',
  disabledCategories: 'categories',
  sensitivity: 'sensitivity',
  disabledRules: 'disabledRules',
  customPhrases: 'customPhrases',
  disabledSites: 'disabledSites',
  highlightStyle: 'highlightStyle',
};

let queue: Promise<unknown> = Promise.resolve();
function serial<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => {});
  return run;
}

function assertUnlocked(state: SettingsState, keys: Array<keyof UserSettings>): void {
  for (const k of keys) {
    const lk = LOCK_KEY[k];
    const by = lk ? state.effective.lockedBy[lk] : undefined;
    if (by) throw new SettingsError(`${SETTING_LABEL[k]} is locked by ${by.by === 'policy' ? 'your administrator' : `the team pack "${by.name}"`}.`);
  }
}

/**
 * Read-modify-write of the user's settings. Fields that were unreadable are dropped (they are at
 * their defaults already); keys this version doesn't know are kept for a newer one.
 */
async function modify(keys: Array<keyof UserSettings>, change: (u: UserSettings) => UserSettings): Promise<void> {
  return serial(async () => {
    const state = await loadSettingsState();
    assertUnlocked(state, keys);
    const item = settingsItems().settings;
    const raw = await item.getValue();
    const known = readUserSettings(raw).settings;
    const extra = raw && typeof raw === 'object' && !Array.isArray(raw) ? Object.fromEntries(Object.entries(raw).filter(([k]) => !(k in USER_FIELDS))) : {};
    const next = change(structuredClone(known));
    for (const k of keys) {
      const v = next[k];
      if (v === undefined) continue;
      const r = USER_FIELDS[k].safeParse(v);
      if (!r.success) throw new SettingsError(`${SETTING_LABEL[k]}: ${r.error.issues[0]?.message ?? 'invalid value'}`);
      (next as Record<string, unknown>)[k] = r.data;
    }
    await item.setValue({ ...extra, ...next });
  });
}

export function setEnabled(on: boolean): Promise<void> {
  return modify(['enabled'], (u) => ({ ...u, enabled: on }));
}

export function setSensitivity(sensitivity: Sensitivity): Promise<void> {
  return modify(['sensitivity'], (u) => ({ ...u, sensitivity }));
}

export function setHighlightStyle(highlightStyle: HighlightStyle): Promise<void> {
  return modify(['highlightStyle'], (u) => ({ ...u, highlightStyle }));
}

export function setCategoryEnabled(category: Category, on: boolean): Promise<void> {
  return modify(['disabledCategories'], (u) => {
    const off = new Set(u.disabledCategories ?? []);
    if (on) off.delete(category);
    else off.add(category);
    return { ...u, disabledCategories: CATEGORIES.filter((c) => off.has(c)) };
  });
}

export function setRuleEnabled(ruleId: string, on: boolean): Promise<void> {
  return modify(['disabledRules'], (u) => {
    const off = new Set(u.disabledRules ?? []);
    if (on) off.delete(ruleId);
    else off.add(ruleId);
    return { ...u, disabledRules: [...off] };
  });
}

/** Hostname from a URL or a typed hostname ("https://Acme.my.salesforce.com/x" → "acme.my.salesforce.com"). */
export function toHostname(site: string): string {
  const s = site.trim();
  let host = s;
  try {
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(s)) host = new URL(s).hostname;
  } catch {
    // Checked below.
  }
  host = host.replace(/\/.*$/, '').replace(/:\d+$/, '');
  const r = hostnameSchema.safeParse(host);
  if (!r.success) throw new SettingsError(`"${site}" ${r.error.issues[0]?.message ?? 'is not a hostname'}`);
  return r.data;
}

export async function setSiteEnabled(site: string, on: boolean): Promise<void> {
  const host = toHostname(site);
  return modify(['disabledSites'], (u) => {
    const off = new Set(u.disabledSites ?? []);
    if (on) off.delete(host);
    else off.add(host);
    return { ...u, disabledSites: [...off] };
  });
}

export function addCustomPhrase(phrase: CustomPhrase): Promise<void> {
  const r = customPhraseSchema.safeParse(phrase);
  if (!r.success) {
    const i = r.error.issues[0];
    return Promise.reject(new SettingsError(`${String(i?.path[0] ?? 'phrase')}: ${i?.message ?? 'invalid'}`));
  }
  return modify(['customPhrases'], (u) => {
    const list = (u.customPhrases ?? []).filter((p) => p.phrase.toLowerCase() !== r.data.phrase.toLowerCase());
    if (list.length >= LIMITS.customPhrases) throw new SettingsError(`You can have at most ${LIMITS.customPhrases} custom phrases.`);
    return { ...u, customPhrases: [...list, r.data] };
  });
}

export function removeCustomPhrase(phrase: string): Promise<void> {
  return modify(['customPhrases'], (u) => ({ ...u, customPhrases: (u.customPhrases ?? []).filter((p) => p.phrase !== phrase) }));
}

/** "Ignore" on a card: this rule on this wording, everywhere. */
export function ignoreFinding(finding: { ruleId: string; text: string }): Promise<void> {
  const text = normalizeIgnoredText(finding.text).slice(0, LIMITS.ignoredChars);
  return modify(['ignored'], (u) => {
    const list = (u.ignored ?? []).filter((i) => !(i.ruleId === finding.ruleId && i.text === text));
    return { ...u, ignored: [...list, { ruleId: finding.ruleId, text, at: Date.now() }].slice(-LIMITS.ignored) };
  });
}

export function unignore(item: Pick<IgnoredItem, 'ruleId' | 'text'>): Promise<void> {
  return modify(['ignored'], (u) => ({ ...u, ignored: (u.ignored ?? []).filter((i) => !(i.ruleId === item.ruleId && i.text === item.text)) }));
}

/** Undo of an unignore: puts the item back where it was in time. */
export function restoreIgnored(item: IgnoredItem): Promise<void> {
  return modify(['ignored'], (u) => {
    const list = (u.ignored ?? []).filter((i) => !(i.ruleId === item.ruleId && i.text === item.text));
    return { ...u, ignored: [...list, item].sort((a, b) => a.at - b.at) };
  });
}

/** Writes back only what could be read, so the "could not be read" notices go away. */
export function repairSettings(): Promise<void> {
  return serial(async () => {
    const item = settingsItems().settings;
    const raw = await item.getValue();
    const extra = raw && typeof raw === 'object' && !Array.isArray(raw) ? Object.fromEntries(Object.entries(raw).filter(([k]) => !(k in USER_FIELDS))) : {};
    await item.setValue({ ...extra, ...readUserSettings(raw).settings });
    const pack = settingsItems().pack;
    if (readStoredPack(await pack.getValue()).notices.length) await pack.setValue(null);
  });
}
