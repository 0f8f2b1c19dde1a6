import nlp from 'compromise/one';
import { LEXICON } from '../rules/lexicon';
import { expandContractions, RuleError } from './pattern-text';

/**
 * The prefilter's data for a pattern, read straight from the pattern as written: the words it
 * cannot match without (`needs`), and its required or-groups (`choices`: each choice's required
 * words; `groups`: one word per choice, for anchoring). compromise's own parse gives the same
 * data, but parsing ~1,400 patterns with their expanded lexicon alternations (~470 KB of match
 * text) took most of a second at start-up; this reader takes a fraction of that (~10 ms warm,
 * ~130 ms in a fresh process, docs/benchmarks.md), because it reads each group only once however
 * many patterns use it, and compromise then parses a pattern only when a sentence first gets past
 * the prefilter for it (compile.ts).
 *
 * It follows compromise's parseMatch (parseBlocks, parseToken, splitHyphens, doFastOrMode) for
 * the syntax rules use, and returns null for anything else (fuzzy `~`, `&&`, tags, `{lemma}`,
 * escapes, odd brackets), so the caller can ask compromise instead. tests/engine/prefilter.test.ts
 * checks that it agrees with compromise on every built-in pattern.
 */
export interface PrefilterData {
  needs: string[];
  groups: string[][];
  choices: string[][][];
}

interface Token {
  word?: string;
  optional?: boolean;
  negative?: boolean;
  start?: boolean;
  end?: boolean;
  /** An or-group's text (between the brackets), or a bare `%macro%`. */
  group?: string;
}

/** Syntax this reader doesn't know (fuzzy words, `&&`, tags, named captures, escapes, `{lemma}`). */
export const UNSURE = /[~&<>#@\\]|\{[^0-9,]/;
const MIN_MAX = /\{([0-9]+)?(, *[0-9]*)?\}/;
const HAS_DASH = /[a-z0-9][-–—][a-z]/i;
const PREFIXES = (nlp.world() as unknown as { model: { one: { prefixes: Record<string, true> } } }).model.one.prefixes;
const MACRO = /^%([a-zA-Z][\w-]*)%$/;

/** parseToken's flags, stripped in its order (twice, as it does); the rest is the token's content. */
function stripFlags(w: string, t: Token): string {
  for (let i = 0; i < 2; i++) {
    if (w.endsWith('$')) {
      t.end = true;
      w = w.slice(0, -1);
    }
    if (w.startsWith('^')) {
      t.start = true;
      w = w.slice(1);
    }
    if (w.endsWith('?')) {
      t.optional = true;
      w = w.slice(0, -1);
    }
    if (w.startsWith('[')) w = w.slice(1);
    if (w.endsWith(']')) w = w.slice(0, -1);
    if (w.endsWith('+')) w = w.slice(0, -1);
    if (w !== '*' && w.endsWith('*')) w = w.slice(0, -1);
    if (w.startsWith('!')) {
      t.negative = true;
      w = w.slice(1);
    }
    // word{2,4}: a repeat; a minimum of 0 makes the term optional, as "?" does.
    if (w.includes('{')) {
      w = w.replace(MIN_MAX, (_m, min: string | undefined) => {
        if (!Number(min)) t.optional = true;
        return '';
      });
    }
  }
  return w;
}

/**
 * One token's content: a word (lower-cased, as compromise does), or nothing for a regex or a
 * wildcard. Returns false when the token is outside what this reader knows.
 */
function readContent(w: string, t: Token, allowGroup: boolean): boolean {
  if (w === '' || w === '.' || w === '*') return true;
  if (w.startsWith('/')) return w.length > 1 && w.endsWith('/');
  if (w.startsWith('(') || w.endsWith(')')) {
    if (!allowGroup || !w.startsWith('(') || !w.endsWith(')')) return false;
    t.group = w.slice(1, -1);
    return !/[()]/.test(t.group);
  }
  if (MACRO.test(w)) {
    if (!allowGroup) return false;
    t.group = w;
    return true;
  }
  if (/[()|/]/.test(w) || /%[a-zA-Z][\w-]*%/.test(w)) return false;
  t.word = w.toLowerCase();
  return true;
}

function required(t: Token): boolean {
  return !t.optional && !t.negative;
}

/** A required group as the prefilter keeps it; `hard: false` when a choice has no word (a regex, a wildcard). */
interface GroupData {
  hard: boolean;
  choices: string[][];
  words: string[];
}

/** One choice of a group: its required words, and whether it is a plain single word (see readGroup). */
interface Choice {
  words: string[];
  plain: boolean;
}

// Words alone, before contractions are rewritten (so no apostrophe) and after (when they may stay: "it's").
// Inside a group compromise keeps a hyphenated word whole.
const PLAIN_CHOICE = /^[A-Za-z0-9-]+$/;
const PLAIN_WORDS = /^[A-Za-z0-9 '-]+$/;

/** One choice of a group as written, after contraction rewriting; null when outside what this reader knows. */
function readChoice(text: string): Choice | null {
  if (PLAIN_CHOICE.test(text)) return { words: [text.toLowerCase()], plain: true };
  const choice = /['\u2019]/.test(text) ? expandContractions(text) : text;
  const tokens = choice.split(/ /g);
  if (PLAIN_WORDS.test(choice)) return { words: tokens.filter((w) => w).map((w) => w.toLowerCase()), plain: false };
  if (UNSURE.test(choice)) return null;
  const words: string[] = [];
  let plain = tokens.length === 1;
  for (const raw of tokens) {
    const t: Token = {};
    if (!readContent(stripFlags(raw, t), t, false)) return null;
    if (t.word !== undefined && required(t)) words.push(t.word);
    if (t.word === undefined || !required(t) || t.start || t.end) plain = false;
  }
  return { words, plain };
}

/** Words, spaces and hyphens only, as most groups are: their choices need none of readChoice's checks. */
const SIMPLE_GROUP = /^[A-Za-z0-9 |-]*$/;

/** splitChoices for a SIMPLE_GROUP body: the same choices, read with a few native string calls (start-up reads hundreds). */
function simpleChoices(body: string): Choice[] {
  const out: Choice[] = [];
  for (const raw of body.toLowerCase().split('|')) {
    const c = raw.trim();
    if (!c) continue;
    out.push(c.includes(' ') ? { words: c.split(' ').filter((w) => w), plain: false } : { words: [c], plain: true });
  }
  return out;
}

/** A lexicon macro's choices, read once. */
const macroCache = new Map<string, Choice[] | null>();

function macroChoices(name: string, ruleId: string): Choice[] | null {
  let choices = macroCache.get(name);
  if (choices === undefined) {
    const body = LEXICON[name];
    if (body === undefined) throw new RuleError(ruleId, `unknown lexicon macro %${name}%`);
    choices = splitChoices(body, ruleId, false);
    macroCache.set(name, choices);
  }
  return choices;
}

/**
 * A group's choices, with whole-choice macros spliced in as the compiler does (`(%a%|b)` is
 * one group). The compiler also reorders choices longest first; the order doesn't matter to the
 * prefilter, so it is left as written.
 */
function splitChoices(body: string, ruleId: string, macros: boolean): Choice[] | null {
  if (SIMPLE_GROUP.test(body)) return simpleChoices(body);
  const out: Choice[] = [];
  for (const raw of body.split('|')) {
    const text = raw.trim();
    if (!text) continue;
    const macro = macros ? MACRO.exec(text) : null;
    if (macro) {
      const spliced = macroChoices(macro[1], ruleId);
      if (!spliced) return null;
      out.push(...spliced);
      continue;
    }
    if (!text.startsWith('/') && (/%[a-zA-Z][\w-]*%/.test(text) || /[()]/.test(text))) return null;
    const c = readChoice(text);
    if (!c) return null;
    out.push(c);
  }
  return out;
}

/** Single words only, as most groups and lexicon macros are ("sign|approve|commit"). */
const WORDS_ONLY = /^[A-Za-z0-9|-]*$/;

/**
 * readGroup for a WORDS_ONLY body, without a Choice per word: a page's first analysis reads
 * hundreds of these groups, thousands of words, in cold code.
 */
function wordsGroup(body: string): GroupData {
  const words = [...new Set(body.toLowerCase().split('|'))].filter((w) => w);
  return { hard: words.length > 0, choices: words.map((w) => [w]), words };
}

/** A group as the prefilter keeps it (compromise's view of `( … )` or a bare `%macro%`). */
function readGroup(group: string, ruleId: string): GroupData | null {
  const bare = MACRO.exec(group);
  const body = bare ? LEXICON[bare[1]] : group;
  if (body !== undefined && WORDS_ONLY.test(body)) return wordsGroup(body);
  const choices = bare ? macroChoices(bare[1], ruleId) : splitChoices(group, ruleId, true);
  if (!choices) return null;
  const hard = choices.length > 0 && choices.every((c) => c.words.length > 0);
  if (!hard) return { hard, choices: [], words: [] };
  // compromise keeps a group of plain single words as a set (doFastOrMode): repeats collapse.
  const lists = choices.every((c) => c.plain) ? [...new Set(choices.map((c) => c.words[0]))].map((w) => [w]) : choices.map((c) => c.words);
  return { hard, choices: lists, words: lists.map((c) => c.reduce((a, b) => (b.length > a.length ? b : a))) };
}

/**
 * A pattern's top-level tokens (compromise's parseBlocks: /regex/ terms, ( ) blocks, words), or
 * only the first `max` of them.
 */
export function topTokens(pattern: string, max = Infinity): string[] | null {
  const out: string[] = [];
  let i = 0;
  while (i < pattern.length && out.length < max) {
    while (pattern[i] === ' ') i++;
    if (i >= pattern.length) break;
    let j = i;
    while (pattern[j] === '!' || pattern[j] === '[' || pattern[j] === '^') j++;
    if (pattern[j] === '/') {
      // A regex term runs to the next "/" that ends a token.
      const close = /[^\\/]\/[?\]+*$]*(?= |$)/g;
      close.lastIndex = j;
      const m = close.exec(pattern);
      if (!m) return null;
      j = m.index + m[0].length;
    } else if (pattern[j] === '(') {
      const end = pattern.indexOf(')', j);
      if (end < 0) return null;
      j = end + 1;
      while (j < pattern.length && pattern[j] !== ' ') j++;
    } else {
      while (j < pattern.length && pattern[j] !== ' ') j++;
    }
    out.push(pattern.slice(i, j));
    i = j;
  }
  return out;
}

/** Contractions outside groups rewritten as the compiler does ("don't" → "do not"); groups keep theirs for readGroup. */
function outsideContractions(source: string): string {
  if (!/['\u2019]/.test(source)) return source;
  const groups: string[] = [];
  const short = source.replace(/\(([^()]*)\)/g, (_w, body: string) => `(${groups.push(body) - 1})`);
  return expandContractions(short).replace(/\((\d+)\)/g, (_w, n: string) => `(${groups[Number(n)]})`);
}

/** Read groups by their text: the same lexicon alternations recur in pattern after pattern. */
const groupCache = new Map<string, GroupData | null>();

function cachedGroup(group: string, ruleId: string): GroupData | null {
  let g = groupCache.get(group);
  if (g === undefined) {
    const m = MACRO.exec(group);
    if (m && LEXICON[m[1]] === undefined) throw new RuleError(ruleId, `unknown lexicon macro %${m[1]}%`);
    g = readGroup(group, ruleId);
    groupCache.set(group, g);
  }
  return g;
}

/** A required word's terms as compromise splits them (splitHyphens): "follow-up" is two, unless its first part is a prefix ("re-do"). */
function wordParts(word: string): string[] {
  const parts = HAS_DASH.test(word) ? word.split(/[-–—]/g).filter((w) => w) : [word];
  return parts.length > 1 && Object.prototype.hasOwnProperty.call(PREFIXES, parts[0]) ? [word] : parts;
}

/**
 * What one top-level token, as written, can anchor a pattern on: each of a required word's terms
 * (`words`), or a required group's words, one per choice (`group`). Null for a token that can't
 * anchor: optional, negated, a wildcard or regex, a contraction (its terms are compromise's to
 * say), a group with a choice of no words, or anything the reader doesn't know.
 */
export function tokenAnchors(raw: string, ruleId = '?'): { words?: string[]; group?: string[] } | null {
  const t: Token = {};
  if (!readContent(stripFlags(raw, t), t, true) || !required(t)) return null;
  if (t.group !== undefined) {
    const g = cachedGroup(t.group, ruleId);
    return g && g.hard ? { group: g.words } : null;
  }
  if (t.word === undefined || /['\u2019]/.test(t.word)) return null;
  return { words: wordParts(t.word) };
}

/** The prefilter data for a pattern as written, or null when compromise must read it. */
export function readPrefilter(source: string, ruleId = '?'): PrefilterData | null {
  if (UNSURE.test(source) && UNSURE.test(source.replace(/\/[^/ ]*\//g, '/r/'))) return null;
  const tokens = topTokens(outsideContractions(source));
  if (!tokens) return null;
  const data: PrefilterData = { needs: [], groups: [], choices: [] };
  for (const raw of tokens) {
    const t: Token = {};
    if (!readContent(stripFlags(raw, t), t, true)) return null;
    if (t.group !== undefined) {
      const g = cachedGroup(t.group, ruleId);
      if (!g) return null;
      if (!required(t) || !g.hard) continue;
      data.choices.push(g.choices);
      data.groups.push(g.words);
      continue;
    }
    if (t.word === undefined || !required(t)) continue;
    data.needs.push(...wordParts(t.word));
  }
  return data;
}
