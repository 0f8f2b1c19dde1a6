import { native } from './native-regex';

/**
 * Word gates for the long cue regexes. The question cues, sentence shapes and coverage topics are
 * ~45 regexes of the form `\b(?:word|other words|…)`, and every sentence ran all of them: about a
 * fifth of analysis time. Most can only match
 * where a word starts with one of a few literal prefixes, so each sentence is scanned once for
 * its word starts, and a regex runs only if one of its prefixes is there. A regex whose start
 * this reader can't pin down (a class, a wildcard, a lookbehind, a match that may start mid-word)
 * gets no gate and always runs: the gate may let a sentence through for nothing, but never keeps
 * one from a regex that would match it (tests/engine/regex-gate.test.ts checks both).
 */

/**
 * A regex's possible starts: lower-case literal prefixes. One that begins with a word character
 * is found at a word start; one that begins with another character ("#1 ") anywhere. null: no gate.
 */
export function gatePrefixes(re: RegExp): string[] | null {
  try {
    const alts = new Reader(re.source).alternation();
    const out = new Set<string>();
    for (const atoms of alts) {
      // Behind \b a word character starts a word. A prefix that starts with punctuation is looked
      // for anywhere, so it needs no \b; one that starts with a word character and has none might
      // start mid-word.
      const bounded = atoms[0]?.kind === 'boundary';
      const p = firsts(atoms, bounded ? 1 : 0);
      if (!p) return null;
      for (const x of p) {
        if (!bounded && WORD_START.test(x)) return null;
        out.add(x);
      }
    }
    return out.size ? [...out] : null;
  } catch {
    return null;
  }
}

const WORD_START = /^[a-z0-9_]/;

type Atom =
  | { kind: 'text'; text: string }
  | { kind: 'char'; c: string; min: number; max: number }
  | { kind: 'chars'; cs: string[]; min: number; max: number }
  | { kind: 'group'; alts: Atom[][]; min: number; max: number }
  | { kind: 'boundary' }
  | { kind: 'zero' }
  | { kind: 'other'; min: number };

/** Prefixes every match of atoms[k…] starts with; null when one may start otherwise (or be empty). */
function firsts(atoms: Atom[], k: number): Set<string> | null {
  if (k >= atoms.length) return null;
  const a = atoms[k];
  if (a.kind === 'zero') return firsts(atoms, k + 1);
  if (a.kind === 'boundary' || a.kind === 'other') return null;
  if (a.kind === 'text') return new Set([a.text]);
  let own: Set<string>;
  if (a.kind === 'char') own = new Set([a.c]);
  else if (a.kind === 'chars') own = new Set(a.cs);
  else {
    own = new Set();
    for (const alt of a.alts) {
      // An alternative that may match nothing starts where the group's sequence goes on.
      const p = firsts(alt, 0) ?? firsts([...alt, ...atoms.slice(k + 1)], 0);
      if (!p) return null;
      for (const x of p) own.add(x);
    }
  }
  if (a.min > 0) return own;
  const rest = firsts(atoms, k + 1);
  if (!rest) return null;
  for (const x of rest) own.add(x);
  return own;
}

/**
 * The source in tokens, split by one native regex: it runs on first use of every gated regex,
 * in cold code, so the loop below walks tokens rather than characters.
 */
const TOKEN =
  /\\(?:[pPu]\{[^}]*\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|[^])|\(\?(?:[:=!]|<[=!]|<[^>]*>)|[()|]|\[(?:\\[^]|[^\]\\])*\]|[?*+]\??|\{\d+(?:,\d*)?\}\??|[.^$]|[^\\()|[\]?*+{}.^$]+/g;
const QUANT = /^(?:[?*+]|\{)/;
const LITERAL_ESCAPE = /^\\[.\-'/\\()[\]?*+{}|^$ &,:]$/;
const SHORT_CLASS = /^\[[a-zA-Z0-9 '-]{1,6}\]$/;

/** Enough of JavaScript's regex syntax to find where a match can start. Throws on anything odd. */
class Reader {
  private i = 0;
  private readonly t: string[];
  constructor(source: string) {
    this.t = source.match(TOKEN) ?? [];
    if (this.t.join('') !== source) throw new Error('tokens');
  }

  alternation(): Atom[][] {
    const alts: Atom[][] = [this.sequence()];
    while (this.t[this.i] === '|') {
      this.i++;
      alts.push(this.sequence());
    }
    return alts;
  }

  private sequence(): Atom[] {
    const atoms: Atom[] = [];
    while (this.i < this.t.length && this.t[this.i] !== '|' && this.t[this.i] !== ')') this.atom(atoms);
    return atoms;
  }

  private atom(atoms: Atom[]): void {
    const tok = this.t[this.i++];
    const c = tok[0];
    if (c === '(') {
      const zero = tok.length > 2 && (tok[2] === '=' || tok[2] === '!' || (tok[2] === '<' && (tok[3] === '=' || tok[3] === '!')));
      const alts = this.alternation();
      if (this.t[this.i++] !== ')') throw new Error('paren');
      atoms.push(zero ? { kind: 'zero' } : { kind: 'group', alts, ...this.quantifier() });
    } else if (c === '^' || c === '$') atoms.push({ kind: 'zero' });
    else if (c === '\\') {
      if (tok === '\\b') atoms.push({ kind: 'boundary' });
      else if (tok === '\\B') atoms.push({ kind: 'zero' });
      else if (LITERAL_ESCAPE.test(tok)) atoms.push({ kind: 'char', c: tok[1], ...this.quantifier() });
      else if (tok === '\\d') atoms.push({ kind: 'chars', cs: [...'0123456789'], ...this.quantifier() });
      else atoms.push({ kind: 'other', ...this.quantifier() });
    } else if (c === '[') {
      const q = this.quantifier();
      // A short class of plain characters ([Ss], [- ]) is an alternation; anything else is unknown.
      if (!SHORT_CLASS.test(tok) || /.-./.test(tok.slice(1, -1))) atoms.push({ kind: 'other', min: q.min });
      else atoms.push({ kind: 'chars', cs: [...new Set(tok.slice(1, -1).toLowerCase())], ...q });
    } else if (c === '.') atoms.push({ kind: 'other', ...this.quantifier() });
    else if (c === ')' || c === '|' || QUANT.test(tok) || c === '}') throw new Error('syntax');
    else {
      // A literal run; a quantifier after it applies to its last character only.
      const text = tok.toLowerCase();
      const q = this.quantifier();
      if (q.min === 1 && q.max === 1) atoms.push({ kind: 'text', text });
      else {
        if (text.length > 1) atoms.push({ kind: 'text', text: text.slice(0, -1) });
        atoms.push({ kind: 'char', c: text[text.length - 1], ...q });
      }
    }
  }

  private quantifier(): { min: number; max: number } {
    const tok = this.t[this.i];
    if (tok === undefined || !QUANT.test(tok)) return { min: 1, max: 1 };
    this.i++;
    const c = tok[0];
    if (c === '?') return { min: 0, max: 1 };
    if (c === '*') return { min: 0, max: Infinity };
    if (c === '+') return { min: 1, max: Infinity };
    const m = /^\{(\d+)(,(\d*))?\}/.exec(tok) as RegExpExecArray;
    return { min: Number(m[1]), max: m[2] ? (m[3] ? Number(m[3]) : Infinity) : Number(m[1]) };
  }
}

/** The prefixes of every gated regex by their first two characters (one-character prefixes under one). */
const byStart = new Map<string, Array<{ prefix: string; gate: number }>>();
/** Prefixes that start with punctuation, found anywhere in the text. */
const anywhere: Array<{ prefix: string; gate: number }> = [];
/** Each regex's gate number, or null for none. */
const gates = new WeakMap<RegExp, number | null>();
let gateCount = 0;
/** Every regex that has asked, for the test that checks no gate hides a match. */
const asked: RegExp[] = [];

export function askedRegexes(): readonly RegExp[] {
  return asked;
}

/**
 * The gates each recent text opens, one bit per gate. A sentence is asked about by its shape,
 * its cues and its coverage in turn, with paragraphs in between, so one scan serves them all.
 */
const opened = new Map<string, Uint32Array>();
const RECENT_TEXTS = 256;
/** Longer texts are scanned each time rather than kept: the cache holds sentences, not whole pasted documents. */
const CACHED_LENGTH = 2000;

function isWordChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 95 || (code >= 65 && code <= 90);
}

function register(re: RegExp): number | null {
  const prefixes = gatePrefixes(re);
  const gate = prefixes ? gateCount++ : null;
  gates.set(re, gate);
  if (gate !== null && prefixes) {
    for (const prefix of prefixes) {
      if (!WORD_START.test(prefix)) {
        anywhere.push({ prefix, gate });
        continue;
      }
      const key = prefix.slice(0, 2);
      const list = byStart.get(key);
      if (list) list.push({ prefix, gate });
      else byStart.set(key, [{ prefix, gate }]);
    }
    // A text scanned before this gate existed hasn't marked it.
    opened.clear();
  }
  return gate;
}

/** The gates whose prefixes start a word of the text. */
function scanText(text: string): Uint32Array {
  const bits = new Uint32Array((gateCount + 31) >>> 5);
  const open = (g: number): void => {
    bits[g >>> 5] |= 1 << (g & 31);
  };
  // "ſ" folds to "s" under the regexes' i flag; toLowerCase leaves it.
  const lower = text.toLowerCase().replace(/\u017f/g, 's');
  for (const e of anywhere) if (lower.includes(e.prefix)) open(e.gate);
  for (let i = 0; i < lower.length; i++) {
    if (!isWordChar(lower.charCodeAt(i)) || (i > 0 && isWordChar(lower.charCodeAt(i - 1)))) continue;
    const one = byStart.get(lower[i]);
    if (one) for (const e of one) open(e.gate);
    const two = byStart.get(lower.slice(i, i + 2));
    if (two) for (const e of two) if (lower.startsWith(e.prefix, i)) open(e.gate);
  }
  if (text.length <= CACHED_LENGTH) {
    if (opened.size >= RECENT_TEXTS) opened.clear();
    opened.set(text, bits);
  }
  return bits;
}

/**
 * Uses before a regex gets its gate. Reading a regex for its prefixes costs more, in the cold code
 * of a page's first analysis, than running it on a few sentences, and the first email reaches
 * nearly every cue anyway: gates pay off once the engine is warm.
 */
export const GATE_AFTER = 32;
const uses = new WeakMap<RegExp, number>();

/** Whether the regex could match the text: false only when it surely can't. */
export function mayMatchText(re: RegExp, text: string): boolean {
  let gate = gates.get(re);
  if (gate === undefined) {
    const n = (uses.get(re) ?? 0) + 1;
    if (n === 1) {
      asked.push(re);
      // The long alternations are compiled once, straight to machine code (native-regex.ts).
      native(re);
    }
    if (n < GATE_AFTER) {
      uses.set(re, n);
      return true;
    }
    gate = register(re);
  }
  if (gate === null) return true;
  const bits = opened.get(text) ?? scanText(text);
  return ((bits[gate >>> 5] >>> (gate & 31)) & 1) === 1;
}

/** `re.test(text)`, skipped when the gate says it can't match. For regexes without the g flag. */
export function gatedTest(re: RegExp, text: string): boolean {
  return mayMatchText(re, text) && re.test(text);
}
