/**
 * Listening signals (shared/questions.md): counts, questions and open questions, you-focus,
 * a pitch that asks nothing about the buyer, reading grade. Run on an engine with no rules: the
 * metrics do not depend on findings.
 */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../analyzers/index';

const engine = createEngine([]);
const metrics = (text: string, kind?: 'email' | 'note' | 'snippet') => engine.analyze(text, kind ? { kind } : undefined).metrics;

describe('counts', () => {
  it('counts words and sentences, leaving greeting and sign-off lines out of sentences', () => {
    const m = metrics('Hi Carla,\n\nCan we move our call to Thursday? Same link.\n\nThanks,\nMax');
    expect(m.words).toBe(13);
    expect(m.sentences).toBe(2);
  });

  it('handles empty and blank text', () => {
    for (const t of ['', '  \n\n ']) {
      const m = metrics(t);
      expect(m.words).toBe(0);
      expect(m.sentences).toBe(0);
      expect(m.questions).toBe(0);
      expect(m.readingGrade).toBe(0);
      expect(m.youShare).toBe(0.5);
    }
  });

  it('counts contractions and curly apostrophes as one word', () => {
    expect(metrics('You\u2019re right, it\u2019s fine.').words).toBe(4);
  });
});

describe('questions', () => {
  it('counts questions and the open ones, wherever the question word sits', () => {
    const m = metrics('Quick question: how are your reps logging calls today? Is Tuesday good? What would success look like for you? Do you use HubSpot?');
    expect(m.questions).toBe(4);
    expect(m.openQuestions).toBe(2);
  });

  it('does not count a logistics "what time" question as open', () => {
    const m = metrics('What time works for you on Thursday?');
    expect(m.questions).toBe(1);
    expect(m.openQuestions).toBe(0);
  });

  it('counts a question that ends in a closing quote or bracket', () => {
    expect(metrics('She asked "what does it cost?"').questions).toBe(1);
  });
});

describe('you-focus', () => {
  it('weighs you/your against I/we/our', () => {
    const m = metrics('We built our platform for teams like yours. I think you will like it.');
    expect(m.youWords).toBe(2);
    expect(m.selfWords).toBe(3);
    expect(m.youShare).toBe(0.4);
  });

  it('does not count "thank you" as attention to the reader', () => {
    const m = metrics('Thank you for the call. We will send the notes.');
    expect(m.youWords).toBe(0);
    expect(m.youShare).toBe(0);
  });

  it('counts they/their for notes, which speak of the buyer in the third person', () => {
    const m = metrics('- They want their team on it by June\n- We pitched our dashboards', 'note');
    expect(m.theyWords).toBe(2);
    expect(m.selfWords).toBe(2);
    expect(m.buyerShare).toBe(0.5);
    expect(m.youShare).toBe(0);
  });
});

describe('a feature list with no question about the buyer', () => {
  const pitch = 'We offer advanced analytics, 60+ integrations, a workflow builder, custom roles and unlimited dashboards. Our platform is the market leader.';

  it('flags a pitch that asks nothing', () => {
    expect(metrics(pitch).featureListWithoutQuestion).toBe(true);
  });

  it('still flags it when the only question is about booking us', () => {
    expect(metrics(`${pitch} Can we book a demo this week?`).featureListWithoutQuestion).toBe(true);
    expect(metrics(`${pitch} Would you like a demo?`).featureListWithoutQuestion).toBe(true);
  });

  it('does not flag it once there is a question about them', () => {
    expect(metrics(`${pitch} What are you hoping to fix first?`).featureListWithoutQuestion).toBe(false);
    expect(metrics(`${pitch} How does your team report on pipeline today?`).featureListWithoutQuestion).toBe(false);
  });

  it('does not call one mention of our product a feature list', () => {
    expect(metrics('Our platform can help with that.').featureListWithoutQuestion).toBe(false);
    expect(metrics('Thanks for the call. I will send the notes tomorrow.').featureListWithoutQuestion).toBe(false);
  });
});

describe('reading grade', () => {
  it('is low for plain short sentences and high for long, dense ones', () => {
    const plain = metrics('Thanks for the call. I liked it. Can we talk soon? I will send the notes.').readingGrade;
    const dense = metrics(
      'Our comprehensive enterprise-grade orchestration infrastructure fundamentally revolutionizes organizational interoperability, facilitating unprecedented operational efficiencies across heterogeneous technological ecosystems and substantially accelerating strategic transformation initiatives.',
    ).readingGrade;
    expect(plain).toBeLessThan(4);
    expect(dense).toBeGreaterThan(14);
  });

  it('ignores greeting, sign-off and name lines', () => {
    const body = 'Attached is the order form we discussed. Once it is signed, we can start onboarding the following Monday.';
    expect(metrics(`Hi Elena,\n\n${body}\n\nThanks,\nPaul`).readingGrade).toBe(metrics(body).readingGrade);
  });
});

describe('cached per paragraph', () => {
  it('sums the same whether paragraphs come from the cache or not', () => {
    const text = 'Hi Tom,\n\nWhat would success look like for you?\n\nWe offer dashboards.\n\nBest,\nAna';
    const fresh = createEngine([]).analyze(text).metrics;
    engine.analyze(text);
    expect(engine.analyze(text).metrics).toEqual(fresh);
  });
});

describe('syllable count', () => {
  it('counts exactly as the regular-expression version on every word of the corpora', async () => {
    const { readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { syllables } = await import('../../analyzers/metrics');
    // The definition, as regular expressions.
    const syllablesByRegex = (word: string): number => {
      const w = word.toLowerCase().replace(/[^a-z]/g, '');
      if (!w) return 0;
      if (w.length <= 3) return 1;
      const groups = w.replace(/(?:[^laeiouy]es|ed|[^laeiouy]e)$/, '').replace(/^y/, '').match(/[aeiouy]{1,2}/g);
      return Math.max(1, groups ? groups.length : 1);
    };
    const files = ['../shared/corpus/dev.jsonl', '../shared/corpus/darkpatterns-dev.jsonl', 'tests/corpus/generalization-sales.jsonl', 'tests/corpus/generalization-tone.jsonl'];
    const words = new Set<string>(['ybes', 'yes', 'lies', 'taxes', 'tables', 'free', 'bled', 'queue', 'rhythm', 'Ünïcödé', 'İstanbul', "don't", 'co-op', '3rd', 'aeiouyaeiou', 'e', 'ed', 'ies']);
    for (const f of files) {
      let raw = '';
      try {
        raw = readFileSync(join(__dirname, '..', '..', f), 'utf8');
      } catch {
        continue;
      }
      for (const line of raw.split('\n')) if (line.trim()) for (const w of (JSON.parse(line) as { text: string }).text.match(/[\p{L}\p{N}]+(?:['\u2019][\p{L}]+)*/gu) ?? []) words.add(w);
    }
    expect(words.size).toBeGreaterThan(3000);
    const differ = [...words].filter((w) => syllables(w.toLowerCase()) !== syllablesByRegex(w));
    expect(differ).toEqual([]);
  });
});
