/**
 * A faster way into compromise's sweep, with the same results.
 *
 * For each sentence, sweep (compromise 14, src/1-one/sweep/methods/sweep) first walks every hook
 * word of the net (2,300+ for the built-in rules), concatenates the match lists of the words the
 * sentence has ("the", "you", "to": ~200 matches each), de-duplicates and filters them, and then
 * runs the ~10 survivors, most of which cannot match. That was most of the engine's time on a
 * sentence that passes the prefilter (node --cpu-prof on the bench corpus).
 *
 * narrowNet hands sweep only the matches worth running, as its `always` list, in the order sweep
 * would have run them, so the hits and their order are unchanged:
 * - sweep's own gate (01-getHooks: a hook word present; 02-trim-down: needs, ifNo, wants), on
 *   sweep's own word cache (cacheDoc: each term's normal, implicit, machine, root and alias forms);
 * - and the prefilter's stricter one (compile.ts mayMatch): every hard (a|b) group has a choice
 *   whose words are all in that cache. A word can only match a term through those forms, so this
 *   drops only matches that cannot match; it cuts the matches run per sentence from ~10 to ~2.
 * - order: getHooks concatenates hooks in Object.keys order and keeps each match's first place.
 */
import { mayMatch, type CompiledPattern, type CompiledRuleSet } from './compile';

interface NetMatch {
  id: string;
  match: string;
  needs: string[];
  wants: string[];
  minWant: number;
  ifNo?: string[];
}

export interface Net {
  hooks: Record<string, NetMatch[]>;
  always?: NetMatch[];
}

/**
 * A pattern, its net match, and where getHooks would place the match for each of its hook words
 * (hook rank, then position in that hook's list), earliest first.
 */
interface Entry {
  p: CompiledPattern;
  m: NetMatch;
  hooks: Array<{ word: string; order: number }>;
  /** The last narrowNet call that looked at it (saves a Set per call). */
  seen: number;
}

interface Index {
  /** The prefilter's anchors (compileRules: a word each pattern cannot pass without), as entries. */
  byWord: Map<string, Entry[]>;
}

const indexes = new WeakMap<object, Index>();
let call = 0;

function indexOf(set: CompiledRuleSet, net: Net): Index {
  let idx = indexes.get(net);
  if (idx) return idx;
  const hooksOf = new Map<NetMatch, Array<{ word: string; order: number }>>();
  const keys = Object.keys(net.hooks);
  const width = Math.max(1, ...keys.map((k) => net.hooks[k].length));
  keys.forEach((word, rank) => {
    net.hooks[word].forEach((m, pos) => {
      const list = hooksOf.get(m) ?? [];
      list.push({ word, order: rank * width + pos });
      hooksOf.set(m, list);
    });
  });
  const entries = new Map<CompiledPattern, Entry>();
  for (const [m, hooks] of hooksOf) {
    const p = set.byKey.get(m.id);
    if (p) entries.set(p, { p, m, hooks: hooks.sort((a, b) => a.order - b.order), seen: 0 });
  }
  const byWord = new Map<string, Entry[]>();
  for (const [word, patterns] of set.anchors) {
    const list = patterns.map((p) => entries.get(p)).filter((e): e is Entry => e !== undefined);
    if (list.length) byWord.set(word, list);
  }
  idx = { byWord };
  indexes.set(net, idx);
  return idx;
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
 * The net to sweep a one-sentence document with, given its word cache: no hooks to walk, just
 * the matches to run, in order.
 */
export function narrowNet(set: CompiledRuleSet, net: Net, cache: Set<string>): Net {
  const { byWord } = indexOf(set, net);
  const stamp = ++call;
  const picked: Array<{ order: number; m: NetMatch }> = [];
  for (const w of cache) {
    const list = byWord.get(w);
    if (!list) continue;
    for (const e of list) {
      if (e.seen === stamp) continue;
      e.seen = stamp;
      if (!mayMatch(e.p, cache) || !passesTrim(e.m, cache)) continue;
      for (const h of e.hooks) {
        if (cache.has(h.word)) {
          picked.push({ order: h.order, m: e.m });
          break;
        }
      }
    }
  }
  picked.sort((a, b) => a.order - b.order);
  const always = picked.map((x) => x.m);
  if (net.always?.length) always.push(...net.always);
  return { hooks: {}, always };
}
