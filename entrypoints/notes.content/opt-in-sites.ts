/**
 * The sites the rep turned coaching on for, as the notes script reads them: straight from
 * storage.local (the same value as `optInSites` in sites/opt-in.ts, which the popup and the
 * background write), without the storage library in every page.
 */
import { browser } from 'wxt/browser';
import { OPT_IN_SITES_KEY } from '../../sites/opt-in';

const asList = (v: unknown): string[] => (Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : []);

export async function readOptInSites(): Promise<string[]> {
  const got = (await browser.storage.local.get(OPT_IN_SITES_KEY)) as Record<string, unknown>;
  return asList(got[OPT_IN_SITES_KEY]);
}

/** Calls `cb` with the new list whenever it changes; returns the unsubscribe function. */
export function watchOptInSites(cb: (sites: string[]) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && OPT_IN_SITES_KEY in changes) cb(asList(changes[OPT_IN_SITES_KEY].newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
