/**
 * The performance budgets (from the issue) and how a bench result is judged against them. The
 * normal test suite (tests/bench/budgets.test.ts) checks the same budgets on a reduced run, with
 * margins wide enough for a noisy machine.
 */
import type { BenchResult } from './run';

export interface Budget {
  id: string;
  label: string;
  /** 'min': the value must reach the limit; 'max': it must stay under it. */
  kind: 'min' | 'max';
  limit: number;
  unit: string;
  value(r: BenchResult): number | null;
}

export const BUDGETS: Budget[] = [
  { id: 'vs-write-good', label: 'Throughput vs write-good', kind: 'min', limit: 1.5, unit: '×', value: (r) => ratio(r, 'write-good') },
  { id: 'vs-alex', label: 'Throughput vs alex', kind: 'min', limit: 5, unit: '×', value: (r) => ratio(r, 'alex') },
  { id: 'vs-harper', label: 'Throughput vs harper.js', kind: 'min', limit: 5, unit: '×', value: (r) => ratio(r, 'harper') },
  { id: 'keystroke-1k', label: 'Keystroke p95, 1,000 words', kind: 'max', limit: 2, unit: 'ms', value: (r) => keystroke(r, 0) },
  { id: 'keystroke-5k', label: 'Keystroke p95, 5,000 words', kind: 'max', limit: 4, unit: 'ms', value: (r) => keystroke(r, 1) },
  { id: 'cold-start', label: 'Cold start (import → first report, median)', kind: 'max', limit: 100, unit: 'ms', value: (r) => r.coldStart?.totalMs.median ?? null },
  { id: 'gmail-size', label: 'Gmail content script, raw', kind: 'max', limit: 400, unit: 'KB', value: (r) => gmailKb(r) },
  { id: 'heap-corpus', label: 'Heap growth, whole corpus', kind: 'max', limit: 20, unit: 'MB', value: (r) => r.memory?.corpusGrowthMb ?? null },
  { id: 'heap-edits', label: 'Heap growth, edits (10,000 in a full run)', kind: 'max', limit: 20, unit: 'MB', value: (r) => r.memory?.editsGrowthMb ?? null },
  // "Stable after garbage collection": a second round of edits must not keep growing the heap.
  { id: 'heap-leak', label: 'Heap growth, as many edits again (leak)', kind: 'max', limit: 2, unit: 'MB', value: (r) => r.memory?.secondEditsGrowthMb ?? null },
  { id: 'scaling', label: 'Scaling to 1M words (worst µs/word growth)', kind: 'max', limit: 2, unit: '×', value: (r) => r.scaling?.spread ?? null },
  { id: 'long-tasks', label: 'Long tasks (>50 ms) while typing', kind: 'max', limit: 0, unit: '', value: (r) => r.browser?.longTasks.length ?? null },
];

function ratio(r: BenchResult, against: string): number | null {
  return r.throughput?.ratios.find((x) => x.against === against)?.wall ?? null;
}

function keystroke(r: BenchResult, i: number): number | null {
  return r.keystroke?.[i]?.wall.p95 ?? null;
}

function gmailKb(r: BenchResult): number | null {
  const b = r.size?.bundles.find((x) => x.kind === 'content script' && x.name === 'gmail');
  return b ? b.raw / 1024 : null;
}

export interface Verdict {
  budget: Budget;
  value: number | null;
  pass: boolean | null;
}

export function judge(b: Budget, value: number | null): boolean | null {
  if (value === null || !Number.isFinite(value)) return null;
  return b.kind === 'min' ? value >= b.limit : value <= b.limit;
}

export function checkBudgets(r: BenchResult): Verdict[] {
  return BUDGETS.map((budget) => {
    const value = budget.value(r);
    return { budget, value, pass: judge(budget, value) };
  });
}
