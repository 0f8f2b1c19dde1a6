import { cheapestAnchor } from './prefilter';
import { readPrefilter, tokenAnchors, topTokens, UNSURE } from './prefilter-reader';

/**
 * Which word set the prefilter indexes a pattern under (its anchor, compile.ts), said in a
 * character or three, so the built-in rules can ship it: reading every pattern and every word
 * group to choose anchors took ~130 ms of a page's cold start, and the build knows the answer.
 * A code names one top-level token of the pattern as written (and, for a hyphenated word, which
 * of its terms); at start-up the engine reads just that token. Whatever token a code names, the
 * engine derives the anchor from the token itself and only if that token is required, so a stale
 * or wrong code costs speed, never a match: any required word or group is a sound anchor.
 *
 * - `0`…`Z`: the token at that index (its first term, or its group's words);
 * - `-` and two digits: the token, then which term of a hyphenated word;
 * - `.`: none; the engine reads the whole pattern, as it does for rules without codes.
 */
const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
export const NO_ANCHOR = '.';

interface Candidate {
  keys: string[];
  code: string;
}

/**
 * The code for the pattern's cheapest anchor (build time): by `costOf` when the build measured
 * word frequencies, else as the engine would choose it reading the whole pattern.
 */
export function anchorCode(source: string, ruleId = '?', costOf?: (keys: string[]) => number): string {
  const tokens = topTokens(source, DIGITS.length);
  if (!tokens || !readPrefilter(source, ruleId)) return NO_ANCHOR;
  // The same order compileRules offers cheapestAnchor: needed words first, then groups, each as
  // written, so ties go the same way.
  const words: Candidate[] = [];
  const groups: Candidate[] = [];
  tokens.forEach((raw, k) => {
    const a = tokenAnchors(raw, ruleId);
    if (a?.group) groups.push({ keys: a.group, code: DIGITS[k] });
    a?.words?.forEach((w, j) => {
      if (j < DIGITS.length) words.push({ keys: [w], code: j === 0 ? DIGITS[k] : `-${DIGITS[k]}${DIGITS[j]}` });
    });
  });
  const all = [...words, ...groups];
  const best = cheapestAnchor(all.map((c) => c.keys), costOf);
  return all.find((c) => c.keys === best)?.code ?? NO_ANCHOR;
}

/** Every pattern's code for a rule, one after another. */
export function ruleAnchorCodes(sources: string[], ruleId = '?', costOf?: (keys: string[]) => number): string {
  return sources.map((s) => anchorCode(s, ruleId, costOf)).join('');
}

/** A rule's codes split per pattern; null when they don't fit its patterns (the engine then reads them all). */
export function splitAnchorCodes(codes: string, patterns: number): string[] | null {
  const out: string[] = [];
  for (let i = 0; i < codes.length; ) {
    const n = codes[i] === '-' ? 3 : 1;
    out.push(codes.slice(i, i + n));
    i += n;
  }
  return out.length === patterns && out.every((c) => c.length === 1 || c.length === 3) ? out : null;
}

/** The anchor a code names, read from the pattern (start-up); null when the engine must read the whole pattern. */
export function readAnchor(source: string, code: string, ruleId = '?'): string[] | null {
  // Syntax the reader doesn't know (fuzzy words, tags, escapes) may change what a token requires.
  if (code === NO_ANCHOR || UNSURE.test(source)) return null;
  const k = DIGITS.indexOf(code.length === 3 ? code[1] : code);
  const j = code.length === 3 ? DIGITS.indexOf(code[2]) : 0;
  if (k < 0 || j < 0) return null;
  const raw = topTokens(source, k + 1)?.[k];
  const a = raw === undefined ? null : tokenAnchors(raw, ruleId);
  if (a?.group) return j === 0 ? a.group : null;
  const w = a?.words?.[j];
  return w === undefined ? null : [w];
}
