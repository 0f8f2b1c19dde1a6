import nlp from 'compromise/one';
import type { Alternative, Category, Severity } from './types';
import { CATEGORIES, QUESTION_IDS, SEVERITIES } from './types';
import { DEFAULT_GUARDS, GUARDS, type GuardName } from './context';
import type { RuleSpec } from '../rules/define-rule';
import { LEXICON } from '../rules/lexicon';
import { QUESTION_TEXT } from './question-text';

/** A rule as loaded from rules/<category>/<name>.ts. */
export interface LoadedRule {
  id: string;
  category: Category;
  spec: RuleSpec;
}

export interface CompiledRule {
  id: string;
  category: Category;
  severity: Severity;
  message: string;
  why: string;
  alternatives: Alternative[];
  guards: GuardName[];
  unless: RegExp[];
}

/** One compromise match string, after macro and contraction expansion. */
export interface CompiledPattern {
  key: string;
  rule: CompiledRule;
  source: string;
  pattern: string;
  capture: boolean;
  /** Words all required (prefilter); tag needs are dropped. */
  needs: string[];
  /** Required or-groups: at least one word of each must be present. */
  groups: string[][];
  /**
   * The same groups choice by choice: one choice of each must have all its required words
   * present. Tighter than `groups` (which keeps one word per choice), so fewer sentences reach
   * the tokenizer, and still a superset: a choice cannot match without each of its words.
   */
  choices: string[][][];
}

export interface CompiledRuleSet {
  rules: CompiledRule[];
  patterns: CompiledPattern[];
  byKey: Map<string, CompiledPattern>;
  wordNet: unknown;
  /** Prefilter index: a word → the patterns anchored on it. */
  anchors: Map<string, CompiledPattern[]>;
}

export class RuleError extends Error {
  constructor(
    readonly ruleId: string,
    message: string,
  ) {
    super(`${ruleId}: ${message}`);
  }
}

/**
 * Replace %macro% with its (alternation). A macro that is a whole choice of a group joins that
 * group's choices instead (`(%fgFail%|blocked)` → `(failed|flopped|blocked)`): compromise has no
 * nested groups, so `(( … )|blocked)` would silently never match.
 */
export function expandMacros(pattern: string, ruleId = '?'): string {
  const body = (name: string): string => {
    const b = LEXICON[name];
    if (b === undefined) throw new RuleError(ruleId, `unknown lexicon macro %${name}%`);
    return b;
  };
  const spliced = pattern.replace(/(\/[^/]*\/)|\(([^()]*)\)/g, (whole, regex: string | undefined, group: string | undefined) => {
    if (regex || group === undefined || !group.includes('%')) return whole;
    const choices = group.split('|').map((c) => {
      const m = /^\s*%([a-zA-Z][\w-]*)%\s*$/.exec(c);
      return m ? body(m[1]) : c;
    });
    return `(${choices.join('|')})`;
  });
  return spliced.replace(/%([a-zA-Z][\w-]*)%/g, (_, name: string) => `(${body(name)})`);
}

const contractionCache = new Map<string, string>();
/**
 * compromise tries the choices of a `(a|b)` group in order and never backtracks, so
 * `(at|at full) capacity` can never match "at full capacity". Putting longer choices (more
 * words, then more characters) first makes every group behave as a writer expects.
 * Regex terms are left alone; a group followed by `?`, `+` or `*` keeps its suffix.
 */
export function longestChoicesFirst(pattern: string): string {
  return pattern.replace(/(\/[^/]*\/)|\(([^()]*)\)/g, (whole, regex: string | undefined, body: string | undefined) => {
    if (regex || body === undefined || !body.includes('|')) return whole;
    // A regex choice contains no "|" (compromise's parser forbids it), so splitting is safe.
    const choices = body.split('|').map((c, i) => ({ c, i, words: c.trim().split(/\s+/).length }));
    choices.sort((a, b) => b.words - a.words || b.c.trim().length - a.c.trim().length || a.i - b.i);
    return `(${choices.map((x) => x.c).join('|')})`;
  });
}

/**
 * Rewrite contractions in a pattern the way compromise's tokenizer splits them in text, so a
 * rule can write "don't" or "do not" and match both ("don't" → "do not"; "it's" stays).
 */
export function expandContractions(pattern: string): string {
  return pattern.replace(/(\/[^/]*\/)|([A-Za-z]+['\u2019][A-Za-z]+)/g, (whole, regex: string, word: string) => {
    if (regex) return regex;
    const w = word.replace('\u2019', "'").toLowerCase();
    let out = contractionCache.get(w);
    if (out === undefined) {
      const terms = (nlp.tokenize(w).json()[0]?.terms ?? []) as Array<{ normal: string; implicit?: string }>;
      out = terms.map((t) => t.implicit || t.normal).join(' ') || w;
      contractionCache.set(w, out);
    }
    return out;
  });
}

function compileAlternatives(id: string, spec: RuleSpec): Alternative[] {
  return spec.alternatives.map((a) => {
    if ('rewrite' in a) return { kind: 'rewrite', text: a.rewrite };
    if (!QUESTION_IDS.includes(a.question)) throw new RuleError(id, `unknown question "${a.question}"`);
    return { kind: 'question', questionId: a.question, text: a.text ?? QUESTION_TEXT[a.question] };
  });
}

export function compileRule(rule: LoadedRule): CompiledRule {
  const { id, category, spec } = rule;
  if (!CATEGORIES.includes(category)) throw new RuleError(id, `unknown category "${category}"`);
  if (!SEVERITIES.includes(spec.severity)) throw new RuleError(id, `unknown severity "${spec.severity}"`);
  for (const g of spec.unless ?? []) {
    if (!(g instanceof RegExp) && !(g in GUARDS)) throw new RuleError(id, `unknown guard "${String(g)}"`);
  }
  const named = (spec.unless ?? []).filter((g): g is GuardName => typeof g === 'string');
  return {
    id,
    category,
    severity: spec.severity,
    message: spec.message,
    why: spec.why,
    alternatives: compileAlternatives(id, spec),
    guards: [...new Set([...(spec.noDefaultGuards ? [] : DEFAULT_GUARDS), ...named])],
    unless: (spec.unless ?? []).filter((g): g is RegExp => g instanceof RegExp),
  };
}

interface Reg {
  word?: string;
  tag?: string;
  operator?: string;
  optional?: boolean;
  negative?: boolean;
  fastOr?: Set<string>;
  choices?: Reg[][];
}

interface NetMatch {
  match: string;
  id: string;
  needs: string[];
  wants: string[];
  minWant: number;
  regs: Reg[];
}

/** The words of a required or-group, or null when a choice has no word (regex, tag, wildcard). */
function groupWords(reg: Reg): string[] | null {
  const words: string[] = [...(reg.fastOr ?? [])];
  for (const choice of reg.choices ?? []) {
    const w = choice.filter((r) => !r.optional && !r.negative && r.word).map((r) => r.word as string);
    if (w.length === 0) return null;
    // One word of a multi-word choice is enough to rule it out, and the longest is the rarest:
    // taking all of them let "and", "the", "of" wake up most sentences.
    words.push(w.reduce((a, b) => (b.length > a.length ? b : a)));
  }
  return words.length ? words : null;
}

/** A required or-group choice by choice (each choice's required words), or null as for groupWords. */
function groupChoices(reg: Reg): string[][] | null {
  const out: string[][] = [...(reg.fastOr ?? [])].map((w) => [w]);
  for (const choice of reg.choices ?? []) {
    const w = choice.filter((r) => !r.optional && !r.negative && r.word).map((r) => r.word as string);
    if (w.length === 0) return null;
    out.push(w);
  }
  return out.length ? out : null;
}

/**
 * compromise's net counts every or-group as "wants one of these words", even when one choice
 * is a regex or a tag with no word; such a group must not be required, or
 * "only (/^[0-9]+$/|two) left" silently never fires. Recompute wants from the hard groups only.
 */
function fixWants(m: NetMatch): string[][] {
  const groups: string[][] = [];
  for (const r of m.regs) {
    if (r.operator !== 'or' || r.optional || r.negative) continue;
    const words = groupWords(r);
    if (words) groups.push(words);
  }
  m.wants = groups.flat();
  m.minWant = groups.length;
  return groups;
}

type ParseMatch = (input: string, opts: unknown, world: unknown) => Reg[];
const GROUP = /(\/[^/]*\/)|\(([^()]*)\)/g;

/**
 * Compiling the rule set is dominated by compromise re-parsing the same lexicon alternations in
 * pattern after pattern (~1,400 patterns, ~470 KB of match text once macros are expanded). While
 * the net is built, each `( … )` group is swapped for a placeholder word, the short pattern is
 * parsed, and the placeholder's token takes the group's parsed choices from a cache keyed by the
 * group's text. The tokens are the ones compromise would build from the whole string (its
 * suffixes, negation and capture marks stay on the placeholder), so the net is the same.
 */
function withGroupCache<T>(build: () => T): T {
  const one = (nlp.world() as unknown as { methods: { one: { parseMatch: ParseMatch } } }).methods.one;
  const original = one.parseMatch;
  const groups = new Map<string, Reg>();
  one.parseMatch = (input, opts, world) => {
    if (typeof input !== 'string' || !input.includes('(')) return original(input, opts, world);
    const found: string[] = [];
    const short = input.replace(GROUP, (whole, regex: string | undefined, body: string | undefined) => {
      if (regex || body === undefined) return whole;
      found.push(body);
      return `zzccgroup${found.length - 1}`;
    });
    if (found.length === 0) return original(input, opts, world);
    const regs = original(short, opts, world);
    for (const reg of regs) {
      const m = /^zzccgroup(\d+)$/.exec(reg.word ?? '');
      if (!m) continue;
      const body = found[Number(m[1])];
      let parsed = groups.get(body);
      if (!parsed) {
        parsed = original(`(${body})`, opts, world)[0];
        groups.set(body, parsed);
      }
      delete reg.word;
      reg.operator = parsed.operator;
      if (parsed.fastOr) reg.fastOr = parsed.fastOr;
      if (parsed.choices) reg.choices = parsed.choices;
    }
    return regs;
  };
  try {
    return build();
  } finally {
    one.parseMatch = original;
  }
}

function buildNet(patterns: CompiledPattern[]): unknown {
  if (patterns.length === 0) return null;
  const net = withGroupCache(() => nlp.buildNet(patterns.map((p) => ({ match: p.pattern, id: p.key })))) as unknown as {
    hooks: Record<string, NetMatch[]>;
    always?: NetMatch[];
  };
  const byKey = new Map(patterns.map((p) => [p.key, p]));
  const seen = new Set<NetMatch>();
  for (const list of [...Object.values(net.hooks), net.always ?? []]) {
    for (const m of list) {
      if (seen.has(m)) continue;
      seen.add(m);
      const groups = fixWants(m);
      const p = byKey.get(m.id);
      if (!p) continue;
      p.needs = m.needs.filter((n) => !n.startsWith('#') && !n.startsWith('%'));
      p.groups = groups;
      p.choices = m.regs
        .filter((r) => r.operator === 'or' && !r.optional && !r.negative)
        .map(groupChoices)
        .filter((c): c is string[][] => c !== null);
    }
  }
  return net;
}

export function compileRules(loaded: LoadedRule[]): CompiledRuleSet {
  const rules: CompiledRule[] = [];
  const patterns: CompiledPattern[] = [];
  const seenIds = new Set<string>();
  const seenPatterns = new Map<string, string>();
  for (const lr of loaded) {
    if (seenIds.has(lr.id)) throw new RuleError(lr.id, 'duplicate rule id');
    seenIds.add(lr.id);
    const rule = compileRule(lr);
    rules.push(rule);
    const sources = Array.isArray(lr.spec.match) ? lr.spec.match : [lr.spec.match];
    if (sources.length === 0) throw new RuleError(lr.id, 'no match patterns');
    sources.forEach((source, i) => {
      const pattern = longestChoicesFirst(expandContractions(expandMacros(source, lr.id))).trim();
      if (lr.spec.tagged || /(^|[\s(|!])#[A-Za-z]/.test(pattern) || /\{[a-z]/.test(pattern)) {
        throw new RuleError(
          lr.id,
          `pattern "${source}" needs part-of-speech tags (#Tag, {lemma}): the engine runs compromise/one (tokenizer only) to stay small and fast; use words, (alternatives), %macros% or /regex/ terms instead`,
        );
      }
      const prev = seenPatterns.get(pattern);
      if (prev) throw new RuleError(lr.id, `pattern "${source}" duplicates one in ${prev} (the net would merge them)`);
      seenPatterns.set(pattern, lr.id);
      patterns.push({ key: `${lr.id}#${i}`, rule, source, pattern, capture: pattern.includes('['), needs: [], groups: [], choices: [] });
    });
  }
  const wordNet = buildNet(patterns);
  const anchors = new Map<string, CompiledPattern[]>();
  for (const p of patterns) {
    // Anchor on a needed word or on every word of a group, whichever is least likely in a
    // sentence: the prefilter checks every pattern anchored on a word of each sentence, so an
    // anchor on "you" or "the" costs a check on most sentences. Any of them is a correct anchor.
    const keys = cheapestAnchor([...p.needs.map((n) => [n]), ...p.groups]);
    if (keys.length === 0) throw new RuleError(p.rule.id, `pattern "${p.source}" has no required word, so every sentence would need parsing`);
    for (const k of keys) {
      const list = anchors.get(k) ?? [];
      list.push(p);
      anchors.set(k, list);
    }
  }
  return { rules, patterns, byKey: new Map(patterns.map((p) => [p.key, p])), wordNet, anchors };
}

/** The commonest English words: poor anchors, since nearly every sentence has some. */
const COMMON_WORDS = new Set(
  (
    'the be to of and a in that have i it for not on with he as you do at this but his by from they we say her she or an ' +
    'will my one all would there their what so up out if about who get which go me when make can like time no just him ' +
    'know take people into year your good some could them see other than then now look only come its over think also back ' +
    'after use two how our work first well way even new want because any these give day most us is are was were has had ' +
    'been am did does need let here more very really'
  ).split(' '),
);

/** How often a word is likely to appear in a sentence, roughly: common words first, then short ones. */
function wordCost(w: string): number {
  return (COMMON_WORDS.has(w) ? 100 : 0) + Math.max(0, 12 - w.length);
}

/** The word set least likely to appear in a sentence (summing its words' costs). */
function cheapestAnchor(sets: string[][]): string[] {
  let best: string[] = [];
  let bestCost = Infinity;
  for (const g of sets) {
    const cost = g.reduce((sum, w) => sum + wordCost(w), 0);
    if (cost < bestCost) {
      best = g;
      bestCost = cost;
    }
  }
  return best;
}

/** Whether any pattern could match a sentence with these words (the prefilter's verdict). */
export function candidatePatterns(set: CompiledRuleSet, words: Set<string>): { word: boolean } {
  for (const w of words) {
    const list = set.anchors.get(w);
    if (list?.some((p) => mayMatch(p, words))) return { word: true };
  }
  return { word: false };
}

/** One required group, ready for a fast test: single-word choices in a set, longer ones under their longest word. */
interface GroupTest {
  all: string[][];
  singles: Set<string>;
  multi: Map<string, string[][]>;
  size: number;
}

const groupTests = new WeakMap<CompiledPattern, GroupTest[]>();

function testsOf(p: CompiledPattern): GroupTest[] {
  let tests = groupTests.get(p);
  if (!tests) {
    tests = p.choices.map((g) => {
      const t: GroupTest = { all: g, singles: new Set(), multi: new Map(), size: g.length };
      for (const c of g) {
        if (c.length === 1) t.singles.add(c[0]);
        else {
          const key = c.reduce((a, b) => (b.length > a.length ? b : a));
          t.multi.set(key, [...(t.multi.get(key) ?? []), c]);
        }
      }
      return t;
    });
    groupTests.set(p, tests);
  }
  return tests;
}

function allIn(c: string[], words: Set<string>): boolean {
  for (const x of c) if (!words.has(x)) return false;
  return true;
}

function someAllIn(cs: string[][] | undefined, words: Set<string>): boolean {
  if (cs) for (const c of cs) if (allIn(c, words)) return true;
  return false;
}

function groupMet(g: GroupTest, words: Set<string>): boolean {
  // Walk whichever side is smaller: groups from %macros% run to dozens of words, a sentence to ~20.
  if (g.size <= words.size) return someAllIn(g.all, words);
  for (const w of words) if (g.singles.has(w) || someAllIn(g.multi.get(w), words)) return true;
  return false;
}

/**
 * Whether a pattern's required words are all in the set: its needs, and one whole choice of each
 * group. It runs for every sentence (and every anchored pattern), so it is kept lean.
 */
export function mayMatch(p: CompiledPattern, words: Set<string>): boolean {
  for (const n of p.needs) if (!words.has(n)) return false;
  for (const g of testsOf(p)) if (!groupMet(g, words)) return false;
  return true;
}
