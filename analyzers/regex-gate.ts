/**
 * V8 compiles a regular expression the first time it runs, and the engine's cue and coverage
 * expressions are long alternations of phrases: compiling them all took most of the first
 * analysis after a page loads. A sentence that contains none of an expression's required
 * literals can't match it, so until an expression has run once, its gate asks that first: the
 * expressions a draft never needs are never compiled. Once one has run, it runs every time, as
 * before (the check would cost more than the warm match).
 *
 * The literals are read from the expression's source: for each branch, the longest run of
 * plain characters it can't match without. Anything this reader doesn't know (a backreference,
 * an odd escape) gives no literals, and the expression simply runs.
 */

interface Reading {
  /** Any match contains one of these (lower-cased when the expression ignores case); null: no such set known. */
  set: string[] | null;
  end: number;
}

const ZERO_WIDTH = /^\\[bB]|^[\^$]/;
/** Escapes that stand for one literal character. */
const ESCAPED_LITERAL = /^\\([.\-/?()[\]{}|*+^$\\'"!,:;=&%#@~`<> ])/;
const UNICODE_ESCAPE = /^\\u([0-9a-fA-F]{4})/;
const HEX_ESCAPE = /^\\x([0-9a-fA-F]{2})/;
/** Escapes for one character of a class (\w, \s, \d, \p{…}, \n…): not a literal the reader can use. */
const CLASS_ESCAPE = /^\\(?:[wWsSdDnrtfv0]|[pP]\{[^}]*\})/;
const QUANTIFIER = /^(?:[?*+]|\{(\d+)(?:,(\d*))?\})\??/;

function better(a: string[] | null, b: string[] | null): string[] | null {
  if (!a) return b;
  if (!b) return a;
  const min = (s: string[]) => Math.min(...s.map((x) => x.length));
  return min(b) > min(a) || (min(b) === min(a) && b.length < a.length) ? b : a;
}

/** Reads a disjunction from `i` to its closing `)` (or the end): the literals one of which every match holds. */
function readDisjunction(src: string, i: number, fold: boolean): Reading | null {
  const branches: Array<string[] | null> = [];
  let best: string[] | null = null;
  let run = '';
  const endRun = () => {
    if (run) best = better(best, [run]);
    run = '';
  };
  while (i < src.length && src[i] !== ')') {
    const rest = src.slice(i);
    if (src[i] === '|') {
      endRun();
      branches.push(best);
      best = null;
      i++;
      continue;
    }
    // One atom: a literal character, or something else (a class, a group, a zero-width assertion).
    let literal: string | null = null;
    let set: string[] | null = null;
    let len = 1;
    let m: RegExpExecArray | null;
    if ((m = ZERO_WIDTH.exec(rest))) {
      endRun();
      i += m[0].length;
      continue;
    } else if (src[i] === '(') {
      const look = /^\(\?<?[=!]/.exec(rest);
      const open = look ? look[0].length : /^\(\?(?::|<[A-Za-z_]\w*>)/.exec(rest)?.[0].length ?? 1;
      if (rest.startsWith('(?') && !look && open === 1) return null;
      const inner = readDisjunction(src, i + open, fold);
      if (!inner || src[inner.end] !== ')') return null;
      len = inner.end + 1 - i;
      // A lookaround matches nothing itself: it requires no characters of the match.
      if (look) {
        endRun();
        i += len;
        continue;
      }
      set = inner.set;
    } else if (src[i] === '[') {
      let j = i + 1;
      if (src[j] === '^') j++;
      if (src[j] === ']') j++;
      while (j < src.length && src[j] !== ']') j += src[j] === '\\' ? 2 : 1;
      if (j >= src.length) return null;
      len = j + 1 - i;
    } else if (src[i] === '.') {
      len = 1;
    } else if (src[i] === '\\') {
      if ((m = ESCAPED_LITERAL.exec(rest))) literal = m[1];
      else if ((m = UNICODE_ESCAPE.exec(rest)) || (m = HEX_ESCAPE.exec(rest))) literal = String.fromCharCode(parseInt(m[1], 16));
      else if (!(m = CLASS_ESCAPE.exec(rest))) return null;
      len = m[0].length;
    } else if ('*+?{}'.includes(src[i])) {
      return null;
    } else {
      literal = src[i];
    }
    i += len;
    const q = QUANTIFIER.exec(src.slice(i));
    const optional = q !== null && (q[0][0] === '?' || q[0][0] === '*' || (q[1] !== undefined && Number(q[1]) === 0));
    const repeated = q !== null && !optional;
    if (q) i += q[0].length;
    if (literal !== null && !optional) {
      run += fold ? literal.toLowerCase() : literal;
      // "a+" needs one "a", but what follows need not come right after it.
      if (repeated) endRun();
      continue;
    }
    endRun();
    if (!optional && set) best = better(best, set);
  }
  endRun();
  branches.push(best);
  if (branches.some((b) => !b || b.some((s) => s.length === 0))) return { set: null, end: i };
  return { set: [...new Set((branches as string[][]).flat())], end: i };
}

/** Literals one of which every match of `re` contains (lower-cased if it ignores case); null when none are known. */
export function requiredLiterals(re: RegExp): string[] | null {
  const r = readDisjunction(re.source, 0, re.ignoreCase);
  if (!r || r.end !== re.source.length || !r.set) return null;
  // Case-insensitive matching of non-ASCII letters folds in ways lower-casing may not (ſ, K).
  return r.set.every((s) => /^[\x20-\x7e]*$/.test(s)) ? r.set : null;
}

let lastText = '';
let lastLower = '';
let lastAscii = true;

/**
 * One expression's gate. `may(text)` is false only when the expression has never run and `text`
 * can't match it; callers skip it then, and otherwise run it, after which `may` is always true.
 * A field test on the hot path, since it sits in front of every cue on every sentence.
 */
export class RegexGate {
  private warm = false;
  private literals: string[] | null | undefined;

  constructor(readonly re: RegExp) {}

  may(text: string): boolean {
    if (this.warm) return true;
    this.literals ??= requiredLiterals(this.re);
    const gate = this.literals;
    if (gate) {
      if (text !== lastText) {
        lastText = text;
        lastLower = text.toLowerCase();
        lastAscii = /^[\x00-\x7f]*$/.test(text);
      }
      const hay = this.re.ignoreCase ? lastLower : text;
      if (lastAscii && !gate.some((s) => hay.includes(s))) return false;
    }
    this.warm = true;
    return true;
  }

  /** `re.test(text)`, skipped uncompiled while it can't match. */
  test(text: string): boolean {
    return this.may(text) && this.re.test(text);
  }

  /** `re.exec(text)`, likewise (for a non-global expression). */
  exec(text: string): RegExpExecArray | null {
    return this.may(text) ? this.re.exec(text) : null;
  }
}
