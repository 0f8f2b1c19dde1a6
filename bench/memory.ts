/**
 * Memory: heap growth of the engine after analysing the whole corpus and after 10,000 edits,
 * each after garbage collection, in a separate `node --expose-gc` process so nothing else the
 * bench allocated is counted. The engine's caches are bounded LRUs, so growth must level off:
 * a second round of 10,000 edits must not grow the heap further (no leak).
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { bundle } from './engine-bundle';

export interface MemoryRun {
  words: number;
  edits: number;
  /** Heap (MB, after GC) with the engine loaded and one draft analysed. */
  loadedMb: number;
  engineMb: number;
  corpusGrowthMb: number;
  editsGrowthMb: number;
  /** Growth during a second round of the same number of edits: a leak would show here. */
  secondEditsGrowthMb: number;
  /** Heap left once the caches are cleared, over the loaded engine. */
  afterClearMb: number;
}

export async function runMemory(dir: string, words: number, edits: number, seed: number): Promise<MemoryRun> {
  const child = await bundle('bench/memory-child.ts', join(dir, 'memory-child.mjs'));
  const r = spawnSync(process.execPath, ['--expose-gc', child, String(words), String(edits), String(seed)], { encoding: 'utf8', timeout: 30 * 60_000, maxBuffer: 1 << 20 });
  if (r.status !== 0) throw new Error(`memory child failed (exit ${r.status}): ${(r.stderr || r.error?.message || '').trim().split('\n').pop()}`);
  const m = JSON.parse(r.stdout) as Record<string, number>;
  return {
    words: m.words,
    edits,
    loadedMb: m.loaded,
    engineMb: m.loaded - m.before,
    corpusGrowthMb: m.afterCorpus - m.loaded,
    editsGrowthMb: m.afterEdits - m.loaded,
    secondEditsGrowthMb: m.afterMoreEdits - m.afterEdits,
    afterClearMb: m.afterClear - m.loaded,
  };
}
