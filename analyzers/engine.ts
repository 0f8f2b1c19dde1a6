import type { AnalyzeOptions, Finding, QuestionId, Report } from './types';
import { compileRules, type CompiledRuleSet, type LoadedRule } from './compile';
import { matchSentence, type Hit } from './match-sentence';
import { splitParagraphs, splitSentences } from './text-split';
import { addCounts, countParagraph, emptyCounts, toMetrics, type MetricCounts } from './metrics';
import { chooseQuestions, paragraphSignals, type Cue, type QuestionSignals } from './questions';
import { careScore } from './score';
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
  private map = new Map<string, V>();
  constructor(private readonly max: number) {}
  get(key: string): V | undefined {
    const v = this.map.get(key);
    if (v !== undefined) {
      this.map.delete(key);
      this.map.set(key, v);
    }
    return v;
  }
  set(key: string, v: V): void {
    this.map.set(key, v);
    if (this.map.size > this.max) this.map.delete(this.map.keys().next().value as string);
  }
  clear(): void {
    this.map.clear();
  }
  get size(): number {
    return this.map.size;
  }
}

export interface Engine {
  analyze(text: string, options?: AnalyzeOptions): Report;
  readonly ruleSet: CompiledRuleSet;
  clearCache(): void;
}

export function createEngine(rules: LoadedRule[]): Engine {
  const ruleSet = compileRules(rules);
  const paragraphCache = new Lru<ParagraphResult>(4000);
  const sentenceCache = new Lru<Hit[]>(8000);

  function sentenceHits(sentence: string): Hit[] {
    let hits = sentenceCache.get(sentence);
    if (!hits) {
      hits = matchSentence(ruleSet, sentence);
      sentenceCache.set(sentence, hits);
    }
    return hits;
  }

  function paragraph(para: string): ParagraphResult {
    const cached = paragraphCache.get(para);
    if (cached) return cached;
    const sentences = splitSentences(para);
    const hits: Hit[] = [];
    for (const s of sentences) {
      for (const h of sentenceHits(para.slice(s.start, s.end))) hits.push({ pattern: h.pattern, start: h.start + s.start, end: h.end + s.start });
    }
    const result = { hits, counts: countParagraph(para, sentences), signals: paragraphSignals(para, sentences) };
    paragraphCache.set(para, result);
    return result;
  }

  function analyze(text: string, options?: AnalyzeOptions): Report {
    if (typeof text !== 'string') throw new TypeError('analyze: text must be a string');
    const opts = resolveOptions(options);
    const findings: Finding[] = [];
    const counts = emptyCounts();
    const cues: Cue[] = [];
    const covered = new Set<QuestionId>();
    for (const p of splitParagraphs(text)) {
      const r = paragraph(text.slice(p.start, p.end));
      addCounts(counts, r.counts);
      for (const c of r.signals.cues) cues.push({ ...c, at: c.at + p.start });
      r.signals.asked.forEach((q) => covered.add(q));
      for (const h of r.hits) {
        const f = toFinding(h, p.start, text, opts);
        if (f) findings.push(f);
      }
    }
    findings.push(...customPhraseFindings(text, opts).filter((f) => opts.categories.has(f.category) && severityShown(opts.sensitivity, f.severity)));
    const resolved = resolveOverlaps(findings);
    const metrics = toMetrics(counts);
    const coveredList = [...covered];
    return {
      findings: resolved,
      questions: chooseQuestions(cues, coveredList, resolved, metrics, text.length),
      covered: coveredList,
      metrics,
      score: careScore(resolved, metrics, coveredList),
    };
  }

  return {
    analyze,
    ruleSet,
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
 * One highlight per stretch of text: a finding nested inside another is dropped (the outer one
 * says more), and the same rule never reports overlapping spans twice.
 */
export function resolveOverlaps(findings: Finding[]): Finding[] {
  const sorted = [...findings].sort((a, b) => a.start - b.start || b.end - a.end || RANK[b.severity] - RANK[a.severity]);
  const out: Finding[] = [];
  for (const f of sorted) {
    const nested = out.some((o) => o.start <= f.start && f.end <= o.end);
    const sameRuleOverlap = out.some((o) => o.ruleId === f.ruleId && f.start < o.end && o.start < f.end);
    if (!nested && !sameRuleOverlap) out.push(f);
  }
  return out;
}
