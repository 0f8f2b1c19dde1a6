import nlp from 'compromise/one';
import { candidatePatterns, type CompiledPattern, type CompiledRuleSet } from './compile';
import { isGuarded, normalizeForGuards } from './context';
import { sentenceWords, straightApostrophes } from './words';
import { narrowNet } from './sweep-narrow';
import { installTokenizerSpeedups } from './tokenizer-speedups';

installTokenizerSpeedups();

/** A rule hit inside one sentence, before options are applied. */
export interface Hit {
  pattern: CompiledPattern;
  start: number;
  end: number;
}

type View = {
  out(kind: 'offset'): Array<{ terms: Array<{ offset: { start: number; length: number } }> }>;
  match(p: string | unknown[], group: number): View;
  found?: boolean;
  world: unknown;
  methods: { one: { killUnicode(s: string, world: unknown): string; parseMatch(s: string, opts: undefined, world: unknown): unknown[] } };
};

/**
 * A capture pattern's match string, parsed once the way view.match(string) parses it each time
 * (compromise's parseRegs: killUnicode, then parseMatch): re-parsing per hit was ~7% of the time.
 */
const parsedCaptures = new WeakMap<CompiledPattern, unknown[]>();
function captureRegs(pattern: CompiledPattern, view: View): unknown[] {
  let regs = parsedCaptures.get(pattern);
  if (!regs) {
    const one = view.methods.one;
    regs = one.parseMatch(one.killUnicode(pattern.pattern, view.world), undefined, view.world);
    parsedCaptures.set(pattern, regs);
  }
  return regs;
}

function spanOf(view: View): { start: number; end: number } | null {
  const parts = view.out('offset');
  const first = parts[0]?.terms[0];
  const lastPart = parts[parts.length - 1];
  const last = lastPart?.terms[lastPart.terms.length - 1];
  if (!first || !last) return null;
  return { start: first.offset.start, end: last.offset.start + last.offset.length };
}

function sweep(doc: unknown, net: unknown, set: CompiledRuleSet, sentence: string, guardText: string, out: Hit[]): void {
  const res = (doc as { sweep(n: unknown, o: object): { found: Array<{ id: string; view: View }> } }).sweep(net, { tagger: false });
  for (const m of res.found) {
    const pattern = set.byKey.get(m.id);
    if (!pattern) continue;
    const whole = spanOf(m.view);
    if (!whole || whole.end > sentence.length) continue;
    if (isGuarded(pattern.rule.guards, pattern.rule.unless, { sentence: guardText, start: whole.start, end: whole.end })) continue;
    let span = whole;
    if (pattern.capture) {
      const g = spanOf(m.view.match(captureRegs(pattern, m.view), 0));
      if (g) span = g;
    }
    out.push({ pattern, start: span.start, end: span.end });
  }
}

/**
 * All hits in one sentence. The prefilter decides from a word set whether any pattern could
 * match; only then is the sentence tokenized and swept with the compiled net.
 */
export function matchSentence(set: CompiledRuleSet, sentence: string): Hit[] {
  const text = straightApostrophes(sentence);
  const candidates = candidatePatterns(set, sentenceWords(text));
  if (candidates.length === 0) return [];
  const hits: Hit[] = [];
  const guardText = normalizeForGuards(text);
  // compute('index'): tokenize leaves stale term indexes after a contraction ("You're close,
  // there's nothing…"), and sweep then starts a match one term early.
  const doc = nlp.tokenize(text).compute('index');
  sweep(doc, netFor(doc, set, candidates), set, text, guardText, hits);
  return hits;
}

/**
 * The net to sweep: only the matches that can match, in rule-set order (sweep-narrow.ts). A
 * text compromise splits into several sentences gets the matches for all of them; sweep runs
 * each on every sentence, where those that don't belong there simply fail.
 */
function netFor(doc: unknown, set: CompiledRuleSet, candidates: CompiledPattern[]): unknown {
  const d = doc as { document: unknown[]; methods: { one: { cacheDoc(document: unknown[]): Array<Set<string>> } } };
  const caches = d.methods.one.cacheDoc(d.document);
  const cache = caches.length === 1 ? caches[0] : new Set(caches.flatMap((c) => [...c]));
  return narrowNet(set, candidates, cache);
}
