/** Reading enterprise policy from managed storage. */
import { browser } from 'wxt/browser';
import { readPolicy, EMPTY_POLICY, type Policy } from './policy-schema';

/**
 * The raw policy object. Chrome answers {} when no policy is installed; Firefox rejects the
 * read ("Managed storage manifest not found"); some builds have no managed area at all. All
 * three mean "no policy".
 */
export async function readManagedRaw(): Promise<Record<string, unknown>> {
  try {
    const area = browser.storage?.managed;
    if (!area) return {};
    const raw = (await area.get(null)) as Record<string, unknown> | undefined;
    return raw ?? {};
  } catch {
    return {};
  }
}

export async function loadPolicy(): Promise<Policy> {
  const raw = await readManagedRaw();
  return Object.keys(raw).length ? readPolicy(raw) : EMPTY_POLICY;
}
