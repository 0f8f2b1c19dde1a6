/**
 * Shared vocabulary for rule patterns. A rule writes `%name%` and the compiler replaces it with
 * the alternation, so a new synonym is added once for every rule that uses it. Entries are
 * compromise alternation bodies: words or short phrases separated by `|`, in any order: the
 * compiler puts longer choices first wherever a body lands (analyzers/pattern-text.ts,
 * longestChoicesFirst), since compromise takes the first choice that matches.
 */
import { CORE } from './lexicon/core';
import { WORDS as TIME_AND_SUPPLY } from './lexicon/time-and-supply';
import { WORDS as PEOPLE_AND_PRESSURE } from './lexicon/people-and-pressure';
import { WORDS as CONFLICT_AND_TONE } from './lexicon/conflict-and-tone';

const parts = [CORE, TIME_AND_SUPPLY, PEOPLE_AND_PRESSURE, CONFLICT_AND_TONE];

export const LEXICON: Record<string, string> = {};
for (const part of parts) {
  for (const [k, v] of Object.entries(part)) {
    if (k in LEXICON) throw new Error(`lexicon macro %${k}% is defined twice`);
    LEXICON[k] = v;
  }
}

// Older shared names, kept for team packs that use them: the family macros now hold these groups.
for (const [old, now] of Object.entries({ count: 'stockNum', supply: 'stockNoun', commit: 'dueCommit' })) LEXICON[old] ??= LEXICON[now];
