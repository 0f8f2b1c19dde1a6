/**
 * Turns a bench result into docs/benchmarks.md (tables, machine described, budgets judged) and
 * docs/benchmarks.json (everything measured). Every user-visible string of the report is here.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkBudgets } from './budgets';
import type { BenchResult } from './run';

const n0 = (x: number) => Math.round(x).toLocaleString('en');
const n1 = (x: number) => x.toLocaleString('en', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const n2 = (x: number) => x.toLocaleString('en', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const kb = (bytes: number) => (Number.isFinite(bytes) ? n1(bytes / 1024) : '–');
const pct = (x: number) => `${n1(x * 100)} %`;

function table(head: string[], rows: Array<Array<string | number>>): string {
  const line = (cells: Array<string | number>) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

function verdictText(pass: boolean | null): string {
  return pass === null ? 'not measured' : pass ? '✅ met' : '❌ missed';
}

function budgets(r: BenchResult): string {
  const rows = checkBudgets(r).map((v) => {
    const limit = `${v.budget.kind === 'min' ? '≥' : v.budget.limit === 0 ? '' : '≤'} ${v.budget.limit}${v.budget.unit ? ` ${v.budget.unit}` : ''}`.trim();
    const value = v.value === null ? '–' : `${v.budget.unit === '' ? n0(v.value) : n2(v.value)}${v.budget.unit ? ` ${v.budget.unit}` : ''}`;
    return [v.budget.label, v.budget.id === 'long-tasks' ? 'none' : limit, value, verdictText(v.pass)];
  });
  return table(['Budget', 'Limit', 'Measured', 'Verdict'], rows);
}

function machine(r: BenchResult): string {
  const m = r.machine;
  const shared = m.loadStart > m.cores || (m.loadEnd ?? 0) > m.cores;
  return [
    `- CPU: ${m.cpu}, ${m.cores} cores; memory ${m.memoryGb} GB (${m.freeMemoryGb} GB free at start)`,
    `- OS: ${m.os}; Node ${m.node} (V8 ${m.v8}); ${m.chromium ?? 'Chromium not found'}`,
    `- Load average (1 min): ${m.loadStart} at start, ${m.loadEnd ?? '?'} at the end${shared ? ` — more than the ${m.cores} cores: the machine was shared with other jobs, so wall-clock times are inflated and noisy; CPU-time columns show our own work` : ''}`,
    `- Run: ${r.mode} bench, started ${r.startedAt}, took ${n1(r.durationMs / 60000)} min; seed ${r.config.seed}`,
  ].join('\n');
}

function throughput(r: BenchResult): string {
  const t = r.throughput;
  if (!t) return missing(r, 'throughput');
  const c = t.corpus;
  const cc = (runs: typeof t.subset.runs) => runs.find((x) => x.id === 'care-coach');
  const rows = (runs: typeof t.subset.runs) =>
    runs.map((x) => {
      const us = cc(runs);
      return [x.name, x.version, n0(x.words), n2(x.wallMs / 1000), n0(x.wordsPerSecond), n0(x.cpuWordsPerSecond), n0(x.findings), x.id === 'care-coach' || !us ? '–' : `${n2(us.wordsPerSecond / x.wordsPerSecond)}×`];
    });
  const head = ['Tool', 'Version', 'Words', 'Wall s', 'Words/s', 'Words/s (CPU)', 'Findings', 'Care Coach is'];
  return [
    `Corpus: ${n0(c.docs)} generated documents (${n0(c.emails)} sales emails, ${n0(c.notes)} call notes), **${n0(c.words)} words**, ${n0(c.sentences)} sentences of which ${n0(c.distinctSentences)} distinct. ${pct(c.cueRate)} of the written sentences carry a pressure cue (seven categories, many wordings); Care Coach flags ${pct(c.flaggedSentenceRate)} of sentences. Generated deterministically by \`bench/corpus-generator.ts\` (seed ${c.seed}): templates × vocabulary, no two runs differ.`,
    '',
    `Care Coach's caches are cleared before each document, so a sentence met in an earlier document is analysed again: these are analysis speeds, not cache hits. Every tool first analysed separate warm-up documents for the same ${n1(r.config.throughput.warmupMs / 1000)} s (untimed; the words each got through are listed below), and runs were interleaved in rounds so load bursts hit all tools alike.`,
    '',
    `**All four tools on the same ${n0(t.subset.words)} words** (${n0(t.subset.docs)} documents, ${t.subset.every > 1 ? `every ${t.subset.every}th of the corpus: the slower tools read this deterministic subset only` : 'the whole corpus'}):`,
    '',
    table(head, rows(t.subset.runs)),
    '',
    `**The whole corpus, ${n0(t.full.words)} words**, for the two fast tools:`,
    '',
    table(head, rows(t.full.runs)),
    '',
    'Ratios judged against the budgets (wall clock; CPU time in brackets): ' +
      t.ratios.map((x) => `${n2(x.wall)}× ${x.name} (${n2(x.cpu)}×, ${x.on === 'full' ? 'whole corpus' : 'same subset'})`).join('; ') +
      '.',
    '',
    'How each tool was called:',
    '',
    ...t.subset.runs.map((x) => `- ${x.name} ${x.version}: \`${x.how}\` (setup ${n0(x.setupMs)} ms; warmed up on ${n0(x.warmupWords ?? 0)} words)`),
  ].join('\n');
}

function keystroke(r: BenchResult): string {
  const k = r.keystroke;
  if (!k) return missing(r, 'keystroke');
  return [
    'A draft is analysed once, then edited one character at a time at seeded random positions (a letter, space or punctuation typed, or one deleted) and re-analysed in full after every edit, caches warm, exactly as the content script does.',
    '',
    table(
      ['Draft', 'Edits', 'First analysis ms', 'p50 ms', 'p95 ms', 'max ms', 'CPU p50 ms', 'CPU p95 ms', 'CPU max ms'],
      k.map((x) => [`${n0(x.words)} words`, x.edits, n2(x.firstMs), n2(x.wall.p50), n2(x.wall.p95), n2(x.wall.max), n2(x.cpu.p50), n2(x.cpu.p95), n2(x.cpu.max)]),
    ),
  ].join('\n');
}

function coldStart(r: BenchResult): string {
  const c = r.coldStart;
  if (!c) return missing(r, 'cold-start');
  return [
    `${c.runs} fresh Node processes each import the bundled engine (one minified file, as the content script gets it) and analyse a ${c.emailWords}-word email; timed inside the child from just before the import to the first report, so compiling the rule set and warming up the tokenizer are included and Node's own start-up is not. The extension does this in the page's idle time before the rep types (\`sites/idle-warm-up.ts\`), and parses the rest of the patterns there too.`,
    '',
    table(
      ['Measure', 'Median ms', 'Slowest ms'],
      [
        ['Import (parse, compile, evaluate the bundle)', n1(c.importMs.median), n1(c.importMs.max)],
        ['Rule compilation (each pattern\'s prefilter anchor, from the token its build-time code names)', n1(c.compileMs.median), n1(c.compileMs.max)],
        ['First analysis (tokenizer warm-up, regexes compiled on first use, the prefilter reading the patterns this email\'s words reach, compromise parsing the ones it needs)', n1(c.firstAnalysisMs.median), n1(c.firstAnalysisMs.max)],
        ['**Total: import → first report**', `**${n1(c.totalMs.median)}**`, n1(c.totalMs.max)],
        ['For contrast: the next analysis, warm', n2(c.secondAnalysisMs.median), n2(c.secondAnalysisMs.max)],
      ],
    ),
  ].join('\n');
}

function scaling(r: BenchResult): string {
  const s = r.scaling;
  if (!s) return missing(r, 'scaling');
  return [
    'One `analyze()` call per size on generated documents run together, caches cleared first (median of several calls for the small sizes).',
    '',
    table(
      ['Words', 'Runs', 'Wall ms', 'CPU ms', 'µs per word'],
      s.points.map((p) => [n0(p.words), p.reps, n1(p.ms), n1(p.cpuMs), n2(p.usPerWord)]),
    ),
    '',
    `Least-squares fit: ${n2(s.fit.slope * 1000)} µs per word + ${n1(s.fit.intercept)} ms, R² = ${s.fit.r2.toFixed(4)}. Worst growth in cost per word from a smaller size to a larger one: ${n2(s.spread)}× (1 = linear; small texts cost more per word from fixed overheads, which is not growth).`,
  ].join('\n');
}

function size(r: BenchResult): string {
  const s = r.size;
  if (!s) return missing(r, 'size');
  const lines = [
    `From \`${s.dir}\`, built ${s.builtAt}${s.built ? ' by this run' : ''}.${s.staleSources ? ` ${s.staleSources} source files changed after that build (other work in progress), so these sizes may lag the sources slightly.` : ''} Pages count everything they load up front: the HTML, its script and the chunks that script imports statically, and its stylesheets. Total package ${kb(s.packageRaw)} KB without source maps.`,
    '',
    table(
      ['Bundle', 'Kind', 'Raw KB', 'gzip KB', 'brotli KB', 'Files'],
      s.bundles.map((b) => [b.name, b.kind, kb(b.raw), kb(b.gzip), kb(b.brotli), b.files.map((f) => `\`${f.file}\``).join(', ')]),
    ),
  ];
  const breakdown = (title: string, sources: Array<{ source: string; bytes: number }>) => {
    const totalBytes = sources.reduce((a, x) => a + x.bytes, 0);
    lines.push('', title, '', table(['Source', 'KB', 'Share'], sources.slice(0, 14).map((x) => [x.source, kb(x.bytes), pct(x.bytes / totalBytes)])));
  };
  if (s.gmailBreakdown) breakdown("Where the Gmail content script's bytes come from (its source map):", s.gmailBreakdown);
  for (const x of s.injectedBreakdowns ?? []) breakdown(`The same for the injected \`${x.name}\` script:`, x.sources);
  return lines.join('\n');
}

function memory(r: BenchResult): string {
  const m = r.memory;
  if (!m) return missing(r, 'memory');
  return [
    `In a separate \`node --expose-gc\` process, heap used after full garbage collections. The engine's paragraph and sentence caches are bounded LRUs (4,000 and 8,000 entries), so growth levels off once they are full.`,
    '',
    table(
      ['Measure', 'MB'],
      [
        ['Engine loaded, one draft analysed (heap in use)', n1(m.loadedMb)],
        ['… of which the engine and its compiled rules', n1(m.engineMb)],
        [`Growth after analysing the whole corpus (${n0(m.words)} words)`, n1(m.corpusGrowthMb)],
        [`Growth after ${n0(m.edits)} edits of a 1,000-word draft`, n1(m.editsGrowthMb)],
        [`Growth during ${n0(m.edits)} more edits (a leak would show here)`, n1(m.secondEditsGrowthMb)],
        ['Left over the loaded engine once the caches are cleared', n1(m.afterClearMb)],
      ],
    ),
  ].join('\n');
}

function browser(r: BenchResult): string {
  const b = r.browser;
  if (!b) return missing(r, 'browser');
  return [
    `Chromium (${r.machine.chromium ?? b.chromium}) with the built extension; the Gmail compose fixture \`tests/fixtures/gmail/compose.html\` (its body replaced by the draft) served at mail.google.com with Gmail's CSP, holding a ${n0(b.draftWords)}-word draft; ${b.typed} characters typed at its end, a key every ${b.keyDelayMs} ms with a short pause after some words (so the debounced analysis runs while typing). Took ${n1(b.durationMs / 1000)} s.`,
    '',
    table(
      ['Measure', 'Value'],
      [
        ['Long tasks over 50 ms while typing', b.longTasks.length ? `${b.longTasks.length} (${b.longTasks.map((x) => n0(x)).join(', ')} ms)` : '**none**'],
        ["…of which tasks with the extension's script in them (trace)", b.extensionLongTasks?.length ? `${b.extensionLongTasks.length} (${b.extensionLongTasks.map((x) => n0(x)).join(', ')} ms)` : 'none'],
        ["Longest task with the extension's script in it", `${n1(b.maxExtensionTaskMs)} ms`],
        ['Longest main-thread task of any kind', `${n1(b.maxTaskMs)} ms`],
        ["Extension's scripting time per keystroke (trace)", `${n2(b.extensionScriptMsPerKey)} ms`],
        ['All script in the tab per keystroke (CDP ScriptDuration)', `${n2(b.tabScriptMsPerKey)} ms`],
        ['Analyses while typing', String(b.analyses)],
        ['Analysis time (snapshot + engine), p50 / p95 / max', b.analysisMs ? `${n2(b.analysisMs.p50)} / ${n2(b.analysisMs.p95)} / ${n2(b.analysisMs.max)} ms` : '–'],
        ['Findings before → after typing', `${b.findingsBefore} → ${b.findingsAfter}`],
      ],
    ),
  ].join('\n');
}

function missing(r: BenchResult, part: string): string {
  const e = r.errors.find((x) => x.part === part);
  if (e) return `**Failed:** ${e.message}`;
  const s = r.skipped.find((x) => x.part === part);
  return `_Not run${s ? `: ${s.reason}` : ''}._`;
}

export function renderMarkdown(r: BenchResult): string {
  return [
    '# Care Coach benchmarks',
    '',
    `> Written by \`npm run bench\`${r.mode === 'quick' ? ' --quick (reduced sizes)' : ''} on ${r.startedAt.slice(0, 10)}; every number is in [benchmarks.json](benchmarks.json). Regenerate rather than edit. The normal test suite checks the same budgets on a reduced run (\`tests/bench/budgets.test.ts\`).`,
    '',
    '## Budgets',
    '',
    budgets(r),
    '',
    '## Machine',
    '',
    machine(r),
    '',
    '## 1. Throughput',
    '',
    throughput(r),
    '',
    '## 2. Keystroke latency',
    '',
    keystroke(r),
    '',
    '## 3. Cold start',
    '',
    coldStart(r),
    '',
    '## 4. Scaling',
    '',
    scaling(r),
    '',
    '## 5. Size',
    '',
    size(r),
    '',
    '## 6. Memory',
    '',
    memory(r),
    '',
    '## 7. In the browser: typing in Gmail',
    '',
    browser(r),
    '',
    '## Running it',
    '',
    '- `npm run bench` runs everything at full size (5–10 minutes on 2 shared cores) and rewrites this file and `benchmarks.json`.',
    '- `npm run bench -- --quick` runs reduced sizes and prints the report without touching `docs/` (add `--out DIR` to write it somewhere).',
    '- `--only throughput,keystroke` runs some parts; `--build` rebuilds the extension first (otherwise `.output/chrome-mv3` is used as it is, and built only if missing).',
    '',
  ].join('\n');
}

export function writeReport(r: BenchResult, dir: string): { md: string; json: string } {
  mkdirSync(dir, { recursive: true });
  const md = join(dir, 'benchmarks.md');
  const json = join(dir, 'benchmarks.json');
  writeFileSync(md, renderMarkdown(r));
  writeFileSync(json, JSON.stringify(r, null, 2) + '\n');
  return { md, json };
}
