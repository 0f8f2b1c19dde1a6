/** Sentence and paragraph splitting (analyzers/text-split.ts): offsets exact, initials kept whole. */
import { describe, expect, it } from 'vitest';
import { splitParagraphs, splitSentences } from '../../analyzers/text-split';
import { sentenceWords } from '../../analyzers/words';

const sentences = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('splits at sentence punctuation and trims the spaces between', () => {
    expect(sentences('Thanks for the call. I will send the deck!  Any questions?')).toEqual([
      'Thanks for the call.',
      'I will send the deck!',
      'Any questions?',
    ]);
  });

  it('does not split after an abbreviation', () => {
    expect(sentences('Dr. Lee signed off, e.g. on the SOW. Next step is legal.')).toEqual([
      'Dr. Lee signed off, e.g. on the SOW.',
      'Next step is legal.',
    ]);
  });

  it('keeps a name with an initial in one sentence', () => {
    expect(sentences('Tom K. from Austin bought a Leather Wallet 3 minutes ago')).toEqual([
      'Tom K. from Austin bought a Leather Wallet 3 minutes ago',
    ]);
    expect(sentences('R. Johnson from Chicago just ordered. Thanks!')).toEqual(['R. Johnson from Chicago just ordered.', 'Thanks!']);
    expect(sentences('Grace L. (Seattle) just bought')).toEqual(['Grace L. (Seattle) just bought']);
  });

  it('still ends a sentence after a word that is not a lone capital', () => {
    expect(sentences('We signed with Acme. Kim leads the rollout.')).toEqual(['We signed with Acme.', 'Kim leads the rollout.']);
    expect(sentences('Version 2.1 ships in May. Plan B is a pilot.')).toEqual(['Version 2.1 ships in May.', 'Plan B is a pilot.']);
  });

  it('gives offsets relative to the paragraph', () => {
    const text = 'One. Two K. three.';
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end).trim()).toBe(text.slice(s.start, s.end));
    expect(sentences(text)).toEqual(['One.', 'Two K. three.']);
  });
});

describe('splitParagraphs', () => {
  it('treats each line of a note as its own paragraph', () => {
    const text = 'Call notes\n- price objection\n\n- next: demo';
    expect(splitParagraphs(text).map((p) => text.slice(p.start, p.end))).toEqual(['Call notes', '- price objection', '- next: demo']);
  });
});

// The prefilter's word split (analyzers/words.ts) must see every word compromise will match on.
describe('sentenceWords', () => {
  it('expands contractions typed without the apostrophe, as compromise does', () => {
    const words = sentenceWords('Your competitors arent waiting and dont care, im sure');
    for (const w of ['are', 'not', 'do', 'i', 'am']) expect(words.has(w), w).toBe(true);
  });

  it('keeps "=" from call-note shorthand as a word', () => {
    expect(sentenceWords('- VP ops = main obstacle').has('=')).toBe(true);
  });
});
