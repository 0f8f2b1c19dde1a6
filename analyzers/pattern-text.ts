import nlp from 'compromise/one';
import { LEXICON } from '../rules/lexicon';

/**
 * The text transforms that turn a rule's pattern as written into the match string compromise
 * runs: lexicon macros, contractions, and longest-choice-first groups. Each works group by group
 * and word by word, so the prefilter can apply them to one group at a time (prefilter.ts).
 */

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

const CONTRACTION = /(\/[^/]*\/)|([A-Za-z]+['\u2019][A-Za-z]+)/g;

function expansionOf(terms: Array<{ normal: string; implicit?: string }> | undefined, w: string): string {
  return (terms ?? []).map((t) => t.implicit || t.normal).join(' ') || w;
}

/**
 * Learns how compromise's tokenizer splits every contraction in these texts, in one call: one
 * tokenizer run per word, for the ~90 contractions in the built-in rules, was a tenth of the
 * start-up time. Each word goes in as its own paragraph, so none sees another as context.
 */
export function primeContractions(texts: string[]): void {
  const words = new Set<string>();
  for (const t of texts) {
    if (!/['\u2019]/.test(t)) continue;
    for (const m of t.matchAll(CONTRACTION)) if (m[2]) words.add(m[2].replace('\u2019', "'").toLowerCase());
  }
  const todo = [...words].filter((w) => !contractionCache.has(w));
  if (todo.length === 0) return;
  const sentences = nlp.tokenize(todo.join('\n\n')).json() as Array<{ terms: Array<{ normal: string; implicit?: string }> }>;
  // Should the tokenizer ever join or split them differently, each word is left to expandContractions.
  if (sentences.length !== todo.length) return;
  todo.forEach((w, i) => contractionCache.set(w, expansionOf(sentences[i].terms, w)));
}

/**
 * Rewrite contractions in a pattern the way compromise's tokenizer splits them in text, so a
 * rule can write "don't" or "do not" and match both ("don't" → "do not"; "it's" stays).
 */
export function expandContractions(pattern: string): string {
  return pattern.replace(CONTRACTION, (whole, regex: string, word: string) => {
    if (regex) return regex;
    const w = word.replace('\u2019', "'").toLowerCase();
    let out = contractionCache.get(w);
    if (out === undefined) {
      out = expansionOf(nlp.tokenize(w).json()[0]?.terms, w);
      contractionCache.set(w, out);
    }
    return out;
  });
}

/** The match string compromise runs for a pattern as written. */
export function expandPattern(source: string, ruleId = '?'): string {
  return longestChoicesFirst(expandContractions(expandMacros(source, ruleId))).trim();
}
