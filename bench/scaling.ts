/**
 * Scaling: one analyze() call on texts of 1k, 10k, 100k and 1M words (generated documents run
 * together, cut at a document boundary), caches cleared before each call. Linear cost means the
 * same time per word at every size; a cliff shows as a larger size costing more per word.
 */
import type { MakeEngine } from './engine-bundle';
import { corpusText, generateCorpus } from './corpus-generator';
import { linearFit, median, startClock } from './stats';

export interface ScalingPoint {
  words: number;
  /** Median wall time of `reps` calls. */
  ms: number;
  cpuMs: number;
  reps: number;
  usPerWord: number;
}

export interface ScalingRun {
  points: ScalingPoint[];
  fit: { slope: number; intercept: number; r2: number };
  /**
   * The worst growth in cost per word from a smaller size to a larger one: 1 is linear, above 1
   * superlinear (a cliff shows as a jump). Fixed costs make small texts dearer per word, which
   * is not growth, so only larger-over-smaller counts.
   */
  spread: number;
}

export function runScaling(makeEngine: MakeEngine, sizes: number[], seed: number, log: (l: string) => void): ScalingRun {
  const largest = Math.max(...sizes);
  const docs = generateCorpus(largest, seed + 2);
  const engine = makeEngine();
  // Warm the code first, on other text.
  for (const d of generateCorpus(Math.min(50_000, largest), seed + 3)) engine.analyze(d.text, { kind: d.kind });
  const points: ScalingPoint[] = [];
  for (const size of sizes) {
    const { text, words } = corpusText(docs, size);
    const reps = size <= 1_000 ? 21 : size <= 10_000 ? 7 : size <= 100_000 ? 3 : 1;
    log(`scaling: ${words.toLocaleString('en')} words, ${reps} run${reps > 1 ? 's' : ''}`);
    const wall: number[] = [];
    const cpu: number[] = [];
    for (let i = 0; i < reps; i++) {
      engine.clearCache();
      const stop = startClock();
      engine.analyze(text, { kind: 'email' });
      const c = stop();
      wall.push(c.wallMs);
      cpu.push(c.cpuMs);
    }
    const ms = median(wall);
    points.push({ words, ms, cpuMs: median(cpu), reps, usPerWord: (ms * 1000) / words });
  }
  let spread = 0;
  for (let i = 0; i < points.length; i++) for (let j = 0; j < i; j++) spread = Math.max(spread, points[i].usPerWord / points[j].usPerWord);
  return {
    points,
    fit: linearFit(
      points.map((p) => p.words),
      points.map((p) => p.ms),
    ),
    spread,
  };
}
