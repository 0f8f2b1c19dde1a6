import type { Alternative, Category, Severity } from './types';
import { CATEGORIES, QUESTION_IDS, SEVERITIES } from './types';
import { DEFAULT_GUARDS, GUARDS, type GuardName } from './context';
import type { RuleSpec } from '../rules/define-rule';
import { QUESTION_TEXT } from './question-text';
import { expandPattern, primeContractions, RuleError } from './pattern-text';
import { LEXICON } from '../rules/lexicon';
import { readPrefilter, type PrefilterData } from './prefilter-reader';
import { readAnchor, splitAnchorCodes } from './anchor-codes';
import { buildNetMatch, exactPrefilter, type NetMatch } from './net-match';
import { cheapestAnchor, type IdTests } from './prefilter';

export { expandContractions, expandMacros, longestChoicesFirst, RuleError } from './pattern-text';
export { candidatePatterns } from './prefilter';

/** A rule as loaded from rules/<category>/<name>.ts. */
export interface LoadedRule {
  id: string;
  category: Category;
  spec: RuleSpec;
  /**
   * Each pattern's prefilter anchor, as the build computed it (anchor-codes.ts): the built-in
   * rules in the extension carry these, so start-up reads one token per pattern instead of all
   * of them. Rules without (sources, team packs) are read whole.
   */
  anchors?: string;
}

/** A rule's patterns: `match` is one pattern or a list. */
export function patternsOf(rule: LoadedRule): string[] {
  return Array.isArray(rule.spec.match) ? rule.spec.match : [rule.spec.match];
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

/**
 * One pattern of a rule. Compiling ~1,600 patterns with compromise took most of a second, so
 * a pattern starts with its anchor only (compileRules); the prefilter reads its required words
 * from its text when a sentence first has its anchor (prefilter-reader.ts), and its match string
 * is expanded, and compromise parses it, the first time a sentence gets past the prefilter for
 * it. Most patterns never meet such a sentence in a session.
 */
export class CompiledPattern implements PrefilterData {
  /** The prefilter's per-pattern tests (prefilter.ts), made when a sentence first reaches the pattern. */
  idTests: IdTests | undefined;
  private expanded: string | undefined;
  private captures: boolean | undefined;
  private net: NetMatch | null | undefined;
  private data: PrefilterData | undefined;

  constructor(
    /** `<rule id>#<n>`: the pattern's place in its rule. */
    readonly key: string,
    /** Its place in the rule set: hits are reported in this order. */
    readonly index: number,
    readonly rule: CompiledRule,
    readonly source: string,
    /** Its prefilter data if already read; undefined to read it when the prefilter first asks (an anchored built-in). */
    data?: PrefilterData,
  ) {
    this.data = data;
  }

  /** The words and groups it can't match without: read from its text, or from compromise's parse of it. */
  private prefilter(): PrefilterData {
    if (this.data) return this.data;
    const read = readPrefilter(this.source, this.rule.id);
    if (read) return (this.data = read);
    // Outside what the reader knows: ask compromise now (and fail now if it can't parse it).
    try {
      this.net = buildNetMatch(this.key, this.pattern);
    } catch (e) {
      throw new RuleError(this.rule.id, `pattern "${this.source}" could not be parsed: ${e instanceof Error ? e.message : String(e)}`);
    }
    return (this.data = exactPrefilter(this.net));
  }

  /** Reads its prefilter data now (Engine.prepare), so no sentence has to. */
  readPrefilter(): void {
    this.prefilter();
  }

  get needs(): string[] {
    return this.prefilter().needs;
  }

  get groups(): string[][] {
    return this.prefilter().groups;
  }

  get choices(): string[][][] {
    return this.prefilter().choices;
  }

  /** The match string compromise runs (macros, contractions and group order rewritten). */
  get pattern(): string {
    return (this.expanded ??= expandPattern(this.source, this.rule.id));
  }

  /** Whether it narrows the reported span with `[ … ]` (read from the match string: a macro may hold the brackets). */
  get capture(): boolean {
    return (this.captures ??= this.pattern.includes('['));
  }

  /** Whether compromise has parsed it yet (Engine.prepare, idle warm-up). */
  get parsed(): boolean {
    return this.net !== undefined;
  }

  /** compromise's net entry for the pattern, built on first use; null if compromise can't parse it. */
  netMatch(): NetMatch | null {
    if (this.net === undefined) {
      try {
        this.net = buildNetMatch(this.key, this.pattern);
      } catch {
        // Built-in patterns are all parsed by the tests, and team packs by the pack check
        // (parseAll), so this only keeps a bad custom pattern from breaking analysis.
        this.net = null;
      }
    }
    return this.net;
  }
}

export interface CompiledRuleSet {
  rules: CompiledRule[];
  patterns: CompiledPattern[];
  byKey: Map<string, CompiledPattern>;
  /** Prefilter index: a word → the patterns anchored on it. */
  anchors: Map<string, CompiledPattern[]>;
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

const TAGGED = /(^|[\s(|!])#[A-Za-z]|\{[a-z]/;

export function compileRules(loaded: LoadedRule[]): CompiledRuleSet {
  const rules: CompiledRule[] = [];
  const patterns: CompiledPattern[] = [];
  const seenIds = new Set<string>();
  const seenSources = new Map<string, string>();
  const anchors = new Map<string, CompiledPattern[]>();
  const unanchored = loaded.filter((lr) => lr.anchors === undefined);
  if (unanchored.length) primeContractions([...unanchored.flatMap(patternsOf), ...Object.values(LEXICON)]);
  // Rules with build-time anchors are the built-in set, which the build compiled with every check
  // below (tests/rules/conventions.test.ts). Hashing its ~1,600 patterns again cost start-up time;
  // a set with any rule read at run time (a team pack, the sources) is checked whole.
  const checkDuplicates = unanchored.length > 0;
  const index = (p: CompiledPattern, keys: string[]): void => {
    if (keys.length === 0) throw new RuleError(p.rule.id, `pattern "${p.source}" has no required word, so every sentence would need parsing`);
    patterns.push(p);
    for (const k of keys) {
      const list = anchors.get(k);
      if (list) list.push(p);
      else anchors.set(k, [p]);
    }
  };
  for (const lr of loaded) {
    if (seenIds.has(lr.id)) throw new RuleError(lr.id, 'duplicate rule id');
    seenIds.add(lr.id);
    const rule = compileRule(lr);
    rules.push(rule);
    const sources = patternsOf(lr);
    if (sources.length === 0) throw new RuleError(lr.id, 'no match patterns');
    const codes = lr.anchors === undefined ? null : splitAnchorCodes(lr.anchors, sources.length);
    sources.forEach((source, i) => {
      // The same text twice would be one net entry; patterns that only become equal once
      // expanded are caught by tests/rules/conventions.test.ts (expanding all of them here
      // would cost the start-up time the lazy compile saves).
      if (checkDuplicates) {
        const prev = seenSources.get(source.trim());
        if (prev) throw new RuleError(lr.id, `pattern "${source}" duplicates one in ${prev} (the net would merge them)`);
        seenSources.set(source.trim(), lr.id);
      }
      const anchor = codes && readAnchor(source, codes[i], lr.id);
      // The build compiled these rules with the checks below before it wrote their codes.
      if (anchor) return index(new CompiledPattern(`${lr.id}#${i}`, patterns.length, rule, source), anchor);
      if (lr.spec.tagged || TAGGED.test(source)) {
        throw new RuleError(
          lr.id,
          `pattern "${source}" needs part-of-speech tags (#Tag, {lemma}): the engine runs compromise/one (tokenizer only) to stay small and fast; use words, (alternatives), %macros% or /regex/ terms instead`,
        );
      }
      checkRegexTerms(lr.id, source);
      const p = new CompiledPattern(`${lr.id}#${i}`, patterns.length, rule, source, readPrefilter(source, lr.id) ?? undefined);
      // Anchor on a needed word or on every word of a group, whichever is least likely in a
      // sentence: the prefilter checks every pattern anchored on a word of each sentence, so an
      // anchor on "you" or "the" costs a check on most sentences. Any of them is a correct anchor.
      index(p, cheapestAnchor([...p.needs.map((n) => [n]), ...p.groups]));
    });
  }
  return { rules, patterns, byKey: new Map(patterns.map((p) => [p.key, p])), anchors };
}

/** A /regex/ term that isn't a valid regex: caught here rather than on the first sentence it meets. */
function checkRegexTerms(ruleId: string, source: string): void {
  for (const m of source.matchAll(/(?:^|[\s(|!\[^])\/([^/ ]+)\//g)) {
    try {
      new RegExp(m[1]);
    } catch {
      throw new RuleError(ruleId, `pattern "${source}" has an invalid /regex/ term: /${m[1]}/`);
    }
  }
}

/**
 * Has compromise parse every pattern now, throwing on the first it can't: for checking a team
 * pack or a rule set up front, where the engine would otherwise find out lazily.
 */
export function parseAll(set: CompiledRuleSet): void {
  for (const p of set.patterns) {
    try {
      buildNetMatch(p.key, p.pattern);
    } catch (e) {
      throw new RuleError(p.rule.id, `pattern "${p.source}" could not be parsed: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
}
