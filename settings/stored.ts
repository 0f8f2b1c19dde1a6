/**
 * Reading the stored settings, pack and policy-pack verdict straight from storage.local, as
 * WXT's storage items (storage.ts) would give them after their migrations, but without writing:
 * a migration is applied in memory. The background writes migrations at startup (defining the
 * items runs them), and so does every write; reads never do, so the in-page scripts on every tab
 * don't race each other upgrading the same value, and don't carry the storage library.
 */
import { browser } from 'wxt/browser';
import { SETTINGS_MIGRATIONS, SETTINGS_VERSION } from './migrations';
import type { Pack } from './pack/schema';

/** Keys in storage.local (WXT's item keys without the "local:" prefix). */
export const STORED_KEYS = {
  settings: 'settings',
  pack: 'teamPack',
  policyPack: 'policyPackCheck',
} as const;

/** The storage-area names of our keys, for onChanged listeners. */
export const LOCAL_KEYS = new Set<string>(Object.values(STORED_KEYS));

/** The background's verdict on the policy's pack text (checking runs examples: too heavy for every tab). */
export interface PolicyPackCheck {
  fingerprint: string;
  ok: boolean;
  pack: Pack | null;
  errors: string[];
  warnings: string[];
  checkedAt: number;
}

export interface StoredValues {
  settings: unknown;
  pack: unknown;
  policyPack: PolicyPackCheck | null;
}

/** WXT keeps an item's version in "<key>$" as { v }; no version means 1. */
function versionOf(meta: unknown): number {
  const v = meta && typeof meta === 'object' && !Array.isArray(meta) ? (meta as { v?: unknown }).v : undefined;
  return typeof v === 'number' ? v : 1;
}

/** The stored settings at SETTINGS_VERSION; a newer version's value is passed on as it is (its fields are checked one by one). */
export function migrateInMemory(value: unknown, version: number): unknown {
  let out = value;
  for (let v = version + 1; v <= SETTINGS_VERSION; v++) out = SETTINGS_MIGRATIONS[v]?.(out) ?? out;
  return out;
}

export async function readStoredValues(): Promise<StoredValues> {
  const k = STORED_KEYS;
  const got = (await browser.storage.local.get([k.settings, `${k.settings}$`, k.pack, k.policyPack])) as Record<string, unknown>;
  const settings = got[k.settings] ?? null;
  return {
    settings: settings === null ? null : migrateInMemory(settings, versionOf(got[`${k.settings}$`])),
    pack: got[k.pack] ?? null,
    policyPack: (got[k.policyPack] ?? null) as PolicyPackCheck | null,
  };
}
