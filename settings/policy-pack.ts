/**
 * Checks the pack an administrator pushes through policy, once per change, and stores the
 * verdict. Runs in the background (and the options page, if it gets there first). Content
 * scripts only read the verdict: they never bundle the checker, which runs every example.
 */
import { checkPack } from './pack/check';
import { fingerprint } from './hash';
import { loadPolicy } from './policy';
import type { Policy } from './policy-schema';
import { settingsItems, type PolicyPackCheck } from './storage';

export async function refreshPolicyPack(policy?: Policy): Promise<PolicyPackCheck | null> {
  const p = policy ?? (await loadPolicy());
  const item = settingsItems().policyPack;
  if (!p.packText) {
    if (await item.getValue()) await item.setValue(null);
    return null;
  }
  const fp = fingerprint(p.packText);
  const prev = await item.getValue();
  if (prev?.fingerprint === fp) return prev;
  const r = checkPack(p.packText);
  const verdict: PolicyPackCheck = { fingerprint: fp, ok: r.ok, pack: r.pack, errors: r.errors, warnings: r.warnings, checkedAt: Date.now() };
  await item.setValue(verdict);
  return verdict;
}
