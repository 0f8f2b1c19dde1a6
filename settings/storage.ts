/**
 * The stored items, defined on first use rather than at import: WXT imports entrypoints in Node
 * at build time, and defining an item starts its migration (a storage read) right away.
 *
 * Everything lives in storage.local, never storage.sync: sync would copy settings, phrases and
 * packs to the browser vendor's servers, and the product promises nothing leaves the machine.
 */
import { storage } from 'wxt/utils/storage';
import { SETTINGS_MIGRATIONS, SETTINGS_VERSION } from './migrations';
import type { StoredPack } from './user-settings';
import type { Pack } from './pack/schema';

export const KEYS = {
  settings: 'local:settings',
  pack: 'local:teamPack',
  policyPack: 'local:policyPackCheck',
} as const;

/** The background's verdict on the policy's pack text (checking runs examples: too heavy for every tab). */
export interface PolicyPackCheck {
  fingerprint: string;
  ok: boolean;
  pack: Pack | null;
  errors: string[];
  warnings: string[];
  checkedAt: number;
}

function define() {
  return {
    settings: storage.defineItem<unknown>(KEYS.settings, { fallback: null, version: SETTINGS_VERSION, migrations: SETTINGS_MIGRATIONS }),
    pack: storage.defineItem<StoredPack | null>(KEYS.pack, { fallback: null, version: 1, migrations: {} }),
    policyPack: storage.defineItem<PolicyPackCheck | null>(KEYS.policyPack, { fallback: null, version: 1, migrations: {} }),
  };
}

let items: ReturnType<typeof define> | null = null;

export function settingsItems(): ReturnType<typeof define> {
  items ??= define();
  return items;
}

/** Tests reset the fake browser between cases; the next use defines (and migrates) afresh. */
export function forgetSettingsItems(): void {
  items = null;
}

/** The storage-area names of our keys, for onChanged listeners. */
export const LOCAL_KEYS = new Set(Object.values(KEYS).map((k) => k.slice('local:'.length)));
