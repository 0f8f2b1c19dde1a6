/**
 * The tools the throughput test compares, each behind the same small interface and each with
 * its own default rules: Care Coach's engine, write-good, alex (its plain-text API) and
 * harper.js (LocalLinter with the inlined WebAssembly binary: in-process, no network, no worker).
 * All run in this process on the same texts; none is shipped with the extension.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AnalyzeOptions } from '../analyzers/types';
import type { Engine } from '../analyzers/engine';
import type { DocKind } from './corpus-generator';
import type { MakeEngine } from './engine-bundle';
import { ROOT } from './paths';

export interface Tool {
  id: 'care-coach' | 'write-good' | 'alex' | 'harper';
  name: string;
  version: string;
  /** How the tool is called, for the report. */
  how: string;
  setup(): Promise<void>;
  /** Analyses one document; returns how many findings the tool reported. */
  run(text: string, kind: DocKind): number | Promise<number>;
}

/** The installed version, read from node_modules (some packages' exports hide package.json). */
function versionOf(pkg: string): string {
  try {
    return (JSON.parse(readFileSync(join(ROOT, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return '?';
  }
}
const ownVersion = () => (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

export function careCoach(makeEngine: MakeEngine): Tool {
  let engine: Engine | null = null;
  return {
    id: 'care-coach',
    name: 'Care Coach',
    version: ownVersion(),
    how: 'engine.analyze(text, { kind }) with every built-in rule (the engine bundled and minified, as shipped); caches cleared before each document',
    async setup() {
      engine = makeEngine();
    },
    run(text, kind) {
      // Cleared per document so a sentence seen in an earlier document is analysed again, as it
      // would be in a fresh draft: the throughput is analysis, not cache hits.
      engine!.clearCache();
      return engine!.analyze(text, { kind } satisfies AnalyzeOptions).findings.length;
    },
  };
}

export function writeGoodTool(): Tool {
  let fn: ((t: string) => unknown[]) | null = null;
  return {
    id: 'write-good',
    name: 'write-good',
    version: versionOf('write-good'),
    how: 'writeGood(text) with its default checks',
    async setup() {
      fn = (await import('write-good')).default;
    },
    run: (text) => fn!(text).length,
  };
}

export function alexTool(): Tool {
  let fn: ((t: string) => { messages: unknown[] }) | null = null;
  return {
    id: 'alex',
    name: 'alex',
    version: versionOf('alex'),
    how: 'text(value) (its plain-text API) with its default rules',
    async setup() {
      fn = (await import('alex')).text;
    },
    run: (text) => fn!(text).messages.length,
  };
}

export function harperTool(): Tool {
  let linter: { lint(t: string, o: object): Promise<unknown[]> } | null = null;
  return {
    id: 'harper',
    name: 'harper.js',
    version: versionOf('harper.js'),
    how: "LocalLinter({ binary: binaryInlined }).lint(text, { language: 'plaintext' }) with its default rules",
    async setup() {
      const { LocalLinter } = await import('harper.js');
      const { binaryInlined } = await import('harper.js/binaryInlined');
      const l = new LocalLinter({ binary: binaryInlined });
      await l.setup();
      linter = l;
    },
    run: async (text) => (await linter!.lint(text, { language: 'plaintext' })).length,
  };
}

export function allTools(makeEngine: MakeEngine): Tool[] {
  return [careCoach(makeEngine), writeGoodTool(), alexTool(), harperTool()];
}
