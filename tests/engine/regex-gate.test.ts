/**
 * The word gates in front of the cue regexes (analyzers/regex-gate.ts) may only skip a regex
 * that can't match: these tests read prefixes from known shapes, refuse the shapes the reader
 * can't pin down, and check every gated regex of the engine against every text of the corpora.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { askedRegexes, gatePrefixes, GATE_AFTER, mayMatchText } from '../../analyzers/regex-gate';
import { analyze } from '../../analyzers/index';

const ROOT = join(__dirname, '..', '..');
const sorted = (re: RegExp) => gatePrefixes(re)?.sort() ?? null;

describe('gate prefixes', () => {
  it('reads the literal start of each alternative', () => {
    expect(sorted(/\b(?:concern(?:s|ed)?|worr(?:y|ies)|push(?:ed)?[- ]?back)\b/gi)).toEqual(['concern', 'push', 'worr']);
    expect(sorted(/\bsign(?:ed|ing)?\b(?![- ]off)|\b(?:your initials|initial here)\b/i)).toEqual(['initial here', 'sign', 'your initials']);
    expect(sorted(/\b(?:Hub[Ss]pot|Net[Ss]uite)\b/)).toEqual(['hub', 'net']);
  });

  it('follows optional parts to what comes after them', () => {
    expect(sorted(/\b(?:(?:your |the )?team|re-?schedul\w*)/i)).toEqual(['re', 'team', 'the ', 'your ']);
    expect(sorted(/\b(?:walk-?through|(?:quick|short)? look)/i)).toEqual([' look', 'quick', 'short', 'walk']);
    expect(sorted(/\b(?:a|)?(?:b)c/i)).toEqual(['a', 'b']);
  });

  it('reads digits and short classes as alternatives', () => {
    expect(sorted(/\b(?:\d{1,2}(?::\d{2})? ?(?:am|pm)|calendar)/i)).toEqual([...'0123456789', 'calendar']);
    expect(sorted(/\b[Cc]ost/)).toEqual(['c']);
  });

  it('looks for a prefix that starts with punctuation anywhere', () => {
    expect(sorted(/\b(?:leader|#1 (?:tool|platform))\b/i)).toEqual(['#1 ', 'leader']);
    expect(sorted(/\?["')]*\s*$/)).toEqual(['?']);
  });

  it('refuses starts it cannot pin down', () => {
    for (const re of [/./, /^\s*(?:hi|hello)\b/i, /\b(?:\w+ing|done)/, /\b(?:[a-z]+ly|very)/, /(?:word|other)/, /\b\p{Lu}\w+/u, /\b(?:x|.)/]) {
      expect(gatePrefixes(re as RegExp), String(re)).toBeNull();
    }
  });
});

describe('gates on real text', () => {
  it('never hide a match of any regex the engine gates, on any text of the corpora', () => {
    const files = ['../shared/corpus/dev.jsonl', '../shared/corpus/darkpatterns-dev.jsonl', ...['sales', 'tone', 'shop', 'activity', 'questions'].map((k) => `tests/corpus/generalization-${k}.jsonl`)];
    const texts: string[] = [];
    for (const f of files) {
      let raw: string;
      try {
        raw = readFileSync(join(ROOT, f), 'utf8');
      } catch {
        continue; // ../shared is beside the checkout; the tests/corpus sets are always here.
      }
      for (const line of raw.split('\n')) if (line.trim()) texts.push((JSON.parse(line) as { text: string }).text);
    }
    expect(texts.length).toBeGreaterThan(4000);
    // Analysing registers every regex the engine asks a gate about.
    for (const t of texts) analyze(t);
    const regexes = askedRegexes().filter((re) => gatePrefixes(re));
    expect(regexes.length).toBeGreaterThan(30);
    const pieces = texts.flatMap((t) => [t, ...t.split(/(?<=[.!?])\s+|\n+/), t.toUpperCase(), t.replace(/'/g, '\u2019')]);
    const hidden: string[] = [];
    for (const re of regexes) {
      for (const p of pieces) {
        re.lastIndex = 0;
        if (re.test(p) && !mayMatchText(re, p)) hidden.push(`${re.source.slice(0, 50)} on "${p.slice(0, 80)}"`);
      }
      re.lastIndex = 0;
    }
    expect(hidden).toEqual([]);
  });

  it('skip the regexes a sentence has none of the words for, once the engine is warm', () => {
    const re = /\b(?:bandwidth|too busy)\b/i;
    // Ungated at first: the first analysis on a page shouldn't pay for reading the regex.
    for (let i = 1; i < GATE_AFTER; i++) expect(mayMatchText(re, 'Thanks for the call today.')).toBe(true);
    expect(mayMatchText(re, 'We are stretched and too busy this month.')).toBe(true);
    expect(mayMatchText(re, 'Thanks for the call today.')).toBe(false);
    // A prefix inside a word is not a word start.
    expect(mayMatchText(re, 'Our metoo busy-ness.')).toBe(false);
  });
});
