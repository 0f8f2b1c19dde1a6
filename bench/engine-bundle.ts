/**
 * The engine as it ships: bundled and minified (esbuild, which tsx already depends on), loaded
 * as plain JavaScript. The bench measures this rather than the TypeScript sources under tsx, so
 * no loader or transpiler helper sits in the timings, and the cold-start child imports exactly
 * one file, as the content script does. It goes through the same build steps as the page
 * scripts' engine: the rules' explanations and examples left out (build/rule-fields.ts), recurring
 * pattern groups kept once (build/intern-groups.ts), each pattern's prefilter anchor chosen at
 * build time (build/rule-anchors.ts) and the unused parts of compromise left out
 * (build/lean-compromise.ts).
 */
import { build } from 'esbuild';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Engine } from '../analyzers/engine';
import { ROOT } from './paths';
import { internGroupsEsbuild } from '../build/intern-groups';
import { leanCompromiseEsbuild } from '../build/lean-compromise';
import { ruleAnchorsEsbuild } from '../build/rule-anchors';
import { EXPLAINING_FIELDS, ruleFieldsEsbuild } from '../build/rule-fields';

export type EngineModule = typeof import('./engine-entry');
/** Makes a fresh engine with the built-in rules (each bench part starts from cold caches). */
export type MakeEngine = () => Engine;

/** Bundles `entry` (a path under the repository) to `outfile`. */
export async function bundle(entry: string, outfile: string): Promise<string> {
  // The page scripts' half of each rule: what finds (build/rule-fields.ts). The explanations
  // live in the coach UI bundle, and the examples are tests.
  const fields = ruleFieldsEsbuild(EXPLAINING_FIELDS);
  await build({
    entryPoints: [join(ROOT, entry)],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    minify: true,
    legalComments: 'none',
    logLevel: 'silent',
    plugins: [fields.plugin, internGroupsEsbuild(ROOT, fields.leaveOut), ruleAnchorsEsbuild(), leanCompromiseEsbuild()],
  });
  return outfile;
}

export async function bundleEngine(dir: string): Promise<string> {
  return bundle('bench/engine-entry.ts', join(dir, 'engine.mjs'));
}

export async function loadEngine(file: string): Promise<EngineModule> {
  return (await import(pathToFileURL(file).href)) as EngineModule;
}

export function engineMaker(mod: EngineModule): MakeEngine {
  return () => {
    try {
      const engine = mod.createEngine(mod.BUILT_IN_RULES);
      // Every pattern parsed, as the extension does in the page's idle time before the rep
      // types (sites/idle-warm-up.ts): the steady-state parts measure analysis, not first-use
      // parsing. The cold-start part builds its own engine and pays for all of it.
      engine.prepare();
      return engine;
    } catch (e) {
      throw new Error(`the rule set does not compile, so there is nothing to measure: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
}
