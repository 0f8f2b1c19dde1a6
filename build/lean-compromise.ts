import { join } from 'node:path';
import { createRequire } from 'node:module';

/**
 * compromise/one registers plugins the engine never calls: the change API (replace, insert,
 * remove…), lookup tries, typeahead and freeze, and it imports grad-school to build tag graphs
 * for `nlp.addTags`. Together ~15 KB of every page script. The engine tokenizes, matches and
 * sweeps; it never edits a document or tags it. So the bundles that run the engine (page scripts,
 * background, and the benchmark's engine bundle) get stand-ins:
 * - change and freeze keep only their computes, which compromise runs by name when it builds
 *   terms for a contraction (`id`, `freeze`, `unfreeze`); freeze's per-document hook goes, since
 *   nothing is ever frozen here;
 * - lexicon keeps its (empty) model and its compute, without `addWords` and the lexicon
 *   expansion behind it;
 * - lookup and typeahead register nothing (typeahead's hook did nothing with an empty model);
 * - the View methods for html output, lookaround, split, join, debug and wrap are left off,
 *   with the debug printers and fromSpec;
 * - tagging is left off (View.tag/unTag/canBe, addTags, tag ranks, sweep's tagger), and setTag and
 *   `{root}` inflection shrink to what they do without a tag set or compromise/two;
 * - grad-school throws, with a message, if anything ever calls it.
 * tests/build/lean-compromise.test.ts runs the corpora through an engine bundled this way and
 * checks every report equals the one from the full library.
 */
// The package's ES sources (its `one` export), found from the resolved CommonJS build.
const SRC = join(createRequire(import.meta.url).resolve('compromise/one').replace(/[\\/]builds[\\/].*$/, ''), 'src', '1-one');

const STUBS: Record<string, string> = {
  './1-one/change/plugin.js': `import compute from ${JSON.stringify(join(SRC, 'change/compute/index.js'))};\nexport default { compute };\n`,
  './1-one/lexicon/plugin.js': `import compute from ${JSON.stringify(join(SRC, 'lexicon/compute/index.js'))};\nexport default { model: { one: { lexicon: {}, _multiCache: {}, frozenLex: {} } }, compute, hooks: ['lexicon'] };\n`,
  './1-one/lookup/plugin.js': 'export default {};\n',
  './1-one/typeahead/plugin.js': 'export default {};\n',
  './1-one/freeze/plugin.js': `import compute from ${JSON.stringify(join(SRC, 'freeze/compute.js'))};\nexport default { compute };\n`,
};
/**
 * Inside compromise/one, by the file that imports them: the View methods for html output,
 * lookaround, split, join, debug and wrap; the debug printers; and fromSpec. The engine calls
 * none of them, and nothing inside compromise calls them on the engine's path.
 */
const NO_METHODS = 'export default {};\n';
const NO_FUNCTION = 'export default undefined;\n';
const INNER_STUBS: Record<string, Record<string, string>> = {
  'output/api/index.js': { './html.js': NO_METHODS },
  'output/api/out.js': { './debug.js': NO_FUNCTION, './wrap.js': NO_FUNCTION },
  'match/api/index.js': { './lookaround.js': NO_METHODS, './split.js': NO_METHODS, './join.js': NO_METHODS },
  'output/methods/index.js': { './debug/index.js': NO_METHODS },
  'output/plugin.js': { './fromSpec.js': 'export const fromSpec = undefined;\nexport const testSpec = undefined;\n' },
  // Tagging: patterns never use tags (compile.ts refuses them) and sweep runs with the tagger off.
  // setTag is still called (the contraction step tags number ranges), so it shrinks instead.
  'tag/plugin.js': { './api/index.js': NO_FUNCTION, './compute/tagRank.js': NO_FUNCTION, './lib.js': NO_METHODS },
  'tag/methods/index.js': {
    './unTag.js': NO_FUNCTION,
    './canBe.js': NO_FUNCTION,
    './addTags/index.js': NO_FUNCTION,
    // compromise/one has no tag set, so tagging a term is adding the name (no parents, no conflicts).
    './setTag.js': "export default function (terms, tag) { if (typeof tag === 'string') for (const t of terms) t.tags.add(tag); }\n",
  },
  // {root} needs compromise/two's inflections; without them compromise matches the root's machine form.
  'match/methods/parseMatch/index.js': {
    './04-inflect-root.js': 'export default function (regs) { for (const t of regs) if (t.root) { t.machine = t.root; delete t.id; delete t.root; } return regs; }\n',
  },
  'sweep/methods/index.js': { './tagger/index.js': NO_FUNCTION },
};
const GRAD_SCHOOL =
  "export default function grad() { throw new Error('Care Coach matches words, not part-of-speech tags: nlp.addTags is not available here'); }\n";

const PREFIX = '\0care-coach-lean-compromise:';

/** The stand-in for an import, or null: compromise/one's unused plugins and View methods (by importer), and grad-school. */
export function stubFor(source: string, importer: string | undefined): string | null {
  if (source === 'grad-school') return GRAD_SCHOOL;
  if (!importer || !/[\\/]compromise[\\/]src[\\/]/.test(importer)) return null;
  if (/[\\/]src[\\/]one\.js$/.test(importer) && source in STUBS) return STUBS[source];
  const inner = importer.replace(/\\/g, '/').match(/\/src\/1-one\/(.+)$/)?.[1];
  return (inner && INNER_STUBS[inner]?.[source]) ?? null;
}

/** For Vite (the extension build). */
export function leanCompromise() {
  return {
    name: 'care-coach:lean-compromise',
    enforce: 'pre' as const,
    resolveId(source: string, importer: string | undefined) {
      return stubFor(source, importer) === null ? null : `${PREFIX}${source}|${importer ?? ''}`;
    },
    load(id: string) {
      if (!id.startsWith(PREFIX)) return null;
      const [source, importer] = id.slice(PREFIX.length).split('|');
      return stubFor(source, importer || undefined);
    },
  };
}

/** For esbuild (the benchmark's engine bundle and the equivalence test). */
export function leanCompromiseEsbuild() {
  return {
    name: 'care-coach:lean-compromise',
    setup(build: { onResolve: Function; onLoad: Function }) {
      // Every relative import is offered; stubFor says which it stands in for.
      build.onResolve({ filter: /^(grad-school|\.\/.+\.js)$/ }, (args: { path: string; importer: string }) =>
        stubFor(args.path, args.importer) === null ? undefined : { path: `${args.path}|${args.importer}`, namespace: 'lean-compromise' },
      );
      build.onLoad({ filter: /.*/, namespace: 'lean-compromise' }, (args: { path: string }) => {
        const [source, importer] = args.path.split('|');
        return { contents: stubFor(source, importer) ?? '', loader: 'js', resolveDir: SRC };
      });
    },
  };
}
