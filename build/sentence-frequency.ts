import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sentenceWords, straightApostrophes } from '../analyzers/words';
import { sentenceTexts } from '../analyzers/text-split';

/**
 * How often a word turns up in a sentence of the kind reps write, measured on the labelled
 * corpora in tests/corpus (sales and tone emails, call notes, question cues, shop pages). The
 * build chooses each built-in pattern's prefilter anchor with it (build/rule-anchors.ts): the
 * prefilter checks every pattern anchored on a word of each sentence, so the anchor should be
 * the required word or group least likely to be there. The runtime's own guess
 * (prefilter.ts: common words first, then short ones) can't tell "price" or "team" from
 * "countdown", and anchored ~30 % more checks per sentence. The table stays at build time: it
 * changes which token is the anchor, never what a pattern matches.
 */
export interface SentenceFrequency {
  /** Sentences measured. */
  sentences: number;
  /** A word's share of sentences, smoothed so an unseen word is rare but not free. */
  share(word: string): number;
}

export function sentenceFrequency(root: string): SentenceFrequency {
  const dir = join(root, 'tests', 'corpus');
  const counts = new Map<string, number>();
  let sentences = 0;
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort()) {
    for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const text = (JSON.parse(line) as { text?: unknown }).text;
      if (typeof text !== 'string') continue;
      // Split and read as the engine does (engine.ts, match-sentence.ts), so the shares are the prefilter's.
      for (const s of sentenceTexts(text)) {
        sentences++;
        for (const w of sentenceWords(straightApostrophes(s))) counts.set(w, (counts.get(w) ?? 0) + 1);
      }
    }
  }
  return { sentences, share: (w) => ((counts.get(w) ?? 0) + 1) / (sentences + 2) };
}

/** A word set's cost as an anchor: the chance a sentence has one of its words (at most the sum). */
export function anchorCost(freq: SentenceFrequency): (keys: string[]) => number {
  return (keys) => {
    let sum = 0;
    for (const w of keys) sum += freq.share(w);
    return sum;
  };
}
