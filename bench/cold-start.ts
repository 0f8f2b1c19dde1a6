/**
 * Cold start: a fresh Node process imports the bundled engine and analyses a 300-word email.
 * Timed inside the child from just before the import to the first report, so the rule set's
 * compilation and compromise's lexicon unpacking (the warm-up) are included and Node's own
 * start-up is not. Several children; the median and the slowest are reported.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { generateDraft } from './corpus-generator';
import { median } from './stats';

export interface ColdStartRun {
  runs: number;
  emailWords: number;
  /** Import of the bundle (parse, compile, module evaluation). */
  importMs: { median: number; max: number };
  /** From the end of the import to the first report: rule compilation, lexicon, analysis. */
  firstReportMs: { median: number; max: number };
  totalMs: { median: number; max: number; all: number[] };
}

const CHILD = `
import { readFileSync } from 'node:fs';
const text = readFileSync(process.argv[3], 'utf8');
const t0 = performance.now();
const engine = await import(process.argv[2]);
const t1 = performance.now();
const report = engine.analyze(text, { kind: 'email' });
const t2 = performance.now();
process.stdout.write(JSON.stringify({ importMs: t1 - t0, firstReportMs: t2 - t1, findings: report.findings.length }));
`;

export function runColdStart(bundleFile: string, dir: string, runs: number, seed: number): ColdStartRun {
  const email = generateDraft(300, seed);
  const textFile = join(dir, 'email-300.txt');
  const childFile = join(dir, 'cold-start-child.mjs');
  writeFileSync(textFile, email.text);
  writeFileSync(childFile, CHILD);
  const samples: Array<{ importMs: number; firstReportMs: number }> = [];
  for (let i = 0; i < runs; i++) {
    const r = spawnSync(process.execPath, [childFile, pathToFileURL(bundleFile).href, textFile], { encoding: 'utf8', timeout: 60_000 });
    if (r.status !== 0) throw new Error(`cold-start child failed (exit ${r.status}): ${(r.stderr || r.error?.message || '').split('\n')[0]}`);
    samples.push(JSON.parse(r.stdout) as { importMs: number; firstReportMs: number });
  }
  const pick = (f: (s: (typeof samples)[number]) => number) => ({ median: median(samples.map(f)), max: Math.max(...samples.map(f)) });
  const totals = samples.map((s) => s.importMs + s.firstReportMs);
  return {
    runs,
    emailWords: email.words,
    importMs: pick((s) => s.importMs),
    firstReportMs: pick((s) => s.firstReportMs),
    totalMs: { median: median(totals), max: Math.max(...totals), all: totals },
  };
}
