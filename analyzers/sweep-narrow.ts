/**
 * A faster way into compromise's sweep, with the same results.
 *
 * For each sentence, sweep (compromise 14, src/1-one/sweep/methods/sweep) walks every hook word
 * of its net, concatenates the match lists of the words the sentence has ("the", "you", "to":
 * hundreds of matches each), de-duplicates and filters them, and then runs the survivors, most
 * of which cannot match. That was most of the engine's time on a sentence that passes the
 * prefilter (node --cpu-prof on the bench corpus).
 *
 * narrowNet hands sweep only the matches worth running, as its `always` list:
 * - the prefilter's gate (prefilter.ts meetingWords): every required word, and every hard (a|b)
 *   group with a choice whose words are all in the sentence's word cache (cacheDoc: each term's
 *   normal, implicit, machine, root and alias forms). A word can only match a term through those
 *   forms, so this drops only matches that cannot match;
 * - sweep's own gate (02-trim-down: needs, ifNo, wants) on the same cache, so nothing runs that
 *   sweep itself would have skipped.
 * A pattern is parsed by compromise only here, the first time it passes the prefilter
 * (compile.ts). Matches run in rule-set order, so hits come out in that order.
 */
import type { CompiledPattern, CompiledRuleSet } from './compile';
import type { NetMatch } from './net-match';
import { meetingWords } from './prefilter';

export interface Net {
  hooks: Record<string, NetMatch[]>;
  always: NetMatch[];
}

/** sweep's 02-trim-down, for one match against one sentence's word cache. */
function passesTrim(m: NetMatch, cache: Set<string>): boolean {
  for (const n of m.needs) if (!cache.has(n)) return false;
  if (m.ifNo !== undefined && m.ifNo.some((n) => cache.has(n))) return false;
  if (m.wants.length === 0) return true;
  let found = 0;
  for (const w of m.wants) if (cache.has(w)) found++;
  return found >= m.minWant;
}

/**
 * The net to sweep a document with: of the prefilter's candidates (found on the engine's own
 * word set, a superset of compromise's), those that pass both gates on compromise's word cache
 * (the union of its sentences' caches).
 */
export function narrowNet(set: CompiledRuleSet, candidates: CompiledPattern[], cache: Set<string>): Net {
  const picked: CompiledPattern[] = [];
  for (const p of meetingWords(set, candidates, cache)) {
    const m = p.netMatch();
    if (m && passesTrim(m, cache)) picked.push(p);
  }
  picked.sort((a, b) => a.index - b.index);
  return { hooks: {}, always: picked.map((p) => p.netMatch() as NetMatch) };
}
