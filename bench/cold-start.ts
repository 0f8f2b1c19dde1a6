/**
 * Cold start: a fresh Node process imports the bundled engine and analyses a 300-word email.
 * Timed inside the child from just before the import to the first report, so the rule set's
 * compilation and compromise's lexicon unpacking (the warm-up) are included and Node's own
 * start-up is not. Several children; the median and the slowest are reported, split into
 * import, rule compilation and first analysis.
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
  /** Compiling the built-in rules (each pattern's prefilter anchor; the rest is read, and compromise parses a pattern, on first use). */
  compileMs: { median: number; max: number };
  /** The first analysis: tokenizer warm-up, regexes compiled on first use, the patterns it needs parsed, the analysis itself. */
  firstAnalysisMs: { median: number; max: number };
  /** A second analysis of the same email with one word added: the warm cost, for contrast. */
  secondAnalysisMs: { median: number; max: number };
  totalMs: { median: number; max: number; all: number[] };
}

// The same work as the first analyze() of the content script (defaultEngine compiles on first
// use), split so the report can say where the time goes.
const CHILD = `
import { readFileSync } from 'node:fs';
const text = readFileSync(process.argv[3], 'utf8');
const t0 = performance.now();
const m = await import(process.argv[2]);
const t1 = performance.now();
const engine = m.createEngine(m.BUILT_IN_RULES);
const t2 = performance.now();
const report = engine.analyze(text, { kind: 'email' });
const t3 = performance.now();
engine.analyze(text + ' Thanks again.', { kind: 'email' });
const t4 = performance.now();
process.stdout.write(JSON.stringify({ importMs: t1 - t0, compileMs: t2 - t1, firstAnalysisMs: t3 - t2, secondAnalysisMs: t4 - t3, findings: report.findings.length }));
`;

interface Sample {
  importMs: number;
  compileMs: number;
  firstAnalysisMs: number;
  secondAnalysisMs: number;
}

export function runColdStart(bundleFile: string, dir: string, runs: number, seed: number): ColdStartRun {
  const email = generateDraft(300, seed);
  const textFile = join(dir, 'email-300.txt');
  const childFile = join(dir, 'cold-start-child.mjs');
  writeFileSync(textFile, email.text);
  writeFileSync(childFile, CHILD);
  const samples: Sample[] = [];
  for (let i = 0; i < runs; i++) {
    const r = spawnSync(process.execPath, [childFile, pathToFileURL(bundleFile).href, textFile], { encoding: 'utf8', timeout: 60_000 });
    if (r.status !== 0) throw new Error(`cold-start child failed (exit ${r.status}): ${(r.stderr || r.error?.message || '').split('\n')[0]}`);
    samples.push(JSON.parse(r.stdout) as Sample);
  }
  const pick = (f: (s: Sample) => number) => ({ median: median(samples.map(f)), max: Math.max(...samples.map(f)) });
  const totals = samples.map((s) => s.importMs + s.compileMs + s.firstAnalysisMs);
  return {
    runs,
    emailWords: email.words,
    importMs: pick((s) => s.importMs),
    compileMs: pick((s) => s.compileMs),
    firstAnalysisMs: pick((s) => s.firstAnalysisMs),
    secondAnalysisMs: pick((s) => s.secondAnalysisMs),
    totalMs: { median: median(totals), max: Math.max(...totals), all: totals },
  };
}
