/**
 * A faster way into compromise's sweep, with the same results.
 *
 * For each sentence, sweep (compromise 14, src/1-one/sweep/methods/sweep) first walks every hook
 * word of the net (2,300+ for the built-in rules), concatenates the match lists of the words the
 * sentence has ("the", "you", "to": ~200 matches each), de-duplicates and filters them, and only
 * then runs the few survivors. That bookkeeping was most of the engine's time on a sentence that
 * passes the prefilter (profiled with node --cpu-prof on the bench corpus).
 *
 * narrowNet picks the very same survivors, in the very same order, from an index of each match's
 * required words, and hands them to sweep as its `always` list, so sweep only runs the matches.
 * Same results by construction: the gate is sweep's own (01-getHooks: some hook word present;
 * 02-trim-down: needs, ifNo, wants) on sweep's own word cache (cacheDoc), and the order is the one
 * getHooks builds (hooks in Object.keys order, each match placed at its first present hook).
 */

interface NetMatch {
  match: string;
  needs: string[];
  wants: string[];
  minWant: number;
  ifNo?: string[];
}

interface Net {
  hooks: Record<string, NetMatch[]>;
  always?: NetMatch[];
}

interface Index {
  /** A word → the matches that cannot pass the gate without it (or, with no needs, any of their hooks). */
  byWord: Map<string, NetMatch[]>;
  /** Each match's hook words with where getHooks would place it: hook rank, then position in that hook's list. */
  hooksOf: Map<NetMatch, Array<{ word: string; order: number }>>;
}

const indexes = new WeakMap<object, Index>();

function indexOf(net: Net): Index {
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
  const byWord = new Map<string, NetMatch[]>();
  for (const [m, hooks] of hooksOf) {
    hooks.sort((a, b) => a.order - b.order);
    // All needs must be present, so any one of them finds every match that can pass (the
    // longest is the rarest); with none, at least minWant wants must be; failing both, a match
    // is tried whenever one of its hooks is there.
    const anchors = m.needs.length
      ? [m.needs.reduce((a, b) => (b.length > a.length ? b : a))]
      : m.wants.length && m.minWant >= 1
        ? m.wants
        : hooks.map((h) => h.word);
    for (const w of anchors) {
      const list = byWord.get(w) ?? [];
      list.push(m);
      byWord.set(w, list);
    }
  }
  idx = { byWord, hooksOf };
  indexes.set(net, idx);
  return idx;
}

/** sweep's 02-trim-down, for one match against one sentence's word cache. */
function passesTrim(m: NetMatch, cache: Set<string>): boolean {
  if (!m.needs.every((n) => cache.has(n))) return false;
  if (m.ifNo !== undefined && m.ifNo.some((n) => cache.has(n))) return false;
  if (m.wants.length === 0) return true;
  let found = 0;
  for (const w of m.wants) if (cache.has(w)) found++;
  return found >= m.minWant;
}

/**
 * The net sweep would effectively use on a one-sentence document whose word cache is `cache`:
 * no hooks to walk, just the matches to run, in order.
 */
export function narrowNet(net: Net, cache: Set<string>): Net {
  const { byWord, hooksOf } = indexOf(net);
  const seen = new Set<NetMatch>();
  const picked: Array<{ order: number; m: NetMatch }> = [];
  for (const w of cache) {
    const list = byWord.get(w);
    if (!list) continue;
    for (const m of list) {
      if (seen.has(m)) continue;
      seen.add(m);
      const first = hooksOf.get(m)!.find((h) => cache.has(h.word));
      if (first && passesTrim(m, cache)) picked.push({ order: first.order, m });
    }
  }
  picked.sort((a, b) => a.order - b.order);
  return { hooks: {}, always: [...picked.map((p) => p.m), ...(net.always ?? [])] };
}
