/**
 * The privacy guarantee, checked on what ships: the built Chrome and Firefox packages contain no
 * way to reach the network (fetch, XHR, WebSocket, beacons, event streams, remote scripts),
 * no URL but documentation text and our own match patterns, and manifests that ask for the
 * minimum and forbid extension pages from connecting anywhere.
 *
 * Build first: `npm run build && npm run build:firefox` (or set CARE_COACH_EXTENSION_DIR /
 * CARE_COACH_FIREFOX_DIR to other builds).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_HOST_PATTERNS } from '../../settings/sites';

const ROOT = join(__dirname, '..', '..');
const BUILDS = {
  chrome: process.env.CARE_COACH_EXTENSION_DIR ?? join(ROOT, '.output', 'chrome-mv3'),
  firefox: process.env.CARE_COACH_FIREFOX_DIR ?? join(ROOT, '.output', 'firefox-mv3'),
};

function files(dir: string, ext: RegExp): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...files(p, ext));
    else if (ext.test(name)) out.push(p);
  }
  return out;
}

function built(dir: string, how: string): string {
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`No build at ${dir}: run "${how}" first.`);
  return dir;
}

/** Ways code could reach the network or load remote code. */
const FORBIDDEN: Array<[string, RegExp]> = [
  ['fetch()', /\bfetch\s*\(/g],
  ['XMLHttpRequest', /\bXMLHttpRequest\b/g],
  ['WebSocket', /\bWebSocket\b/g],
  ['sendBeacon', /\bsendBeacon\b/g],
  ['EventSource', /\bEventSource\b/g],
  ['WebTransport', /\bWebTransport\b/g],
  ['RTCPeerConnection', /\bRTCPeerConnection\b/g],
  ['importScripts()', /\bimportScripts\s*\(/g],
  ['a Worker', /\bnew\s+(Shared)?Worker\s*\(/g],
  ['eval()', /(^|[^\w.$])eval\s*\(/g],
  ['new Function()', /\bnew\s+Function\s*\(/g],
  ['a <script> element', /createElement\(\s*[`'"]script[`'"]\s*\)/g],
  ['native messaging', /\b(connectNative|sendNativeMessage)\b/g],
  ['a remote import()', /\bimport\(\s*[`'"]https?:/g],
];

/**
 * Code in bundled libraries that matches the above but cannot reach the network as we use it.
 * Each entry is as narrow as the minified code allows, with the reason it is safe.
 */
const ALLOWED: Array<{ what: string; context: RegExp; why: string }> = [
  {
    what: 'fetch()',
    context: /getURL\(`\/content-scripts\/[\w-]+\.css`\);try\{return await\(await fetch\(\w+\)\)\.text\(\)/,
    why: "WXT's createShadowRootUi reads the content script's own CSS from the extension package (runtime.getURL, a chrome-extension:// URL), not from the network.",
  },
  {
    what: 'fetch()',
    context: /textContent=`url`in \w+\?await fetch\(\w+\.url\)\.then\(\w+=>\w+\.text\(\)\):\w+\.textContent/,
    why: "@webext-core/isolated-element fetches CSS only for a {url} option; WXT always passes {textContent}, so this branch never runs.",
  },
  {
    what: 'a <script> element',
    context: /createElement\(`script`\),\w+\(\w+\),\w+\(\w+,`link`,\w+\),\w+\.head\.appendChild/,
    why: "React DOM's resource hoisting: runs only for a rendered <script src> or ReactDOM.preinit(), which no component of ours uses (checked below).",
  },
];

/** URLs that appear as text, never as something requested. */
const ALLOWED_URLS: Array<{ url: RegExp; why: string }> = [
  { url: /^http:\/\/www\.w3\.org\/(2000\/svg|1999\/xlink|XML\/1998\/namespace|1998\/Math\/MathML)$/, why: 'XML namespace names (React DOM), identifiers only' },
  { url: /^https:\/\/react\.dev\/errors\/$/, why: "React's production error messages link here as text" },
  { url: /^https:\/\/(wxt\.dev\/guide\/|github\.com\/wxt-dev\/wxt\/issues\/\d+$)/, why: "WXT's error messages, as text" },
  { url: /^https:\/\/developer\.mozilla\.org\/en-US\/docs\//, why: "@webext-core's error message, as text" },
  { url: /^https?:\/\/json-schema\.org\/draft[-\w/]*(schema)?#?$/, why: "zod's JSON-Schema $schema identifiers (never fetched)" },
  { url: /^http:\/\/\[\$\{\w+\}\]$/, why: 'zod checks IPv6 text by parsing it with new URL(): parsing, not a request' },
  { url: /^https?:\/\/(\*\.)?[\w.*-]+\/\*$/, why: 'match patterns (ours: host permissions, content-script matches, opt-in sites)' },
];

function context(text: string, at: number): string {
  return text.slice(Math.max(0, at - 160), at + 120);
}

function scan(dir: string): { violations: string[]; urls: string[] } {
  const violations: string[] = [];
  const urls: string[] = [];
  for (const file of files(dir, /\.(m?js|html|css)$/)) {
    const text = readFileSync(file, 'utf8');
    const rel = relative(dir, file);
    if (file.endsWith('.js') || file.endsWith('.mjs')) {
      for (const [what, re] of FORBIDDEN) {
        for (const m of text.matchAll(re)) {
          const ctx = context(text, m.index ?? 0);
          if (!ALLOWED.some((a) => a.what === what && a.context.test(ctx))) violations.push(`${rel}: ${what}: …${ctx.replace(/\s+/g, ' ')}…`);
        }
      }
    }
    if (file.endsWith('.html') && /<script[^>]+src=["']?(https?:)?\/\//i.test(text)) violations.push(`${rel}: a remote <script>`);
    if (file.endsWith('.css') && /(@import|url\()\s*["']?(https?:)?\/\//i.test(text)) violations.push(`${rel}: a remote stylesheet or font`);
    for (const m of text.matchAll(/https?:\/\/[^\s"'`)\\,;<>]*/g)) urls.push(`${rel}: ${m[0]}`);
  }
  return { violations, urls };
}

interface Manifest {
  permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  optional_permissions?: string[];
  content_security_policy?: { extension_pages?: string };
  content_scripts?: Array<{ matches: string[] }>;
  externally_connectable?: unknown;
  web_accessible_resources?: unknown;
  side_panel?: unknown;
  storage?: { managed_schema?: string };
  update_url?: string;
  browser_specific_settings?: { gecko?: { id?: string; data_collection_permissions?: { required?: string[]; optional?: string[] } } };
}

const manifestOf = (dir: string) => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;

/** Permissions the extension may hold: settings, the popup's current tab, per-site opt-in, the side panel. */
const ALLOWED_PERMISSIONS = ['storage', 'activeTab', 'scripting', 'sidePanel'];

function checkManifest(m: Manifest) {
  expect(m.permissions).toContain('storage');
  for (const p of m.permissions ?? []) expect(ALLOWED_PERMISSIONS, `unexpected permission "${p}"`).toContain(p);
  expect(m.optional_permissions ?? []).toEqual([]);
  expect([...(m.host_permissions ?? [])].sort()).toEqual([...BUILT_IN_HOST_PATTERNS].sort());
  for (const p of m.optional_host_permissions ?? []) expect(['https://*/*', 'http://*/*']).toContain(p);
  for (const cs of m.content_scripts ?? []) for (const p of cs.matches) expect(m.host_permissions, `content script match ${p} is not a declared host`).toContain(p);
  expect(m.externally_connectable).toBeUndefined();
  expect(m.update_url).toBeUndefined();
  const csp = m.content_security_policy?.extension_pages ?? '';
  const directives = new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([k, ...v]) => [k, v]));
  expect(directives.get('connect-src')).toEqual(["'none'"]);
  expect(directives.get('script-src')).toEqual(["'self'"]);
  expect(directives.get('object-src')).toEqual(["'none'"]);
  expect(directives.get('default-src')).toEqual(["'self'"]);
  expect(csp).not.toMatch(/unsafe-(eval|inline)|https?:|\*/);
}

describe.each([
  ['chrome', () => built(BUILDS.chrome, 'npm run build')],
  ['firefox', () => built(BUILDS.firefox, 'npm run build:firefox')],
] as const)('%s build', (browser, dir) => {
  it('contains no network API or remote code, except the narrow allowlist', () => {
    expect(scan(dir()).violations).toEqual([]);
  });

  it('contains no URL but documentation text and match patterns', () => {
    const unexpected = scan(dir()).urls.filter((u) => !ALLOWED_URLS.some((a) => a.url.test(u.slice(u.indexOf(': ') + 2))));
    expect(unexpected).toEqual([]);
  });

  it('asks for the minimum and forbids extension pages any connection', () => {
    checkManifest(manifestOf(dir()));
  });

  if (browser === 'firefox') {
    it('declares its id and that it collects no data; no Chrome-only keys', () => {
      const m = manifestOf(dir());
      expect(m.browser_specific_settings?.gecko?.id).toBe('care-coach@care-coach');
      expect(m.browser_specific_settings?.gecko?.data_collection_permissions).toEqual({ required: ['none'] });
      expect(m.permissions).not.toContain('sidePanel');
      expect(m.side_panel).toBeUndefined();
      expect(m.storage).toBeUndefined();
    });
  } else {
    it('declares the enterprise policy schema it reads', () => {
      const m = manifestOf(dir());
      expect(m.storage?.managed_schema).toBe('managed_schema.json');
      const schema = JSON.parse(readFileSync(join(dir(), 'managed_schema.json'), 'utf8'));
      expect(schema.type).toBe('object');
      expect(Object.keys(schema.properties).sort()).toEqual(['pack', 'settings']);
      expect(schema.additionalProperties).toBeUndefined();
    });
  }
});

describe('the allowlist stays honest', () => {
  it('no component renders a <script> or asks React to preload or preconnect anything', () => {
    const sources = [...files(join(ROOT, 'components'), /\.tsx?$/), ...files(join(ROOT, 'entrypoints'), /\.tsx?$/)];
    for (const f of sources) {
      const text = readFileSync(f, 'utf8');
      expect(text, relative(ROOT, f)).not.toMatch(/<script\b|\b(preinit|preinitModule|preload|preloadModule|preconnect|prefetchDNS)\s*\(/);
    }
  });

  it('the scanner catches a network call it is given', () => {
    // Guards against a scanner that silently matches nothing.
    const text = 'function send(){navigator.sendBeacon("https://collector.example/x", d); fetch(u)}';
    const hits = FORBIDDEN.filter(([, re]) => [...text.matchAll(re)].length > 0).map(([w]) => w);
    expect(hits).toEqual(['fetch()', 'sendBeacon']);
    expect(ALLOWED_URLS.some((a) => a.url.test('https://collector.example/x'))).toBe(false);
  });
});
