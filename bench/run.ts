/**
 * The whole bench: every part in turn at full or quick size, each part's failure recorded
 * rather than fatal, and one result object that report.ts turns into docs/benchmarks.md/json.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runBrowserTyping, type BrowserTypingRun } from './browser-typing';
import { runColdStart, type ColdStartRun } from './cold-start';
import { allTools } from './competitors';
import { DEFAULT_SEED } from './corpus-generator';
import { bundleEngine, engineMaker, loadEngine } from './engine-bundle';
import { runKeystroke, type KeystrokeRun } from './keystroke';
import { currentLoad, describeMachine, type Machine } from './machine';
import { runMemory, type MemoryRun } from './memory';
import { runScaling, type ScalingRun } from './scaling';
import { runSize, type SizeRun } from './size';
import { runThroughput, type ThroughputResult } from './throughput';
import { PARTS, type Part } from './parts';

export { PARTS, type Part };

export interface BenchConfig {
  mode: 'full' | 'quick';
  seed: number;
  throughput: { words: number; subsetWords: number; warmupWords: number; warmupMs: number; rounds: number };
  keystroke: { drafts: number[]; edits: number };
  coldStart: { runs: number };
  scaling: { sizes: number[] };
  memory: { words: number; edits: number };
  browser: { draftWords: number; keyDelayMs: number };
}

export const FULL: BenchConfig = {
  mode: 'full',
  seed: DEFAULT_SEED,
  throughput: { words: 1_000_000, subsetWords: 100_000, warmupWords: 600_000, warmupMs: 12_000, rounds: 10 },
  keystroke: { drafts: [1_000, 5_000], edits: 500 },
  coldStart: { runs: 9 },
  scaling: { sizes: [1_000, 10_000, 100_000, 1_000_000] },
  memory: { words: 1_000_000, edits: 10_000 },
  browser: { draftWords: 1_000, keyDelayMs: 60 },
};

export const QUICK: BenchConfig = {
  mode: 'quick',
  seed: DEFAULT_SEED,
  throughput: { words: 30_000, subsetWords: 8_000, warmupWords: 60_000, warmupMs: 3_000, rounds: 3 },
  keystroke: { drafts: [1_000, 5_000], edits: 150 },
  coldStart: { runs: 3 },
  scaling: { sizes: [1_000, 10_000, 100_000] },
  memory: { words: 30_000, edits: 2_000 },
  browser: { draftWords: 1_000, keyDelayMs: 60 },
};

export interface BenchResult {
  mode: BenchConfig['mode'];
  config: BenchConfig;
  machine: Machine;
  startedAt: string;
  durationMs: number;
  throughput?: ThroughputResult;
  keystroke?: KeystrokeRun[];
  coldStart?: ColdStartRun;
  scaling?: ScalingRun;
  size?: SizeRun;
  memory?: MemoryRun;
  browser?: BrowserTypingRun;
  /** Parts not run, and why. */
  skipped: Array<{ part: Part; reason: string }>;
  /** Parts that failed, with the one-line reason. */
  errors: Array<{ part: Part; message: string }>;
}

export interface RunOptions {
  config: BenchConfig;
  parts?: readonly Part[];
  /** Rebuild the extension before measuring sizes and the browser part. */
  build?: boolean;
  log(line: string): void;
}

export async function runBench(o: RunOptions): Promise<BenchResult> {
  const c = o.config;
  const parts = new Set(o.parts ?? PARTS);
  const started = performance.now();
  const result: BenchResult = { mode: c.mode, config: c, machine: describeMachine(), startedAt: new Date().toISOString(), durationMs: 0, skipped: [], errors: [] };
  for (const p of PARTS) if (!parts.has(p)) result.skipped.push({ part: p, reason: 'not selected (--only)' });
  const dir = mkdtempSync(join(tmpdir(), 'care-coach-bench-'));
  const step = async (part: Part, run: () => Promise<void> | void) => {
    if (!parts.has(part)) return;
    const t = performance.now();
    try {
      await run();
    } catch (e) {
      result.errors.push({ part, message: (e instanceof Error ? e.message : String(e)).split('\n')[0] });
    }
    o.log(`${part}: done in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  };
  try {
    o.log('engine: bundling it as shipped (esbuild, minified)');
    const engineFile = await bundleEngine(dir);
    const makeEngine = engineMaker(await loadEngine(engineFile));
    makeEngine();

    await step('throughput', async () => {
      result.throughput = await runThroughput({ ...c.throughput, seed: c.seed, tools: allTools(makeEngine), fullTools: ['care-coach', 'write-good'], makeEngine, log: o.log });
    });
    await step('keystroke', () => {
      result.keystroke = c.keystroke.drafts.map((words) => {
        o.log(`keystroke: ${words}-word draft, ${c.keystroke.edits} edits`);
        return runKeystroke(makeEngine, words, c.keystroke.edits, c.seed);
      });
    });
    await step('cold-start', () => {
      o.log(`cold-start: ${c.coldStart.runs} fresh processes`);
      result.coldStart = runColdStart(engineFile, dir, c.coldStart.runs, c.seed);
    });
    await step('scaling', () => {
      result.scaling = runScaling(makeEngine, c.scaling.sizes, c.seed, o.log);
    });
    await step('size', () => {
      result.size = runSize({ build: Boolean(o.build), log: o.log });
    });
    await step('memory', async () => {
      o.log(`memory: ${c.memory.words.toLocaleString('en')} words, then 2 × ${c.memory.edits.toLocaleString('en')} edits (node --expose-gc)`);
      result.memory = await runMemory(dir, c.memory.words, c.memory.edits, c.seed);
    });
    await step('browser', async () => {
      if (!result.size) runSize({ build: Boolean(o.build), log: o.log });
      result.browser = await runBrowserTyping({ seed: c.seed, ...c.browser, log: o.log });
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  result.machine.loadEnd = currentLoad();
  result.durationMs = performance.now() - started;
  return result;
}
