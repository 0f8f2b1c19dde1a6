import nlp from 'compromise/one';

/**
 * The exact path: one pattern parsed by compromise itself (buildNet), and the prefilter data read
 * from the parse. The engine takes this path lazily, for a pattern only when a sentence gets past
 * the prefilter for it, and eagerly for patterns the fast reader in prefilter.ts declines.
 */

export interface Reg {
  word?: string;
  tag?: string;
  operator?: string;
  optional?: boolean;
  negative?: boolean;
  fastOr?: Set<string>;
  choices?: Reg[][];
}

/** One entry of a compromise net: what sweep gates on (needs, wants, ifNo) and runs (regs). */
export interface NetMatch {
  match: string;
  id: string;
  needs: string[];
  wants: string[];
  minWant: number;
  ifNo?: string[];
  regs: Reg[];
}

/** The words of a required or-group, or null when a choice has no word (regex, tag, wildcard). */
export function groupWords(reg: Reg): string[] | null {
  const words: string[] = [...(reg.fastOr ?? [])];
  for (const choice of reg.choices ?? []) {
    const w = choice.filter((r) => !r.optional && !r.negative && r.word).map((r) => r.word as string);
    if (w.length === 0) return null;
    // One word of a multi-word choice is enough to rule it out, and the longest is the rarest:
    // taking all of them let "and", "the", "of" wake up most sentences.
    words.push(w.reduce((a, b) => (b.length > a.length ? b : a)));
  }
  return words.length ? words : null;
}

/** A required or-group choice by choice (each choice's required words), or null as for groupWords. */
export function groupChoices(reg: Reg): string[][] | null {
  const out: string[][] = [...(reg.fastOr ?? [])].map((w) => [w]);
  for (const choice of reg.choices ?? []) {
    const w = choice.filter((r) => !r.optional && !r.negative && r.word).map((r) => r.word as string);
    if (w.length === 0) return null;
    out.push(w);
  }
  return out.length ? out : null;
}

function hardGroups(regs: Reg[]): Reg[] {
  return regs.filter((r) => r.operator === 'or' && !r.optional && !r.negative);
}

/**
 * compromise's net counts every or-group as "wants one of these words", even when one choice
 * is a regex or a tag with no word; such a group must not be required, or
 * "only (/^[0-9]+$/|two) left" silently never fires. Recompute wants from the hard groups only.
 */
function fixWants(m: NetMatch): void {
  const groups = hardGroups(m.regs)
    .map(groupWords)
    .filter((g): g is string[] => g !== null);
  m.wants = groups.flat();
  m.minWant = groups.length;
}

type ParseMatch = (input: string, opts: unknown, world: unknown) => Reg[];
const GROUP = /(\/[^/]*\/)|\(([^()]*)\)/g;
/** Parsed or-groups by their text: lexicon alternations recur across many patterns. */
const groupCache = new Map<string, Reg>();

/**
 * compromise spends most of a parse on the words of long lexicon alternations, and the same
 * alternations recur pattern after pattern. While a pattern is parsed, each `( … )` group is
 * swapped for a placeholder word, the short pattern is parsed, and the placeholder's token takes
 * the group's parsed choices from a cache keyed by the group's text. The tokens are the ones
 * compromise would build from the whole string (its suffixes, negation and capture marks stay on
 * the placeholder), so the result is the same.
 */
function withGroupCache<T>(build: () => T): T {
  const one = (nlp.world() as unknown as { methods: { one: { parseMatch: ParseMatch } } }).methods.one;
  const original = one.parseMatch;
  one.parseMatch = (input, opts, world) => {
    if (typeof input !== 'string' || !input.includes('(')) return original(input, opts, world);
    const found: string[] = [];
    const short = input.replace(GROUP, (whole, regex: string | undefined, body: string | undefined) => {
      if (regex || body === undefined) return whole;
      found.push(body);
      return `zzccgroup${found.length - 1}`;
    });
    if (found.length === 0) return original(input, opts, world);
    const regs = original(short, opts, world);
    for (const reg of regs) {
      const m = /^zzccgroup(\d+)$/.exec(reg.word ?? '');
      if (!m) continue;
      const body = found[Number(m[1])];
      let parsed = groupCache.get(body);
      if (!parsed) {
        parsed = original(`(${body})`, opts, world)[0];
        groupCache.set(body, parsed);
      }
      delete reg.word;
      reg.operator = parsed.operator;
      if (parsed.fastOr) reg.fastOr = parsed.fastOr;
      if (parsed.choices) reg.choices = parsed.choices;
    }
    return regs;
  };
  try {
    return build();
  } finally {
    one.parseMatch = original;
  }
}

/** The net entry compromise builds for one match string (fixed wants, see fixWants). */
export function buildNetMatch(id: string, pattern: string): NetMatch {
  const net = withGroupCache(() => nlp.buildNet([{ match: pattern, id } as { match: string }])) as unknown as { hooks: Record<string, NetMatch[]>; always?: NetMatch[] };
  const m = Object.values(net.hooks)[0]?.[0] ?? net.always?.[0];
  if (!m) throw new Error(`compromise built no match for "${pattern}"`);
  fixWants(m);
  return m;
}

/** The prefilter data as compromise's parse gives it: required words, and required groups. */
export function exactPrefilter(m: NetMatch): { needs: string[]; groups: string[][]; choices: string[][][] } {
  const hard = hardGroups(m.regs);
  return {
    needs: m.needs.filter((n) => !n.startsWith('#') && !n.startsWith('%')),
    groups: hard.map(groupWords).filter((g): g is string[] => g !== null),
    choices: hard.map(groupChoices).filter((c): c is string[][] => c !== null),
  };
}
