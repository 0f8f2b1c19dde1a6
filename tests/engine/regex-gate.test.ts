/**
 * A gate (analyzers/regex-gate.ts) skips an expression that hasn't run yet when the text holds
 * none of its required literals. A literal it wrongly required would silently drop a cue, so the
 * literals are checked against every long expression in the engine's sources on every corpus
 * sentence: whenever the expression matches, the text holds one of them.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RegexGate, requiredLiterals } from '../../analyzers/regex-gate';

const ROOT = join(__dirname, '..', '..');
const CORPORA = ['../shared/corpus/dev.jsonl', '../shared/corpus/darkpatterns-dev.jsonl', 'tests/corpus/generalization-sales.jsonl', 'tests/corpus/generalization-tone.jsonl', 'tests/corpus/generalization-questions.jsonl'];

/** Every regular-expression literal in the engine's sources. */
function engineExpressions(): RegExp[] {
  const out: RegExp[] = [];
  for (const f of readdirSync(join(ROOT, 'analyzers')).filter((f) => f.endsWith('.ts'))) {
    const src = readFileSync(join(ROOT, 'analyzers', f), 'utf8');
    for (const m of src.matchAll(/(?<=[=:(,]\s*)\/((?:\\.|\[(?:\\.|[^\]\n])*\]|[^/\n\\[])+)\/([dgimsuy]*)/g)) {
      try {
        out.push(new RegExp(m[1], m[2].replace(/[gy]/g, '')));
      } catch {
        // Not a regular expression (a division, a path in a comment).
      }
    }
  }
  return out;
}

function sentences(): string[] {
  const out: string[] = [];
  for (const f of CORPORA) {
    let raw: string;
    try {
      raw = readFileSync(join(ROOT, f), 'utf8');
    } catch {
      continue; // ../shared is beside the checkout, not in it
    }
    for (const line of raw.split('\n').filter((l) => l.trim())) {
      const text = (JSON.parse(line) as { text: string }).text;
      out.push(text, ...text.split(/(?<=[.!?])\s+|\n+/));
    }
  }
  return out;
}

describe('regex gates', () => {
  it.each([
    [/\b(?:concerns?|worr(?:y|ies)|push(?:ed)?[- ]?back)\b/i, ['concern', 'worr', 'push']],
    [/\bdo(?:ing)? nothing\b/i, [' nothing']],
    [/\b(?:Salesforce|HubSpot)\b/, ['Salesforce', 'HubSpot']],
    [/(?<!\bnot )\b(?:sign|ink)(?:ed)?\b(?![- ]off)/i, ['sign', 'ink']],
    [/\b(?:vs\.?|versus)\b/i, ['vs', 'versus']],
    [/\bwait (?:until|till) (?:next|q\d)/i, ['wait ']],
    [/\bsigned+ now/i, ['signed']],
    [/\bsigned\+ now/i, ['signed+ now']],
    [/\b(?:a{2,}h|bc)\b/i, ['a', 'bc']],
    [/\b(?:sign|\w+ly)\b/i, ['sign', 'ly']],
    [/\b(?:sign|\w+)\b/i, null],
    [/\b(?:sign|x?)\b/i, null],
    [/\b(?:caf\u00e9|bar)\b/i, null],
    [/(a)\1/, null],
  ])('reads %s as needing one of %j', (re, expected) => {
    expect(requiredLiterals(re)).toEqual(expected);
  });

  it('never require a literal a match lacks, for any expression in the engine, on any corpus sentence', () => {
    const texts = sentences();
    expect(texts.length).toBeGreaterThan(3000);
    const wrong: string[] = [];
    let gated = 0;
    for (const re of engineExpressions()) {
      const literals = requiredLiterals(re);
      if (!literals) continue;
      gated++;
      for (const t of texts) {
        if (!re.test(t)) continue;
        const hay = re.ignoreCase ? t.toLowerCase() : t;
        if (!literals.some((s) => hay.includes(s))) wrong.push(`/${re.source.slice(0, 60)}…/ matches "${t.slice(0, 80)}" without ${literals.join('|')}`);
      }
    }
    expect(gated).toBeGreaterThan(80);
    expect(wrong.slice(0, 10)).toEqual([]);
  });

  it('skips an expression that has never run while the text lacks its words, then always runs it', () => {
    const gate = new RegexGate(/\b(?:contract|proposal)\b/i);
    expect(gate.may('Lovely to meet you.')).toBe(false);
    expect(gate.test('Here is the Proposal.')).toBe(true);
    expect(gate.may('Lovely to meet you.')).toBe(true);
    expect(gate.test('Lovely to meet you.')).toBe(false);
  });

  it('runs the expression on text it cannot judge by lower-casing (non-ASCII)', () => {
    const gate = new RegexGate(/\bsign\b/i);
    // "ſ" (long s) matches "s" case-insensitively in Unicode mode, so the gate must not decide.
    expect(gate.may('Please \u017Fign today.')).toBe(true);
  });
});
