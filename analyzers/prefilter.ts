import type { CompiledPattern, CompiledRuleSet } from './compile';

/**
 * The word-level prefilter: a pattern is only worth running on a sentence that has all its
 * required words and, for each required (a|b) group, every word of one choice. It runs on every
 * sentence, so it is kept lean, and it is a superset of what compromise could match: it never
 * drops a sentence a pattern could match.
 */

/** The commonest English words: poor anchors, since nearly every sentence has some. */
const COMMON_WORDS = new Set(
  (
    'the be to of and a in that have i it for not on with he as you do at this but his by from they we say her she or an ' +
    'will my one all would there their what so up out if about who get which go me when make can like time no just him ' +
    'know take people into year your good some could them see other than then now look only come its over think also back ' +
    'after use two how our work first well way even new want because any these give day most us is are was were has had ' +
    'been am did does need let here more very really'
  ).split(' '),
);

/** How often a word is likely to appear in a sentence, roughly: common words first, then short ones. */
function wordCost(w: string): number {
  return (COMMON_WORDS.has(w) ? 100 : 0) + Math.max(0, 12 - w.length);
}

/** A group's cost, once per group: groups from the lexicon are shared by many patterns. */
const groupCosts = new WeakMap<string[], number>();

/** A word set's cost as an anchor by the guess above, summing its words' costs. */
function guessedCost(g: string[]): number {
  let cost = groupCosts.get(g);
  if (cost === undefined) {
    cost = 0;
    for (const w of g) cost += wordCost(w);
    if (g.length > 1) groupCosts.set(g, cost);
  }
  return cost;
}

/**
 * The word set least likely to appear in a sentence. The build passes costs measured on real
 * text (build/sentence-frequency.ts); rules read at run time (team packs) use the guess.
 */
export function cheapestAnchor(sets: string[][], costOf: (g: string[]) => number = guessedCost): string[] {
  let best: string[] = [];
  let bestCost = Infinity;
  for (const g of sets) {
    const cost = costOf(g);
    if (cost < bestCost) {
      best = g;
      bestCost = cost;
    }
  }
  return best;
}

/** Numbers candidatePatterns calls; a pattern's slot in `checked` keeps the last that looked at it (no Set per call). */
let call = 0;

/**
 * The prefilter runs on every sentence, ~30 pattern checks each, so it works on numbers: each
 * word a pattern needs gets an id, and a sentence marks its words' ids with the call's number
 * in one array, so "is this word in the sentence" is an array read instead of a string lookup.
 *
 * Most checks fail, and reading each pattern's tests from its own objects cost a cache miss per
 * step, so each anchor word also gets one flat array of its patterns' bit masks (a word's bit is
 * its id mod 64): a pattern whose needed words or required groups have no bit in the sentence's
 * mask can't match, and only the rest are checked exactly.
 */
class WordIds {
  /** One lookup per sentence word: its id (-1 until a pattern needs it) and, for an anchor, its patterns. */
  private readonly words = new Map<string, WordEntry>();
  private count = 0;
  /**
   * Groups in ids, by group. Per rule set: the reader hands every rule set the same group
   * arrays, and another rule set numbers the words differently.
   */
  readonly groups = new WeakMap<string[][], IdGroup>();
  /** For each word id, the last call whose sentence had the word. */
  present = new Int32Array(4096);
  /** For each pattern index, the last call that checked it. */
  readonly checked: Int32Array;

  constructor(set: CompiledRuleSet) {
    this.checked = new Int32Array(set.patterns.length);
    for (const [word, anchored] of set.anchors) this.words.set(word, { id: -1, anchored, masks: undefined });
  }

  entry(word: string): WordEntry | undefined {
    return this.words.get(word);
  }

  idOf(word: string): number {
    let e = this.words.get(word);
    if (!e) this.words.set(word, (e = { id: -1, anchored: undefined, masks: undefined }));
    if (e.id < 0) {
      e.id = this.count++;
      if (e.id >= this.present.length) {
        const grown = new Int32Array(this.present.length * 2);
        grown.set(this.present);
        this.present = grown;
      }
    }
    return e.id;
  }
}

interface WordEntry {
  id: number;
  /** The patterns anchored on the word. */
  anchored: CompiledPattern[] | undefined;
  /** Their flat masks: [pattern index, need mask lo, hi, group count, (group mask lo, hi)…] per pattern. */
  masks: Int32Array | undefined;
}

/**
 * One required group by word ids: single-word choices in one flat array (a set too, made when
 * first needed: only groups longer than a sentence use it), longer ones under their longest word.
 */
interface IdGroup {
  singleIds: Int32Array;
  singles: Set<number> | undefined;
  multiAll: Int32Array[];
  multi: Map<number, Int32Array[]>;
  /** How many choices. */
  size: number;
  /** The bits of each choice's longest word: a sentence that meets the group has one of them. */
  lo: number;
  hi: number;
}

export interface IdTests {
  needs: Int32Array;
  groups: IdGroup[];
}

const wordIds = new WeakMap<CompiledRuleSet, WordIds>();

function idsOf(set: CompiledRuleSet): WordIds {
  let ids = wordIds.get(set);
  if (!ids) wordIds.set(set, (ids = new WordIds(set)));
  return ids;
}

function bitLo(id: number): number {
  return id & 32 ? 0 : 1 << (id & 31);
}

function bitHi(id: number): number {
  return id & 32 ? 1 << (id & 31) : 0;
}

function idGroupOf(g: string[][], ids: WordIds): IdGroup {
  let t = ids.groups.get(g);
  if (!t) {
    const singles: number[] = [];
    t = { singleIds: EMPTY_IDS, singles: undefined, multiAll: [], multi: new Map(), size: g.length, lo: 0, hi: 0 };
    for (const c of g) {
      if (c.length === 1) {
        const id = ids.idOf(c[0]);
        singles.push(id);
        t.lo |= bitLo(id);
        t.hi |= bitHi(id);
        continue;
      }
      const choice = Int32Array.from(c, (w) => ids.idOf(w));
      let key = 0;
      for (let i = 1; i < c.length; i++) if (c[i].length > c[key].length) key = i;
      t.lo |= bitLo(choice[key]);
      t.hi |= bitHi(choice[key]);
      t.multiAll.push(choice);
      const list = t.multi.get(choice[key]) ?? [];
      list.push(choice);
      t.multi.set(choice[key], list);
    }
    if (singles.length) t.singleIds = Int32Array.from(singles);
    ids.groups.set(g, t);
  }
  return t;
}

const EMPTY_IDS = new Int32Array(0);

function idTestsOf(p: CompiledPattern, ids: WordIds): IdTests {
  return (p.idTests ??= { needs: Int32Array.from(p.needs, (w) => ids.idOf(w)), groups: p.choices.map((g) => idGroupOf(g, ids)) });
}

/** The anchor word's flat masks (see WordIds), made the first time a sentence has the word. */
function masksOf(list: CompiledPattern[], ids: WordIds): Int32Array {
  const out: number[] = [];
  for (const p of list) {
    const t = idTestsOf(p, ids);
    let lo = 0;
    let hi = 0;
    for (const n of t.needs) (lo |= bitLo(n)), (hi |= bitHi(n));
    out.push(p.index, lo, hi, t.groups.length);
    for (const g of t.groups) out.push(g.lo, g.hi);
  }
  return Int32Array.from(out);
}

function allPresent(c: Int32Array, present: Int32Array, stamp: number): boolean {
  for (let i = 0; i < c.length; i++) if (present[c[i]] !== stamp) return false;
  return true;
}

function someAllPresent(cs: Int32Array[] | undefined, present: Int32Array, stamp: number): boolean {
  if (cs) for (const c of cs) if (allPresent(c, present, stamp)) return true;
  return false;
}

function somePresent(c: Int32Array, present: Int32Array, stamp: number): boolean {
  for (let i = 0; i < c.length; i++) if (present[c[i]] === stamp) return true;
  return false;
}

function mayMatchIds(t: IdTests, present: Int32Array, stamp: number, sentenceIds: number[]): boolean {
  if (!allPresent(t.needs, present, stamp)) return false;
  for (const g of t.groups) {
    // Walk whichever side is smaller: groups from %macros% run to dozens of words, a sentence to ~20.
    let met = false;
    if (g.size <= sentenceIds.length) met = somePresent(g.singleIds, present, stamp) || someAllPresent(g.multiAll, present, stamp);
    else {
      const singles = (g.singles ??= new Set(g.singleIds));
      for (const id of sentenceIds) {
        if (singles.has(id) || someAllPresent(g.multi.get(id), present, stamp)) {
          met = true;
          break;
        }
      }
    }
    if (!met) return false;
  }
  return true;
}

/**
 * The patterns that could match a sentence with these words (the prefilter's verdict), in no
 * particular order: of the patterns anchored on its words, those with every needed word and a
 * whole choice of each required group in it.
 */
export function candidatePatterns(set: CompiledRuleSet, words: Set<string>): CompiledPattern[] {
  const ids = idsOf(set);
  const stamp = ++call;
  // Marks the sentence's words that have ids. Pattern words get theirs the first time an anchor's
  // masks are made, so marking runs again after that (the new ids may be words of this sentence).
  const sentenceIds: number[] = [];
  let lo = 0;
  let hi = 0;
  const mark = (): WordEntry[] => {
    const found: WordEntry[] = [];
    sentenceIds.length = 0;
    for (const word of words) {
      const e = ids.entry(word);
      if (!e) continue;
      found.push(e);
      if (e.id < 0) continue;
      ids.present[e.id] = stamp;
      sentenceIds.push(e.id);
      lo |= bitLo(e.id);
      hi |= bitHi(e.id);
    }
    return found;
  };
  const entries = mark();
  const out: CompiledPattern[] = [];
  const checked = ids.checked;
  for (const e of entries) {
    if (!e.anchored) continue;
    let m = e.masks;
    if (!m) {
      m = e.masks = masksOf(e.anchored, ids);
      mark();
    }
    for (let i = 0; i < m.length; ) {
      const index = m[i];
      const groups = m[i + 3];
      let maybe = checked[index] !== stamp && (m[i + 1] & lo) === m[i + 1] && (m[i + 2] & hi) === m[i + 2];
      for (let g = i + 4, end = g + 2 * groups; maybe && g < end; g += 2) maybe = ((m[g] & lo) | (m[g + 1] & hi)) !== 0;
      i += 4 + 2 * groups;
      if (!maybe) continue;
      checked[index] = stamp;
      const p = set.patterns[index];
      if (mayMatchIds(p.idTests as IdTests, ids.present, stamp, sentenceIds)) out.push(p);
    }
  }
  return out;
}

/**
 * Of a sentence's candidates, those whose words are all in `words` too (compromise's word cache
 * for the sentence, sweep-narrow.ts): the same test as candidatePatterns, on another word set.
 * The candidates' words have ids already: candidatePatterns made their tests.
 */
export function meetingWords(set: CompiledRuleSet, candidates: CompiledPattern[], words: Set<string>): CompiledPattern[] {
  const ids = idsOf(set);
  const stamp = ++call;
  const sentenceIds: number[] = [];
  for (const w of words) {
    const e = ids.entry(w);
    if (e && e.id >= 0) {
      ids.present[e.id] = stamp;
      sentenceIds.push(e.id);
    }
  }
  return candidates.filter((p) => mayMatchIds(idTestsOf(p, ids), ids.present, stamp, sentenceIds));
}
