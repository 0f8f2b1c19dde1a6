/**
 * Throughput: words per second of Care Coach against write-good, alex and harper.js, in this
 * process, on the same generated documents.
 *
 * - Every tool first analyses separate warm-up documents for the same time (untimed), so each
 *   is measured with its code optimised by the JIT, not while it compiles. The same time, not
 *   the same words: Care Coach keeps speeding up for a few hundred thousand words, while
 *   harper.js reads a tenth as many in that time.
 * - Runs are interleaved: the documents are dealt into rounds and each round runs every tool in
 *   turn (rotating who goes first), so a burst of load on a shared machine hits all tools alike.
 * - Care Coach and write-good (both fast) read the whole corpus. alex and harper.js take minutes
 *   per 100k words, so all four also read the same deterministic subset (every k-th document);
 *   their ratios come from that subset, where every tool saw exactly the same texts.
 */
import { splitParagraphs, splitSentences } from '../analyzers/text-split';
import type { Tool } from './competitors';
import type { MakeEngine } from './engine-bundle';
import { generateCorpus, type BenchDoc } from './corpus-generator';
import { startClock } from './stats';

export interface ToolRun {
  id: Tool['id'];
  name: string;
  version: string;
  how: string;
  docs: number;
  words: number;
  wallMs: number;
  cpuMs: number;
  /** Words per second, wall clock. */
  wordsPerSecond: number;
  /** Words per second of this process's CPU time (less sensitive to other jobs on the machine). */
  cpuWordsPerSecond: number;
  findings: number;
  setupMs: number;
  /** Words analysed to warm up before measuring. */
  warmupWords: number;
}

export interface CorpusStats {
  seed: number;
  docs: number;
  emails: number;
  notes: number;
  words: number;
  sentences: number;
  distinctSentences: number;
  /** Sentences written from a pressure-cue template, over all template sentences. */
  cueRate: number;
  /** Share of sentences (engine's splitter, subset) in which Care Coach reported a finding. */
  flaggedSentenceRate: number;
}

export interface ThroughputResult {
  corpus: CorpusStats;
  /** All tools on the same subset. */
  subset: { every: number; docs: number; words: number; runs: ToolRun[] };
  /** The fast tools on the whole corpus. */
  full: { docs: number; words: number; runs: ToolRun[] };
  /** Care Coach's words/s over each tool's (wall clock; cpu in brackets), on the texts both read. */
  ratios: Array<{ against: Tool['id']; name: string; on: 'full' | 'subset'; wall: number; cpu: number }>;
}

export interface ThroughputOptions {
  words: number;
  subsetWords: number;
  /** Warm-up documents available (words), and how long each tool warms up on them. */
  warmupWords: number;
  warmupMs: number;
  rounds: number;
  seed: number;
  tools: Tool[];
  /** Tools that also read the whole corpus. */
  fullTools: Array<Tool['id']>;
  makeEngine: MakeEngine;
  log(line: string): void;
}

async function measure(tools: Tool[], docs: BenchDoc[], rounds: number): Promise<Map<Tool['id'], ToolRun>> {
  const runs = new Map<Tool['id'], ToolRun>();
  for (const t of tools) runs.set(t.id, { id: t.id, name: t.name, version: t.version, how: t.how, docs: 0, words: 0, wallMs: 0, cpuMs: 0, wordsPerSecond: 0, cpuWordsPerSecond: 0, findings: 0, setupMs: 0, warmupWords: 0 });
  for (let r = 0; r < rounds; r++) {
    const chunk = docs.filter((_, i) => i % rounds === r);
    for (let k = 0; k < tools.length; k++) {
      const tool = tools[(r + k) % tools.length];
      const run = runs.get(tool.id)!;
      const stop = startClock();
      let findings = 0;
      for (const d of chunk) findings += await tool.run(d.text, d.kind);
      const c = stop();
      run.wallMs += c.wallMs;
      run.cpuMs += c.cpuMs;
      run.findings += findings;
      run.docs += chunk.length;
      run.words += chunk.reduce((s, d) => s + d.words, 0);
    }
  }
  for (const run of runs.values()) {
    run.wordsPerSecond = run.words / (run.wallMs / 1000);
    run.cpuWordsPerSecond = run.words / (run.cpuMs / 1000);
  }
  return runs;
}

/** Runs a tool on warm-up documents for `ms` of wall time (or until they run out); returns the words used. */
async function warmUp(tool: Tool, docs: BenchDoc[], ms: number): Promise<number> {
  const started = performance.now();
  let words = 0;
  for (const d of docs) {
    if (performance.now() - started >= ms) break;
    await tool.run(d.text, d.kind);
    words += d.words;
  }
  return words;
}

function corpusStats(makeEngine: MakeEngine, docs: BenchDoc[], subset: BenchDoc[], seed: number): CorpusStats {
  const distinct = new Set<string>();
  let sentences = 0;
  for (const d of docs) {
    for (const p of splitParagraphs(d.text)) {
      const para = d.text.slice(p.start, p.end);
      for (const s of splitSentences(para)) {
        sentences++;
        distinct.add(para.slice(s.start, s.end));
      }
    }
  }
  // Which sentences Care Coach flags, on the subset (untimed, a separate engine).
  const engine = makeEngine();
  let subsetSentences = 0;
  let flagged = 0;
  for (const d of subset) {
    engine.clearCache();
    const findings = engine.analyze(d.text, { kind: d.kind }).findings;
    for (const p of splitParagraphs(d.text)) {
      for (const s of splitSentences(d.text.slice(p.start, p.end))) {
        subsetSentences++;
        const a = p.start + s.start;
        const b = p.start + s.end;
        if (findings.some((f) => f.start >= a && f.start < b)) flagged++;
      }
    }
  }
  const templated = docs.reduce((s, d) => s + d.sentences, 0);
  return {
    seed,
    docs: docs.length,
    emails: docs.filter((d) => d.kind === 'email').length,
    notes: docs.filter((d) => d.kind === 'note').length,
    words: docs.reduce((s, d) => s + d.words, 0),
    sentences,
    distinctSentences: distinct.size,
    cueRate: docs.reduce((s, d) => s + d.cues, 0) / (templated || 1),
    flaggedSentenceRate: flagged / (subsetSentences || 1),
  };
}

export async function runThroughput(o: ThroughputOptions): Promise<ThroughputResult> {
  o.log(`throughput: generating ${o.words.toLocaleString('en')} words of emails and call notes (seed ${o.seed})`);
  const docs = generateCorpus(o.words, o.seed);
  const total = docs.reduce((s, d) => s + d.words, 0);
  const every = Math.max(1, Math.round(total / o.subsetWords));
  const subset = docs.filter((_, i) => i % every === 0);
  const warmup = generateCorpus(o.warmupWords, o.seed + 1);

  const setupMs = new Map<Tool['id'], number>();
  const warmed = new Map<Tool['id'], number>();
  for (const t of o.tools) {
    o.log(`throughput: setting up ${t.name} and warming it up`);
    const stop = startClock();
    await t.setup();
    setupMs.set(t.id, stop().wallMs);
    warmed.set(t.id, await warmUp(t, warmup, o.warmupMs));
  }

  const subsetWords = subset.reduce((s, d) => s + d.words, 0);
  o.log(`throughput: all tools on the same ${subset.length} documents (${subsetWords.toLocaleString('en')} words, every ${every}th)`);
  const sub = await measure(o.tools, subset, o.rounds);
  const fullTools = o.tools.filter((t) => o.fullTools.includes(t.id));
  o.log(`throughput: ${fullTools.map((t) => t.name).join(' and ')} on the whole corpus (${docs.length} documents, ${total.toLocaleString('en')} words)`);
  const full = await measure(fullTools, docs, Math.max(o.rounds, 20));
  for (const m of [sub, full]) {
    for (const r of m.values()) {
      r.setupMs = setupMs.get(r.id) ?? 0;
      r.warmupWords = warmed.get(r.id) ?? 0;
    }
  }

  o.log('throughput: corpus statistics');
  const corpus = corpusStats(o.makeEngine, docs, subset, o.seed);

  const ratios: ThroughputResult['ratios'] = [];
  for (const t of o.tools) {
    if (t.id === 'care-coach') continue;
    const on = full.has(t.id) && full.has('care-coach') ? 'full' : 'subset';
    const m = on === 'full' ? full : sub;
    const cc = m.get('care-coach');
    const other = m.get(t.id);
    if (!cc || !other) continue;
    ratios.push({ against: t.id, name: t.name, on, wall: cc.wordsPerSecond / other.wordsPerSecond, cpu: cc.cpuWordsPerSecond / other.cpuWordsPerSecond });
  }
  return {
    corpus,
    subset: { every, docs: subset.length, words: subsetWords, runs: [...sub.values()] },
    full: { docs: docs.length, words: total, runs: [...full.values()] },
    ratios,
  };
}
