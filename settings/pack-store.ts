/** The user's stored pack record: removing it, and putting it back exactly (undo). */
import { settingsItems } from './storage';
import type { StoredPack } from './user-settings';

export async function removePack(): Promise<void> {
  await settingsItems().pack.setValue(null);
}

export async function getStoredPack(): Promise<StoredPack | null> {
  return settingsItems().pack.getValue();
}

export async function restoreStoredPack(stored: StoredPack | null): Promise<void> {
  await settingsItems().pack.setValue(stored);
}
