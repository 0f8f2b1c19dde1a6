/**
 * analyzers/tokenizer-speedups.ts takes a short way through compromise's term normalisation for
 * plain words and ASCII text. It must change nothing but speed: every term of the corpora, and of
 * text chosen to hit each of compromise's special cases, must come out the same.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import nlp from 'compromise/one';
import { installTokenizerSpeedups } from '../../analyzers/tokenizer-speedups';

const ROOT = join(__dirname, '..', '..');
const CORPORA = ['../shared/corpus/dev.jsonl', '../shared/corpus/darkpatterns-dev.jsonl', 'tests/corpus/generalization-sales.jsonl', 'tests/corpus/generalization-tone.jsonl', 'tests/corpus/generalization-shop.jsonl'];

const TRICKY = [
  'The U.S.A. and I.B.M. met the FBI; NASA’s team, the CFO’s deck, and K.P.I.s.',
  '“Quoted,” (bracketed) ‘single’ — dashes – and … ellipses... done?!',
  'Ünïcödé façade naïve café résumé Øresund ﬁnal ligature ß İstanbul Straße.',
  'Zero\u200Bwidth \uFEFFbom, 1,000,000 users, $49.99, 3pm, 10:30, 24/7, and/or, e-mail, re-do.',
  "don't won't can't it's y'all lookin' goin' rock'n'roll o'clock '90s 'tis",
  ':) ;-) #hashtag @mention http://example.com/a?b=c user@example.com',
  'ＡＢＣ全角 עִברִית العربية 😀👍🏽 ﷽',
];

function texts(): string[] {
  const out = [...TRICKY];
  for (const f of CORPORA) {
    let raw = '';
    try {
      raw = readFileSync(join(ROOT, f), 'utf8');
    } catch {
      continue;
    }
    for (const line of raw.split('\n')) if (line.trim()) out.push((JSON.parse(line) as { text: string }).text);
  }
  return out;
}

function terms(text: string): unknown {
  return (nlp.tokenize(text).json() as Array<{ terms: Array<{ text: string; normal: string; machine?: string; implicit?: string }> }>).map((s) =>
    s.terms.map((t) => [t.text, t.normal, t.machine ?? null, t.implicit ?? null]),
  );
}

describe('tokenizer speed-ups', () => {
  it('leave every term exactly as compromise normalises it', () => {
    const world = nlp.world() as unknown as { compute: Record<string, unknown>; methods: { one: { killUnicode(s: string, w: unknown): string } } };
    const all = texts();
    expect(all.length).toBeGreaterThan(1000);
    const originalKill = world.methods.one.killUnicode;
    const before = all.map(terms);
    const killedBefore = all.map((t) => originalKill(t, world));
    const normal = world.compute.normal;
    installTokenizerSpeedups();
    expect(world.compute.normal, 'installed').not.toBe(normal);
    expect(all.map(terms)).toEqual(before);
    expect(all.map((t) => world.methods.one.killUnicode(t, world))).toEqual(killedBefore);
  });
});
