import type { Finding } from './types';
import type { ResolvedOptions } from './options';
import { isGuarded, normalizeForGuards, DEFAULT_GUARDS } from './context';
import { MAX_SENTENCE } from './text-split';

const cache = new Map<string, RegExp>();

/** A user's phrase matched as words, case-insensitively, any run of spaces between words. */
function phraseRegex(phrase: string): RegExp {
  let re = cache.get(phrase);
  if (!re) {
    const body = phrase
      .trim()
      .split(/\s+/)
      .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['\u2019]/g, "['\u2019]"))
      .join('\\s+');
    re = new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'giu');
    cache.set(phrase, re);
  }
  re.lastIndex = 0;
  return re;
}

export function slug(phrase: string): string {
  return phrase.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40) || 'phrase';
}

/** Findings for the user's own phrases; the negation and reassurance guards apply as for rules. */
export function customPhraseFindings(text: string, opts: ResolvedOptions): Finding[] {
  const out: Finding[] = [];
  for (const cp of opts.customPhrases) {
    const id = `custom/${slug(cp.phrase)}`;
    if (opts.ignoredRules.has(id)) continue;
    const re = phraseRegex(cp.phrase);
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      const start = m.index;
      const end = start + m[0].length;
      // The sentence around the match is the guard's context. Searched within a window of
      // MAX_SENTENCE either side: unbounded searches made each match scan the whole text, so a
      // page with thousands of matches and no line break took seconds (tests/engine/fuzz.test.ts).
      const lo = Math.max(0, start - MAX_SENTENCE);
      const head = text.slice(lo, start);
      const before = lo + head.lastIndexOf('\n') + 1;
      const stops = ['. ', '! ', '? '].map((p) => head.lastIndexOf(p));
      const sStart = Math.max(before, ...stops.map((i) => (i < 0 ? lo : lo + i + 2)));
      const tail = text.slice(end, end + MAX_SENTENCE);
      const nl = tail.indexOf('\n');
      const sEnd = nl === -1 ? end + tail.length : end + nl;
      const sentence = normalizeForGuards(text.slice(sStart, sEnd));
      if (isGuarded(DEFAULT_GUARDS, [], { sentence, start: start - sStart, end: end - sStart })) continue;
      out.push({
        ruleId: id,
        category: cp.category,
        severity: cp.severity ?? 'warning',
        start,
        end,
        text: m[0],
        message: cp.message,
        why: 'Your team flagged this phrase.',
        alternatives: [],
      });
      if (m[0].length === 0) re.lastIndex++;
    }
  }
  return out;
}
