/**
 * The prefilter reader (analyzers/prefilter-reader.ts) stands in for compromise's parse at
 * start-up, so it must give the same data: a word it wrongly required would silently stop a
 * rule from ever firing, and one it wrongly dropped would only cost speed.
 */
import { describe, expect, it } from 'vitest';
import { BUILT_IN_RULES } from '../../rules/index';
import { compileRules, type CompiledPattern, type LoadedRule } from '../../analyzers/compile';
import { readPrefilter, type PrefilterData } from '../../analyzers/prefilter-reader';
import { buildNetMatch, exactPrefilter } from '../../analyzers/net-match';
import { expandPattern } from '../../analyzers/pattern-text';
import { createEngine } from '../../analyzers/engine';

/** Choice order within a group is not the prefilter's concern (the compiler sorts them longest first). */
function normal(d: PrefilterData): unknown {
  return {
    needs: d.needs,
    groups: d.groups.map((g) => [...g].sort()),
    choices: d.choices.map((g) => g.map((c) => c.join(' ')).sort()),
  };
}

function exact(source: string): unknown {
  return normal(exactPrefilter(buildNetMatch('t', expandPattern(source))));
}

describe('prefilter reader', () => {
  const set = compileRules(BUILT_IN_RULES);

  it('reads every built-in pattern exactly as compromise parses it', () => {
    const wrong: string[] = [];
    for (const p of set.patterns) {
      const light = readPrefilter(p.source, p.rule.id);
      if (!light) wrong.push(`${p.key}: not readable (the engine would parse it at start-up): ${p.source}`);
      else if (JSON.stringify(normal(light)) !== JSON.stringify(exact(p.source))) wrong.push(`${p.key}: differs from compromise: ${p.source}`);
    }
    expect(wrong).toEqual([]);
  });

  it.each([
    ['optional and negated words are not required', 'you !never must? sign'],
    ['hyphenated words split, prefixes stay whole', 'a follow-up and a re-do'],
    ['contractions are rewritten outside and inside groups', "don't (won't|can't stop|it's) wait"],
    ['repeats and wildcards', 'sign .{0,2} now{1,2} today{0,1} (please|pls)+ (ok|okay)*'],
    ['groups with a regex choice are not required', 'only (/^[0-9]+$/|two) left (a|b c)'],
    ['optional and negated groups are not required', 'sign (now|today)? !(later|soon) (it|this)'],
    ['macros, bare and spliced into a group', 'sign (by|before) %dueTime% or (%dueTime%|whenever)'],
    ['capture brackets and anchors', '^[only (two|2)] left$'],
    ['a regex term with flags', '!/^[0-9]+%$/ off? [discount]'],
  ])('%s', (_what, source) => {
    const light = readPrefilter(source);
    expect(light).not.toBeNull();
    expect(normal(light as PrefilterData)).toEqual(exact(source));
  });

  it.each([
    ['fuzzy words', '~sign~ now'],
    ['tags', 'sign #Noun'],
    ['nested groups', 'sign (now|to (buy|act))'],
    ['a macro inside a longer choice', 'sign (by %dueTime%|later)'],
    ['escapes', 'sign\\. now'],
  ])('declines what it does not know (%s), so compromise reads it instead', (_what, source) => {
    expect(readPrefilter(source)).toBeNull();
  });

  it('picks, on word ids, exactly the anchored patterns whose words are all in the sentence', async () => {
    const { readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { candidatePatterns } = await import('../../analyzers/compile');
    // The verdict by definition, on strings: every needed word, and a whole choice of each group.
    const mayMatch = (p: CompiledPattern, words: Set<string>) => p.needs.every((n) => words.has(n)) && p.choices.every((g) => g.some((c) => c.every((w) => words.has(w))));
    const { sentenceWords } = await import('../../analyzers/words');
    const { splitSentences } = await import('../../analyzers/text-split');
    const lines = readFileSync(join(__dirname, '..', 'corpus', 'generalization-sales.jsonl'), 'utf8').split('\n').filter((l) => l.trim());
    let checked = 0;
    for (const line of lines) {
      const text = (JSON.parse(line) as { text: string }).text;
      for (const s of splitSentences(text)) {
        const words = sentenceWords(text.slice(s.start, s.end));
        const expected = new Set<string>();
        for (const w of words) for (const p of set.anchors.get(w) ?? []) if (mayMatch(p, words)) expected.add(p.key);
        expect(new Set(candidatePatterns(set, words).map((p) => p.key))).toEqual(expected);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it("keeps each rule set's word ids apart (engines share the lexicon's groups)", async () => {
    const { readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    // One engine numbers the words of many texts first...
    const first = createEngine(BUILT_IN_RULES);
    const lines = readFileSync(join(__dirname, '..', 'corpus', 'generalization-tone.jsonl'), 'utf8').split('\n').filter((l) => l.trim());
    for (const line of lines.slice(0, 300)) first.analyze((JSON.parse(line) as { text: string }).text);
    // ...and another, meeting the same groups in other texts, still finds what it should.
    const second = createEngine(BUILT_IN_RULES);
    for (const [text, category] of [
      ['Only 2 left in stock - order soon.', 'scarcity'],
      ['Hurry, this deal ends at midnight!', 'urgency'],
      ['No thanks, I prefer paying full price.', 'fear-guilt'],
    ] as const) {
      expect(second.analyze(text).findings.map((f) => f.category), text).toContain(category);
    }
  });

  it('an engine still matches a pattern the reader declines', () => {
    const rule: LoadedRule = {
      id: 'team/odd',
      category: 'urgency',
      spec: { match: ['please? [sign ~today~]'], severity: 'warning', message: 'm', why: 'w', alternatives: [{ rewrite: 'x' }], examples: { flag: [], pass: [] } },
    };
    const engine = createEngine([rule]);
    expect(engine.analyze('Please sign today.').findings.map((f) => f.text)).toEqual(['sign today']);
  });
});
