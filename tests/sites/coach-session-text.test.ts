import { expect, it } from 'vitest';
import { matchCase, sentenceEnd, spacedInsertion } from '../../sites/coach-session';

it('keeps a sentence-initial capital when applying a rewrite', () => {
  expect(matchCase('Just sign page 4', 'when you are ready, sign')).toBe('When you are ready, sign');
  expect(matchCase('just sign', 'when you are ready, sign')).toBe('when you are ready, sign');
  expect(matchCase('Offer', 'OK')).toBe('OK');
});

it('spaces an inserted sentence so it reads as its own', () => {
  expect(spacedInsertion('Thanks.', 7, 'Any concerns?')).toBe(' Any concerns?');
  expect(spacedInsertion('Thanks. More', 7, 'Any concerns?')).toBe(' Any concerns?');
  expect(spacedInsertion('Thanks.More', 7, 'Any concerns?')).toBe(' Any concerns? ');
  expect(spacedInsertion('', 0, 'Any concerns?')).toBe('Any concerns?');
  expect(spacedInsertion('Hi\nThanks', 3, 'Any concerns?')).toBe('Any concerns? ');
});

it('finds where a sentence ends, for adding a question after it', () => {
  const t = 'This offer expires Friday, so sign today. Thanks!\nBest';
  expect(sentenceEnd(t, t.indexOf('offer'))).toBe(t.indexOf('. Thanks') + 1);
  expect(sentenceEnd(t, t.indexOf('Thanks'))).toBe(t.indexOf('!') + 1);
  expect(sentenceEnd('No punctuation here\nnext', 3)).toBe('No punctuation here'.length);
  expect(sentenceEnd('No punctuation at all', 3)).toBe('No punctuation at all'.length);
});
