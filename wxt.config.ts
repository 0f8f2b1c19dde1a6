import { defineConfig } from 'wxt';
import { BUILT_IN_HOST_PATTERNS } from './settings/sites';
import { fileURLToPath } from 'node:url';
import { EXPLAINING_FIELDS, FINDING_FIELDS, ruleFields, type RuleField } from './build/rule-fields';
import { internGroups } from './build/intern-groups';
import { ruleAnchors } from './build/rule-anchors';
import { leanCompromise } from './build/lean-compromise';
import { terserPass } from './build/terser-pass';

/**
 * Extension pages may load only their own files and may connect nowhere: no fetch, XHR,
 * WebSocket or beacon can leave an options page, popup or side panel even if code tried.
 * (Dev mode keeps WXT's default, since its live reload needs a connection to localhost.)
 */
export const EXTENSION_PAGES_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // CARE_COACH_OUT_DIR builds elsewhere than .output (engineers building in parallel); point the
  // browser tests at it with CARE_COACH_EXTENSION_DIR=<dir>/chrome-mv3.
  ...(process.env.CARE_COACH_OUT_DIR ? { outDir: process.env.CARE_COACH_OUT_DIR } : {}),
  manifest: ({ browser, command }) => ({
    name: 'Care Coach',
    description: 'Write to prospects with care: flags pressure language, offers kinder words and questions that show you care. Runs offline.',
    // activeTab: the popup learns the current tab's site only when the user clicks the icon.
    permissions: ['storage', 'activeTab', 'scripting'],
    // Gmail and the built-in CRMs (settings/sites.ts); every other site is opt-in, asked on click.
    host_permissions: BUILT_IN_HOST_PATTERNS,
    // http too: in-house CRMs on an intranet (asked per origin, only on the rep's click).
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    action: { default_title: 'Care Coach' },
    ...(command === 'build' ? { content_security_policy: { extension_pages: EXTENSION_PAGES_CSP } } : {}),
    // Enterprise policy (chrome.storage.managed). Firefox reads policies.json instead and
    // rejects the key, so it is Chrome-only.
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed_schema.json' } }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'care-coach@care-coach',
              // 140: data_collection_permissions and the CSS Custom Highlight API.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  hooks: {
    // Each bundle gets the half of the built-in rules it uses (build/rule-fields.ts): the page
    // scripts what finds, the coach UI what explains, the background everything but the examples.
    'vite:build:extendConfig': (entrypoints, config) => {
      const pageScripts = entrypoints.every((e) => e.type === 'content-script');
      const coachUi = entrypoints.every((e) => e.type === 'unlisted-script' && e.name === 'coach-ui');
      let empty: RuleField[] | null = null;
      if (pageScripts) empty = EXPLAINING_FIELDS;
      else if (coachUi) empty = FINDING_FIELDS;
      else if (entrypoints.every((e) => e.type === 'background')) empty = ['examples'];
      if (empty) config.plugins = [...(config.plugins ?? []), ruleFields(empty)];
      // The bundles that match keep each recurring word group of the patterns once (build/intern-groups.ts).
      // They also ship each pattern's prefilter anchor, chosen at build time (build/rule-anchors.ts).
      if (pageScripts || entrypoints.every((e) => e.type === 'background')) {
        config.plugins = [...(config.plugins ?? []), internGroups(fileURLToPath(new URL('.', import.meta.url))), ruleAnchors()];
      }
      // The engine's bundles leave out the parts of compromise it never calls (build/lean-compromise.ts).
      if (pageScripts || entrypoints.every((e) => e.type === 'background')) config.plugins = [...(config.plugins ?? []), leanCompromise()];
      // The page scripts also get a second minifier pass (build/terser-pass.ts): they carry the size
      // budget. Not when measuring with source maps, which the pass would leave stale.
      if (pageScripts && process.env.CARE_COACH_SOURCEMAP !== '1') config.plugins = [...(config.plugins ?? []), terserPass()];
      // Modules whose top level only defines things, so a bundle that uses none of their exports
      // can leave them out (the bundler can't prove it by itself). The page scripts read storage
      // directly (settings/stored.ts), though sites/opt-in.ts imports the storage library for the
      // popup and background; the coach UI gets no patterns, so no lexicon word groups.
      const pure = pageScripts ? /[\\/]@wxt-dev[\\/]storage[\\/]/ : coachUi ? /[\\/]rules[\\/]lexicon/ : null;
      if (pure) {
        const rollup = ((config.build ??= {}).rollupOptions ??= {});
        rollup.treeshake = { ...(typeof rollup.treeshake === 'object' ? rollup.treeshake : {}), moduleSideEffects: [{ test: pure, sideEffects: false }] };
      }
    },
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.browser !== 'firefox') return;
      // Firefox has a sidebar (WXT writes sidebar_action) but no sidePanel API or key.
      manifest.permissions = manifest.permissions?.filter((p) => p !== 'sidePanel');
      delete (manifest as { side_panel?: unknown }).side_panel;
    },
  },
  vite: () => ({
    build: {
      // Vite's modulepreload polyfill fetch()es chunks; every browser we target preloads natively.
      modulePreload: { polyfill: false },
      // CARE_COACH_SOURCEMAP=1 for measuring what a bundle is made of (.scratch/mapsize.mjs); never shipped.
      sourcemap: process.env.CARE_COACH_SOURCEMAP === '1',
    },
  }),
  zip: {
    // The Firefox sources zip is for reviewers: code and docs, not local logs, builds or scratch files.
    excludeSources: ['.scratch/**', '.output/**', '**/*.log', 'coverage/**', '.wxt/**', 'tests/browser/.tmp/**', '**/.DS_Store', 'docs/**/*.png'],
  },
});
