/**
 * A pack's phrases and patterns, checked before they reach the engine. compromise accepts almost
 * any string and silently never matches a malformed one ("(sign|commit by friday" becomes a word
 * with a bracket in it), so the checks here turn those into errors a person can act on.
 */
import nlp from 'compromise/one';
import { expandContractions, expandMacros, RuleError } from '../../analyzers/compile';
import { LIMITS } from './limits';

/** Punctuation a phrase may carry: it is not part of words, so it is dropped. */
const DROPPED = /[.,!?;:"\u201c\u201d\u2018\u2019()]/g;
const WORD = /^[\p{L}\p{N}'\u2019]+$/u;

/** A plain phrase as a match string of words ("Act now!" → "act now"); hyphens split words as in text. */
export function phraseToPattern(phrase: string): { pattern: string } | { error: string } {
  const words = phrase
    .replace(/(?<=\p{L})['\u2019](?=\p{L})/gu, "'")
    .replace(DROPPED, (c) => (c === "'" ? c : ' '))
    .replace(/[-\u2013\u2014/]/g, ' ')
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean);
  for (const w of words) {
    if (!WORD.test(w.replace(/'/g, ''))) {
      const bad = [...w].find((c) => !/[\p{L}\p{N}']/u.test(c));
      return { error: `"${phrase}" contains "${bad}", which a phrase can't match: text is matched word by word, so use words only (or a pattern with a /regex/ term)` };
    }
  }
  if (words.length === 0) return { error: `"${phrase}" has no words` };
  return { pattern: words.join(' ') };
}

type Reg = Record<string, unknown>;

function* walk(value: unknown): Generator<Reg> {
  if (Array.isArray(value)) for (const v of value) yield* walk(v);
  else if (value && typeof value === 'object' && !(value instanceof RegExp) && !(value instanceof Set)) {
    yield value as Reg;
    for (const v of Object.values(value)) if (Array.isArray(v)) yield* walk(v);
  }
}

/**
 * Why a regular expression could take exponential time on a long word, or null. Catches the
 * classic shapes: a repeated group that itself repeats ("(a+)+") or has alternatives
 * ("(a|ab)*"), and back-references. Timing alone can't catch these: the check would never end.
 */
export function unsafeRegex(source: string): string | null {
  // Each open-ended repeat multiplies the work on a long word ("\w*\w*\w*x" is cubic): allow two.
  const open = (source.replace(/\\./g, '').replace(/\[[^\]]*\]/g, 'c').match(/[*+]|\{\d+,(\d{2,})?\}/g) ?? []).length;
  if (open > 2) return `has ${open} open-ended repeats (*, + or {n,}); at most 2 are allowed, since each one multiplies the time on a long word`;
  type Frame = { quant: boolean; alt: boolean };
  const stack: Frame[] = [{ quant: false, alt: false }];
  let lastGroup: Frame | null = null;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    const top = stack[stack.length - 1];
    if (c === '\\') {
      const n = source[i + 1] ?? '';
      if (/[1-9]/.test(n) || n === 'k') return 'uses a back-reference, which can take exponential time: match the words without it';
      i++;
      lastGroup = null;
      continue;
    }
    if (c === '[') {
      for (i++; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++;
      lastGroup = null;
      continue;
    }
    if (c === '(') {
      stack.push({ quant: false, alt: false });
      lastGroup = null;
      continue;
    }
    if (c === ')') {
      lastGroup = stack.length > 1 ? (stack.pop() as Frame) : null;
      const parent = stack[stack.length - 1];
      if (lastGroup?.quant) parent.quant = true;
      continue;
    }
    if (c === '|') {
      top.alt = true;
      lastGroup = null;
      continue;
    }
    const brace = c === '{' ? /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i)) : null;
    if (c === '*' || c === '+' || brace) {
      const unbounded = c !== '{' || (brace?.[2] !== undefined && (brace[3] === '' || Number(brace[3]) > 1));
      if (unbounded && lastGroup && (lastGroup.quant || lastGroup.alt)) {
        return lastGroup.quant
          ? 'repeats a group that itself repeats, like (a+)+, which can take exponential time on a long word: rewrite it without nested repetition'
          : 'repeats a group of alternatives, like (a|ab)*, which can take exponential time on a long word: rewrite it without the repeated group';
      }
      if (unbounded) top.quant = true;
      if (brace) i += brace[0].length - 1;
      if (source[i + 1] === '?' || source[i + 1] === '+') i++;
      lastGroup = null;
      continue;
    }
    lastGroup = null;
  }
  return null;
}

/** Problems with one pattern's syntax, as messages (empty when fine). Compilation is checked separately. */
export function patternProblems(source: string): string[] {
  const problems: string[] = [];
  let expanded: string;
  try {
    expanded = expandContractions(expandMacros(source)).trim();
  } catch (e) {
    return [e instanceof RuleError ? e.message.replace(/^\?: /, '') : String(e)];
  }
  // Brackets outside /regex/ terms must balance, and ( ) groups can't nest in compromise.
  const outside = expanded.replace(/(^|\s|\(|\|)\/(?:\\.|[^/\\])*\/(?=$|\s|\)|\||\?)/g, '$1 R ');
  let paren = 0;
  let square = 0;
  for (const c of outside) {
    if (c === '(') {
      if (paren > 0) problems.push('nested ( ) groups are not supported: list all alternatives in one group, like (sign|commit|agree)');
      paren++;
    } else if (c === ')') paren--;
    else if (c === '[') square++;
    else if (c === ']') square--;
    if (paren < 0 || square < 0) break;
  }
  if (paren !== 0) problems.push(`unbalanced ( ): ${paren > 0 ? 'a "(" is never closed' : 'a ")" has no "("'}`);
  if (square !== 0) problems.push(`unbalanced [ ]: ${square > 0 ? 'a "[" is never closed' : 'a "]" has no "["'}`);
  if (problems.length) return [...new Set(problems)];

  let regs: unknown;
  try {
    regs = (nlp as unknown as { parseMatch(p: string): unknown }).parseMatch(expanded);
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    return [/regular expression/i.test(msg) ? `has an invalid /regex/ term: ${msg}` : `could not be read: ${msg}`];
  }
  for (const reg of walk(regs)) {
    const word = reg.word;
    if (typeof word === 'string' && word && !WORD.test(word) && !/^[\p{L}\p{N}'.]+$/u.test(word)) {
      const bad = [...word].find((c) => !/[\p{L}\p{N}']/u.test(c));
      problems.push(`the word "${word}" contains "${bad}", which never matches: text is matched word by word without punctuation`);
    }
    const re = reg.regex;
    if (re instanceof RegExp) {
      if (re.source.length > LIMITS.regexTermChars) problems.push(`the /regex/ term is ${re.source.length} characters; at most ${LIMITS.regexTermChars}`);
      const unsafe = unsafeRegex(re.source);
      if (unsafe) problems.push(`the /regex/ term /${re.source}/ ${unsafe}`);
    }
  }
  return [...new Set(problems)];
}
