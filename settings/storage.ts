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
import { STORED_KEYS, type PolicyPackCheck } from './stored';

export { LOCAL_KEYS, type PolicyPackCheck } from './stored';

export const KEYS = {
  settings: `local:${STORED_KEYS.settings}`,
  pack: `local:${STORED_KEYS.pack}`,
  policyPack: `local:${STORED_KEYS.policyPack}`,
} as const;

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

/** Resolves once the items' migrations, if any, are written (reads through the items wait for them). */
export async function settingsMigrated(): Promise<void> {
  const i = settingsItems();
  await Promise.all([i.settings.getValue(), i.pack.getValue(), i.policyPack.getValue()]);
}
