import type { AnalyzeOptions, Finding, Report } from './types';
import { compileRules, type CompiledRuleSet, type LoadedRule } from './compile';
import { matchSentence, type Hit } from './match-sentence';
import { splitParagraphs, splitSentences } from './text-split';
import { addCounts, countParagraph, emptyCounts, toMetrics, type MetricCounts } from './metrics';
import { chooseQuestions, coveredQuestions, findingsByParagraph, paragraphSignals, type PlacedSignals, type QuestionSignals } from './questions';
import { careScore } from './score';
import { shapesOf } from './sentence-shape';
import { resolveOptions, severityShown, type ResolvedOptions } from './options';
import { customPhraseFindings } from './custom-phrases';

/** Everything the engine learns from one paragraph; cached by the paragraph's text. */
interface ParagraphResult {
  hits: Hit[];
  counts: MetricCounts;
  signals: QuestionSignals;
}

/** A small LRU: Map keeps insertion order, so re-setting a key marks it recent. */
class Lru<V> {
  private map = new Map<string, { key: string; value: V; tick: number }>();
  /** Counts insertions: an entry's age is how many came after it, i.e. how far it is from eviction. */
  private tick = 0;
  constructor(private readonly max: number) {}
  get(key: string): V | undefined {
    const e = this.map.get(key);
    if (e === undefined) return undefined;
    // Moving an entry to the recent end costs a delete and a set per paragraph per keystroke;
    // one in the newer half of the cache is far from eviction, so only older ones move. It moves
    // under its stored key: the caller's is a fresh slice of the whole draft, and keeping it kept
    // every version of the draft alive (~50 MB after 10,000 edits; bench/memory.ts).
    if (this.tick - e.tick > this.max / 2) {
      this.map.delete(key);
      e.tick = ++this.tick;
      this.map.set(e.key, e);
    }
    return e.value;
  }
  set(key: string, value: V): void {
    this.map.set(key, { key, value, tick: ++this.tick });
    if (this.map.size > this.max) this.map.delete(this.map.keys().next().value as string);
  }
  clear(): void {
    this.map.clear();
  }
  get size(): number {
    return this.map.size;
  }
}

/**
 * A copy of a string that does not keep alive the text it was sliced from. V8 slices share their
 * parent's memory, so every cached paragraph, sentence and cue topic held a whole version of the
 * draft: ~70 MB after 10,000 edits of a 1,000-word draft, still growing (bench/memory.ts).
 * Flattening a one-character concatenation makes a fresh string; only cache misses pay for it.
 */
function detach(s: string): string {
  return (' ' + s).slice(1);
}

export interface Engine {
  analyze(text: string, options?: AnalyzeOptions): Report;
  readonly ruleSet: CompiledRuleSet;
  clearCache(): void;
  /**
   * Reads and parses, within about `budgetMs`, the patterns no sentence has needed yet, so a
   * later keystroke never pays for one. The engine starts without them (compile.ts); pages call this
   * in idle time. Returns true once every pattern is ready.
   */
  prepare(budgetMs?: number): boolean;
}

export function createEngine(rules: LoadedRule[]): Engine {
  const ruleSet = compileRules(rules);
  const paragraphCache = new Lru<ParagraphResult>(4000);
  const sentenceCache = new Lru<Hit[]>(8000);

  function sentenceHits(sentence: string): Hit[] {
    let hits = sentenceCache.get(sentence);
    if (!hits) {
      hits = matchSentence(ruleSet, sentence);
      sentenceCache.set(detach(sentence), hits);
    }
    return hits;
  }

  function paragraph(text: string): ParagraphResult {
    const cached = paragraphCache.get(text);
    if (cached) return cached;
    // Sliced from a private copy from here on, so no cached string (key, sentence, a cue's
    // topic) keeps the whole draft alive.
    const para = detach(text);
    const sentences = splitSentences(para);
    const hits: Hit[] = [];
    for (const s of sentences) {
      for (const h of sentenceHits(para.slice(s.start, s.end))) hits.push({ pattern: h.pattern, start: h.start + s.start, end: h.end + s.start });
    }
    const shapes = shapesOf(para, sentences);
    const result = { hits, counts: countParagraph(para, sentences, shapes), signals: paragraphSignals(para, sentences, shapes) };
    paragraphCache.set(para, result);
    return result;
  }

  function analyze(text: string, options?: AnalyzeOptions): Report {
    if (typeof text !== 'string') throw new TypeError('analyze: text must be a string');
    const opts = resolveOptions(options);
    const findings: Finding[] = [];
    const counts = emptyCounts();
    const placed: PlacedSignals[] = [];
    for (const p of splitParagraphs(text)) {
      const r = paragraph(text.slice(p.start, p.end));
      addCounts(counts, r.counts);
      placed.push({ start: p.start, end: p.end, signals: r.signals });
      for (const h of r.hits) {
        const f = toFinding(h, p.start, text, opts);
        if (f) findings.push(f);
      }
    }
    findings.push(...customPhraseFindings(text, opts).filter((f) => opts.categories.has(f.category) && severityShown(opts.sensitivity, f.severity)));
    const resolved = resolveOverlaps(findings);
    const metrics = toMetrics(counts);
    const byParagraph = findingsByParagraph(placed, resolved);
    const covered = coveredQuestions(placed, resolved, byParagraph);
    return {
      findings: resolved,
      questions: chooseQuestions({ text, paragraphs: placed, covered, findings: resolved, metrics, kind: opts.kind, byParagraph }),
      covered,
      metrics,
      score: careScore(resolved, metrics, covered, opts.kind),
    };
  }

  let prepared = 0;
  function prepare(budgetMs = Infinity): boolean {
    const until = performance.now() + budgetMs;
    while (prepared < ruleSet.patterns.length) {
      // Its prefilter data (read when first needed, compile.ts), then compromise's parse of it.
      const p = ruleSet.patterns[prepared++];
      p.readPrefilter();
      p.netMatch();
      if (performance.now() >= until) break;
    }
    return prepared >= ruleSet.patterns.length;
  }

  return {
    analyze,
    ruleSet,
    prepare,
    clearCache() {
      paragraphCache.clear();
      sentenceCache.clear();
    },
  };
}

function toFinding(h: Hit, offset: number, text: string, opts: ResolvedOptions): Finding | null {
  const rule = h.pattern.rule;
  if (!opts.categories.has(rule.category) || opts.ignoredRules.has(rule.id) || !severityShown(opts.sensitivity, rule.severity)) return null;
  const start = h.start + offset;
  const end = h.end + offset;
  return {
    ruleId: rule.id,
    category: rule.category,
    severity: rule.severity,
    start,
    end,
    text: text.slice(start, end),
    message: rule.message,
    why: rule.why,
    alternatives: rule.alternatives,
  };
}

const RANK = { hint: 0, warning: 1, strong: 2 } as const;

/**
 * One highlight per stretch of text and category: a finding nested inside another of the same
 * category is dropped (the outer one says more), and one rule never reports overlapping spans
 * twice. Nested findings of *different* categories are kept: "we need a decision by end of day"
 * is both a push (pressure) and a manufactured deadline (urgency), and the panel says both.
 */
export function resolveOverlaps(findings: Finding[]): Finding[] {
  const sorted = [...findings].sort((a, b) => a.start - b.start || b.end - a.end || RANK[b.severity] - RANK[a.severity]);
  const out: Finding[] = [];
  // Kept findings all start at or before f (sorted), so "nested in one" is "some kept end reaches
  // f.end" and "same rule overlaps" is "that rule's furthest kept end passes f.start": running
  // maxima give the same answer as scanning `out`, in linear rather than quadratic time (a
  // pasted page with 20 000 hits took seconds; found by tests/engine/fuzz.test.ts).
  const maxEndByCategory = new Map<string, number>();
  const maxEndByRule = new Map<string, number>();
  for (const f of sorted) {
    const nested = (maxEndByCategory.get(f.category) ?? -1) >= f.end;
    const sameRuleOverlap = (maxEndByRule.get(f.ruleId) ?? -1) > f.start;
    if (!nested && !sameRuleOverlap) {
      out.push(f);
      maxEndByCategory.set(f.category, Math.max(maxEndByCategory.get(f.category) ?? -1, f.end));
      maxEndByRule.set(f.ruleId, Math.max(maxEndByRule.get(f.ruleId) ?? -1, f.end));
    }
  }
  return out;
}
