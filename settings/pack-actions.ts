/** Importing the user's team pack: the full check, then save (runs in the background; bundles the checker). */
import { checkPack, type PackCheck } from './pack/check';
import { loadSettingsState } from './state';
import { settingsItems } from './storage';

/**
 * Checks the pack text and saves it only if it passes: nothing is written for a bad pack.
 * Refused while an administrator's policy provides the team pack.
 */
export async function importPack(text: string, fileName?: string): Promise<PackCheck> {
  const state = await loadSettingsState();
  if (state.policy.packText) {
    return { ok: false, pack: null, errors: ['Your administrator provides the team pack, so another one cannot be imported.'], warnings: [], summary: null };
  }
  const result = checkPack(text, { fileName });
  if (result.ok && result.pack) {
    await settingsItems().pack.setValue({ pack: result.pack, fileName, importedAt: Date.now() });
  }
  return result;
}
