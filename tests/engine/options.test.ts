import { describe, expect, it } from 'vitest';
import { analyze, OptionsError } from '../../analyzers/index';

function issuesOf(options: unknown): string[] {
  try {
    analyze('This offer expires today.', options as never);
  } catch (e) {
    if (e instanceof OptionsError) return e.issues;
    throw e;
  }
  return [];
}

describe('analyze options', () => {
  it('bad options get a clear error naming the field and the reason', () => {
    expect(issuesOf({ sensitivity: 'loud' })).toEqual(['sensitivity: "loud" must be one of low, medium, high']);
    expect(issuesOf({ categories: ['urgency', 'urgncy'] })[0]).toMatch(/^categories\[1\]: "urgncy" must be one of scarcity, urgency/);
    expect(issuesOf({ customPhrases: [{ phrase: 'ok phrase', category: 'urgency', message: '' }] })).toEqual(['customPhrases[0].message: must not be empty']);
    expect(issuesOf({ customPhrases: 'x' })).toEqual(['customPhrases: must be a list']);
    expect(issuesOf({ bogus: true })).toEqual(['bogus: unknown option']);
    expect(issuesOf('high')).toEqual(['(root): options must be an object']);
    expect(issuesOf({ kind: 'tweet' })).toEqual(['kind: "tweet" must be one of email, note, snippet']);
  });

  it('categories and ignored rules filter findings', () => {
    const text = 'This offer expires today. We only have 3 spots left.';
    const all = analyze(text).findings.map((f) => f.category);
    expect(all).toEqual(expect.arrayContaining(['urgency', 'scarcity']));
    expect(analyze(text, { categories: ['scarcity'] }).findings.every((f) => f.category === 'scarcity')).toBe(true);
    const urgencyRules = analyze(text).findings.filter((f) => f.category === 'urgency').map((f) => f.ruleId);
    expect(analyze(text, { ignoredRules: urgencyRules }).findings.some((f) => f.category === 'urgency')).toBe(false);
  });

  it('sensitivity: low shows only strong findings, high adds hints', () => {
    const text = 'Obviously this is the best option. This offer expires today. Only 3 spots left.';
    const low = analyze(text, { sensitivity: 'low' }).findings;
    const medium = analyze(text, { sensitivity: 'medium' }).findings;
    const high = analyze(text, { sensitivity: 'high' }).findings;
    expect(low.every((f) => f.severity === 'strong')).toBe(true);
    expect(medium.every((f) => f.severity !== 'hint')).toBe(true);
    expect(high.length).toBeGreaterThanOrEqual(medium.length);
    expect(medium.length).toBeGreaterThan(low.length);
  });

  it('custom phrases are found as whole words, case-insensitively, with negation respected', () => {
    const opts = { customPhrases: [{ phrase: 'circle back', category: 'pressure' as const, message: 'Our team avoids this phrase.' }] };
    const hit = analyze('I will CIRCLE   back tomorrow.', opts).findings.find((f) => f.ruleId.startsWith('custom/'));
    expect(hit?.text).toBe('CIRCLE   back');
    expect(hit?.message).toBe('Our team avoids this phrase.');
    expect(analyze('We never circle back without a reason.', opts).findings.some((f) => f.ruleId.startsWith('custom/'))).toBe(false);
    expect(analyze('Encircle background.', opts).findings.some((f) => f.ruleId.startsWith('custom/'))).toBe(false);
  });
});
