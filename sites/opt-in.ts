/**
 * Coaching on sites beyond the built-in CRMs, only where the rep turns it on. Turning a site on
 * asks the browser for that one origin (an optional host permission, from the rep's click),
 * registers the notes content script for it at runtime, and remembers the choice. Nothing is
 * injected anywhere before that.
 *
 * The popup calls `enableSite` / `disableSite` / `siteStatus`; the background keeps the
 * registrations in step with the remembered sites and the granted permissions
 * (entrypoints/background/site-registration.ts).
 */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { BUILT_IN_CRMS } from './crm/index';

/** The notes content script as built by WXT (entrypoints/notes.content). */
export const NOTES_SCRIPT = '/content-scripts/notes.js';
const SCRIPT_ID_PREFIX = 'care-coach-notes@';

/** The storage.local key of the opted-in origins (the notes script reads it without the storage library). */
export const OPT_IN_SITES_KEY = 'careCoach.notesSites';

/** Origins (scheme://host) the rep turned coaching on for. Pure: left out of bundles that don't use it. */
export const optInSites = /* @__PURE__ */ storage.defineItem<string[]>(`local:${OPT_IN_SITES_KEY}`, { fallback: [], version: 1 });

export type SiteStatus =
  /** A built-in CRM: always coached (unless switched off in settings). */
  | 'built-in'
  | 'enabled'
  | 'disabled'
  /** Browser pages, the extension's own pages, files: never coached. */
  | 'unsupported';

export type EnableResult = { ok: true; origin: string } | { ok: false; reason: 'unsupported' | 'denied' | 'failed'; message: string };

export const OPT_IN_MESSAGES = {
  unsupported: (url: string) => `Coaching can only be turned on for web pages (http or https), not ${url}.`,
  denied: (host: string) => `The browser did not allow access to ${host}, so coaching stays off there.`,
  failed: (host: string) => `Coaching could not be turned on for ${host}. Reload the page and try again.`,
} as const;

/** scheme://host of a page, or null when it can't be coached. Ports are dropped (match patterns have none). */
export function siteOrigin(url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
  // A wildcard host is a pattern (a wide grant), never one site.
  if (!u.hostname || u.hostname.includes('*')) return null;
  return `${u.protocol}//${u.hostname}`;
}

/** The match pattern for every page of an origin. */
export function originPattern(origin: string): string {
  return `${origin}/*`;
}

export function scriptIdFor(origin: string): string {
  return `${SCRIPT_ID_PREFIX}${origin}`;
}

export function originOfScriptId(id: string): string | null {
  return id.startsWith(SCRIPT_ID_PREFIX) ? id.slice(SCRIPT_ID_PREFIX.length) : null;
}

export function isBuiltIn(origin: string): boolean {
  const hostname = new URL(origin).hostname;
  return origin.startsWith('https:') && BUILT_IN_CRMS.some((a) => a.matches({ hostname } as Location));
}

export async function siteStatus(url: string): Promise<SiteStatus> {
  const origin = siteOrigin(url);
  if (!origin) return 'unsupported';
  if (isBuiltIn(origin)) return 'built-in';
  const [sites, granted] = await Promise.all([optInSites.getValue(), browser.permissions.contains({ origins: [originPattern(origin)] })]);
  return sites.includes(origin) && granted ? 'enabled' : 'disabled';
}

/** Registers the notes script for an origin; a no-op when it is already registered. */
export async function registerSite(origin: string): Promise<void> {
  const id = scriptIdFor(origin);
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [id] });
  if (existing.length > 0) return;
  try {
    await browser.scripting.registerContentScripts([
      {
        id,
        matches: [originPattern(origin)],
        js: [NOTES_SCRIPT],
        runAt: 'document_idle',
        // In-house tools often put the note editor in a same-origin frame.
        allFrames: true,
        persistAcrossSessions: true,
      },
    ]);
  } catch (e) {
    // Registered meanwhile by the background (permissions.onAdded): that is the goal anyway.
    if (!/duplicate/i.test(String(e))) throw e;
  }
}

export async function unregisterSite(origin: string): Promise<void> {
  const id = scriptIdFor(origin);
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [id] });
  if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [id] });
}

async function remember(origin: string): Promise<void> {
  const sites = await optInSites.getValue();
  if (!sites.includes(origin)) await optInSites.setValue([...new Set([...sites, origin])]);
}

async function forget(origin: string): Promise<void> {
  const sites = await optInSites.getValue();
  if (sites.includes(origin)) await optInSites.setValue(sites.filter((s) => s !== origin));
}

/** Runs the notes script in tabs already open on the origin, so the rep needn't reload. */
async function injectIntoOpenTabs(origin: string): Promise<void> {
  const tabs = await browser.tabs.query({ url: originPattern(origin) });
  await Promise.all(
    tabs.map((tab) =>
      tab.id === undefined
        ? undefined
        : browser.scripting.executeScript({ target: { tabId: tab.id, allFrames: true }, files: [NOTES_SCRIPT] }).catch(() => undefined),
    ),
  );
}

/**
 * Turns coaching on for the site of `url`. Call it straight from the rep's click: the permission
 * request must be the first thing that happens, while the click still counts as a user gesture.
 */
export async function enableSite(url: string): Promise<EnableResult> {
  const origin = siteOrigin(url);
  if (!origin) return { ok: false, reason: 'unsupported', message: OPT_IN_MESSAGES.unsupported(url) };
  const host = new URL(origin).hostname;
  let granted: boolean;
  try {
    granted = await browser.permissions.request({ origins: [originPattern(origin)] });
  } catch {
    granted = false;
  }
  if (!granted) return { ok: false, reason: 'denied', message: OPT_IN_MESSAGES.denied(host) };
  if (isBuiltIn(origin)) return { ok: true, origin };
  try {
    await remember(origin);
    await registerSite(origin);
    await injectIntoOpenTabs(origin);
    return { ok: true, origin };
  } catch {
    return { ok: false, reason: 'failed', message: OPT_IN_MESSAGES.failed(host) };
  }
}

/** Turns coaching off for the site of `url` and gives the permission back. */
export async function disableSite(url: string): Promise<void> {
  const origin = siteOrigin(url);
  if (!origin || isBuiltIn(origin)) return;
  await forget(origin);
  await unregisterSite(origin);
  // Open tabs hear the change through storage and stop coaching (see notes.content).
  await browser.permissions.remove({ origins: [originPattern(origin)] }).catch(() => false);
}

/**
 * Makes the registrations match the remembered sites whose permission is still granted: after a
 * browser restart, an extension update, or a permission removed from the browser's own UI.
 */
export async function syncRegistrations(): Promise<void> {
  const [sites, registered] = await Promise.all([optInSites.getValue(), browser.scripting.getRegisteredContentScripts()]);
  const keep: string[] = [];
  for (const origin of sites) {
    if (await browser.permissions.contains({ origins: [originPattern(origin)] })) keep.push(origin);
  }
  if (keep.length !== sites.length) await optInSites.setValue(keep);
  const registeredOrigins = new Set(registered.map((s) => originOfScriptId(s.id)).filter((o): o is string => o !== null));
  for (const origin of registeredOrigins) if (!keep.includes(origin)) await unregisterSite(origin);
  for (const origin of keep) if (!registeredOrigins.has(origin)) await registerSite(origin);
}

/** A permission granted outside the popup (the browser's "allow on this site") turns coaching on too. */
export async function onOriginsGranted(patterns: readonly string[]): Promise<void> {
  for (const p of patterns) {
    const origin = siteOrigin(p.replace(/\*$/, ''));
    if (!origin || isBuiltIn(origin) || p !== originPattern(origin)) continue;
    await remember(origin);
    await registerSite(origin);
  }
}

export async function onOriginsRemoved(patterns: readonly string[]): Promise<void> {
  for (const p of patterns) {
    const origin = siteOrigin(p.replace(/\*$/, ''));
    if (!origin) continue;
    await forget(origin);
    await unregisterSite(origin);
  }
}
