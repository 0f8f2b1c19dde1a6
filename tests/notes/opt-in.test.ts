import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  disableSite,
  enableSite,
  isBuiltIn,
  NOTES_SCRIPT,
  onOriginsGranted,
  onOriginsRemoved,
  optInSites,
  originOfScriptId,
  scriptIdFor,
  siteOrigin,
  siteStatus,
  syncRegistrations,
} from '../../sites/opt-in';

/** The browser's side, in memory: granted origins, registered scripts, injections, the prompt's answer. */
interface World {
  granted: Set<string>;
  scripts: Map<string, { id: string; matches?: string[]; js?: string[] }>;
  injected: Array<{ tabId: number; files: string[] }>;
  answer: boolean;
  prompts: string[][];
  tabs: Array<{ id: number; url: string }>;
}
let world: World;

beforeEach(() => {
  fakeBrowser.reset();
  world = { granted: new Set(), scripts: new Map(), injected: [], answer: true, prompts: [], tabs: [] };
  const b = fakeBrowser as unknown as Record<string, Record<string, unknown>>;
  b.permissions.request = async ({ origins = [] }: { origins?: string[] }) => {
    world.prompts.push(origins);
    if (world.answer) for (const o of origins) world.granted.add(o);
    return world.answer;
  };
  b.permissions.contains = async ({ origins = [] }: { origins?: string[] }) => origins.every((o) => world.granted.has(o));
  b.permissions.remove = async ({ origins = [] }: { origins?: string[] }) => {
    for (const o of origins) world.granted.delete(o);
    return true;
  };
  b.scripting.getRegisteredContentScripts = async (filter?: { ids?: string[] }) =>
    [...world.scripts.values()].filter((s) => !filter?.ids || filter.ids.includes(s.id));
  b.scripting.registerContentScripts = async (scripts: Array<{ id: string; matches?: string[]; js?: string[] }>) => {
    for (const s of scripts) {
      if (world.scripts.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
      world.scripts.set(s.id, s);
    }
  };
  b.scripting.unregisterContentScripts = async ({ ids = [] }: { ids?: string[] }) => {
    for (const id of ids) world.scripts.delete(id);
  };
  b.scripting.executeScript = async ({ target, files }: { target: { tabId: number }; files: string[] }) => {
    world.injected.push({ tabId: target.tabId, files });
    return [];
  };
  b.tabs.query = async ({ url }: { url?: string }) => world.tabs.filter((t) => !url || t.url.startsWith(url.replace(/\*$/, '')));
});

const ORIGIN = 'https://crm.example-inhouse.com';

describe('sites and patterns', () => {
  it('takes the origin of a web page, without port, and refuses anything else', () => {
    expect(siteOrigin('https://crm.example-inhouse.com:8443/accounts/7?x=1')).toBe(ORIGIN);
    expect(siteOrigin('http://intranet.local/crm')).toBe('http://intranet.local');
    expect(siteOrigin('chrome://extensions')).toBeNull();
    expect(siteOrigin('file:///tmp/x.html')).toBeNull();
    expect(siteOrigin('not a url')).toBeNull();
  });

  it('knows the built-in CRMs (always on) from other sites', () => {
    expect(isBuiltIn('https://acme.lightning.force.com')).toBe(true);
    expect(isBuiltIn('https://app.hubspot.com')).toBe(true);
    expect(isBuiltIn(ORIGIN)).toBe(false);
    expect(isBuiltIn('http://acme.pipedrive.com')).toBe(false);
  });

  it('names one registration per origin, reversibly', () => {
    expect(originOfScriptId(scriptIdFor(ORIGIN))).toBe(ORIGIN);
    expect(originOfScriptId('someone-else')).toBeNull();
  });
});

describe('enableSite', () => {
  it('asks for that one origin, remembers it, registers the notes script and runs it in open tabs', async () => {
    world.tabs = [
      { id: 7, url: `${ORIGIN}/accounts/7` },
      { id: 8, url: 'https://elsewhere.example/' },
    ];
    const r = await enableSite(`${ORIGIN}/accounts/7`);
    expect(r).toEqual({ ok: true, origin: ORIGIN });
    expect(world.prompts).toEqual([[`${ORIGIN}/*`]]);
    expect(await optInSites.getValue()).toEqual([ORIGIN]);
    expect([...world.scripts.values()]).toMatchObject([{ id: scriptIdFor(ORIGIN), matches: [`${ORIGIN}/*`], js: [NOTES_SCRIPT] }]);
    expect(world.injected).toEqual([{ tabId: 7, files: [NOTES_SCRIPT] }]);
    expect(await siteStatus(`${ORIGIN}/x`)).toBe('enabled');
  });

  it('does nothing but say so when the rep declines the browser prompt', async () => {
    world.answer = false;
    const r = await enableSite(`${ORIGIN}/`);
    expect(r).toMatchObject({ ok: false, reason: 'denied' });
    expect(r.ok ? '' : r.message).toContain('crm.example-inhouse.com');
    expect(await optInSites.getValue()).toEqual([]);
    expect(world.scripts.size).toBe(0);
    expect(await siteStatus(`${ORIGIN}/`)).toBe('disabled');
  });

  it('refuses pages that are not web pages, naming them', async () => {
    const r = await enableSite('chrome://settings');
    expect(r).toMatchObject({ ok: false, reason: 'unsupported' });
    expect(r.ok ? '' : r.message).toContain('chrome://settings');
    expect(world.prompts).toEqual([]);
  });

  it('is idempotent when the background registered it first (permissions.onAdded)', async () => {
    world.granted.add(`${ORIGIN}/*`);
    await onOriginsGranted([`${ORIGIN}/*`]);
    expect(await enableSite(`${ORIGIN}/`)).toEqual({ ok: true, origin: ORIGIN });
    expect(world.scripts.size).toBe(1);
    expect(await optInSites.getValue()).toEqual([ORIGIN]);
  });
});

describe('disableSite and the background', () => {
  it('forgets the site, unregisters the script and gives the permission back', async () => {
    await enableSite(`${ORIGIN}/`);
    await disableSite(`${ORIGIN}/deals`);
    expect(await optInSites.getValue()).toEqual([]);
    expect(world.scripts.size).toBe(0);
    expect(world.granted.has(`${ORIGIN}/*`)).toBe(false);
  });

  it('ignores wide grants and built-in hosts; a removed permission turns the site off', async () => {
    await onOriginsGranted(['https://*/*', 'https://app.hubspot.com/*', `${ORIGIN}/*`]);
    expect(await optInSites.getValue()).toEqual([ORIGIN]);
    expect([...world.scripts.keys()]).toEqual([scriptIdFor(ORIGIN)]);
    await onOriginsRemoved([`${ORIGIN}/*`]);
    expect(await optInSites.getValue()).toEqual([]);
    expect(world.scripts.size).toBe(0);
  });

  it('at startup, keeps registrations to the remembered sites whose permission still holds', async () => {
    const kept = 'https://a.example';
    const revoked = 'https://b.example';
    const stale = 'https://c.example';
    await optInSites.setValue([kept, revoked]);
    world.granted.add(`${kept}/*`);
    world.scripts.set(scriptIdFor(stale), { id: scriptIdFor(stale) });
    world.scripts.set('someone-elses-script', { id: 'someone-elses-script' });
    await syncRegistrations();
    expect(await optInSites.getValue()).toEqual([kept]);
    expect([...world.scripts.keys()].sort()).toEqual([scriptIdFor(kept), 'someone-elses-script'].sort());
  });
});
