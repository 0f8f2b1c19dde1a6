/**
 * The performance budgets (bench/budgets.ts), checked on a reduced bench run so the normal suite
 * notices a regression. Margins are wide (see each test) so a busy machine doesn't fail CI; the
 * full numbers live in docs/benchmarks.md (`npm run bench`). Budgets the product currently
 * misses are `it.fails` with the reason: they start failing, loudly, the day they are met.
 * Not here: harper.js (seconds of WebAssembly set-up) and typing in Chromium (a browser test);
 * both are in the full bench.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUDGETS, judge } from '../../bench/budgets';
import { runColdStart } from '../../bench/cold-start';
import { alexTool, careCoach, writeGoodTool } from '../../bench/competitors';
import { bundleEngine, engineMaker, loadEngine, type MakeEngine } from '../../bench/engine-bundle';
import { runKeystroke } from '../../bench/keystroke';
import { runMemory } from '../../bench/memory';
import { EXTENSION_DIR } from '../../bench/paths';
import { runScaling } from '../../bench/scaling';
import { runSize } from '../../bench/size';
import { runThroughput, type ThroughputResult } from '../../bench/throughput';

const SEED = 20240611;
const limit = (id: string) => BUDGETS.find((b) => b.id === id)!.limit;
const quiet = () => {};

let dir: string;
let engineFile: string;
let makeEngine: MakeEngine;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'care-coach-bench-test-'));
  engineFile = await bundleEngine(dir);
  makeEngine = engineMaker(await loadEngine(engineFile));
}, 60_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('throughput against the other checkers, same texts, same process', () => {
  let t: ThroughputResult;
  const ratio = (id: string) => t.ratios.find((r) => r.against === id)!.wall;

  beforeAll(async () => {
    t = await runThroughput({
      words: 10_000,
      subsetWords: 5_000,
      warmupWords: 20_000,
      warmupMs: 2_000,
      rounds: 3,
      seed: SEED,
      tools: [careCoach(makeEngine), writeGoodTool(), alexTool()],
      fullTools: ['care-coach', 'write-good'],
      makeEngine,
      log: quiet,
    });
  }, 120_000);

  it('measures every tool on the same words, and the corpus is as specified', () => {
    const words = new Set(t.subset.runs.map((r) => r.words));
    expect(words.size).toBe(1);
    expect(t.full.words).toBeGreaterThanOrEqual(10_000);
    // About one sentence in five carries a pressure cue, and the coach finds most of them.
    expect(t.corpus.cueRate).toBeGreaterThan(0.15);
    expect(t.corpus.cueRate).toBeLessThan(0.25);
    expect(t.corpus.flaggedSentenceRate).toBeGreaterThan(0.08);
    expect(t.corpus.distinctSentences / t.corpus.sentences).toBeGreaterThan(0.5);
  });

  // With a warm-up of seconds instead of the full bench's, Care Coach runs at about two thirds of
  // its steady speed (its JIT warm-up is the longest of the three), so the guard sits at 40 % of
  // the 5× budget; the full bench judges the budget itself (4–6× on this shared machine).
  it('is at least 2× as fast as alex (a regression guard; the budget is 5×)', () => {
    expect(ratio('alex')).toBeGreaterThanOrEqual(limit('vs-alex') * 0.4);
  });

  it('is not slower than 0.6× write-good (a regression guard well below the 1.5× budget)', () => {
    expect(ratio('write-good')).toBeGreaterThanOrEqual(0.6);
  });

  // The 1.5× budget itself is judged by the full bench, whose JIT warm-up is long enough for
  // Care Coach to reach its steady speed; there it has measured 1.24–1.69× write-good from run to
  // run on this shared machine (docs/benchmarks.md, README). A run this short can't tell 1.4× from
  // 1.6×, so it only guards against a regression.
});

describe('keystroke latency', () => {
  it('re-analyses a 1,000-word draft within 3× the 2 ms p95 budget', () => {
    const r = runKeystroke(makeEngine, 1_000, 150, SEED);
    expect(r.wall.n).toBe(150);
    expect(r.wall.p95).toBeLessThanOrEqual(limit('keystroke-1k') * 3);
  }, 60_000);

  it('re-analyses a 5,000-word draft within 3× the 4 ms p95 budget', () => {
    const r = runKeystroke(makeEngine, 5_000, 150, SEED);
    expect(r.wall.p95).toBeLessThanOrEqual(limit('keystroke-5k') * 3);
  }, 60_000);
});

describe('cold start', () => {
  let r: ReturnType<typeof runColdStart>;
  beforeAll(() => {
    r = runColdStart(engineFile, dir, 2, SEED);
  }, 60_000);

  it('imports the bundled engine and reports in a fresh process', () => {
    expect(r.emailWords).toBeGreaterThanOrEqual(300);
    expect(r.totalMs.all).toHaveLength(2);
    // Guard against a regression from today's ~0.15–0.3 s (it was 0.6–1 s before the lazy compile).
    expect(r.totalMs.median).toBeLessThan(2_000);
  });

  // Known miss, asserted against the budget itself so it can't pass by luck on a fast machine:
  // 0.15–0.22 s here, with the machine's speed phases. Import ~25–35 ms, reading each pattern's
  // build-time anchor ~30–40 ms, and the first analysis ~95–140 ms: V8 compiling the regexes the
  // email reaches to machine code (the largest part), reading the patterns its words reach, and
  // compromise parsing the patterns it needs.
  it.fails('reaches the first report within the 100 ms budget (a known miss)', () => {
    expect(r.totalMs.median).toBeLessThanOrEqual(limit('cold-start'));
  });
});

describe('scaling', () => {
  it('costs no more per word at 15k words than at 1k, within 2× the linearity budget', () => {
    const r = runScaling(makeEngine, [1_000, 5_000, 15_000], SEED, quiet);
    expect(r.points.map((p) => p.words)[2]).toBeGreaterThanOrEqual(15_000);
    expect(r.spread).toBeLessThanOrEqual(limit('scaling') * 2);
  }, 120_000);
});

describe('memory', () => {
  it('heap growth stays under 20 MB and stops growing: the caches are bounded and keep no old drafts', async () => {
    const m = await runMemory(dir, 8_000, 1_200, SEED);
    expect(judge(BUDGETS.find((b) => b.id === 'heap-corpus')!, m.corpusGrowthMb)).toBe(true);
    expect(judge(BUDGETS.find((b) => b.id === 'heap-edits')!, m.editsGrowthMb)).toBe(true);
    // A second round of edits: before the engine stopped retaining drafts this grew ~15 MB per 10,000.
    expect(m.secondEditsGrowthMb).toBeLessThan(limit('heap-leak') * 2);
  }, 120_000);
});

describe('size of the built extension', () => {
  const built = existsSync(join(EXTENSION_DIR, 'manifest.json'));

  // The 400 KB budget itself is asserted by tests/bench/bundle-size.test.ts (the in-page scripts'
  // owners); here, that the bench reads the build the way the report needs.
  it.skipIf(!built)('measures every content script and page of the build', () => {
    const s = runSize({ build: false, log: quiet, brotli: false });
    expect(s.bundles.filter((b) => b.kind === 'content script').map((b) => b.name)).toContain('gmail');
    expect(s.bundles.some((b) => b.kind === 'page')).toBe(true);
    for (const b of s.bundles) {
      expect(b.raw).toBe(b.files.reduce((sum, f) => sum + f.raw, 0));
      expect(b.gzip).toBeLessThan(b.raw);
    }
    if (s.gmailBreakdown) {
      // The source-map attribution accounts for (nearly) every byte of the script.
      const gmail = s.bundles.find((b) => b.name === 'gmail')!;
      const attributed = s.gmailBreakdown.reduce((sum, x) => sum + x.bytes, 0);
      expect(attributed / gmail.raw).toBeGreaterThan(0.9);
      expect(attributed).toBeLessThanOrEqual(gmail.raw);
    }
  });
});
