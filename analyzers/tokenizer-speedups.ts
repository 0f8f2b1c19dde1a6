import nlp from 'compromise/one';

/**
 * compromise normalises every term through a dozen regular expressions and a character-by-
 * character transliteration table (tokenize/compute/normal, methods/unicode). Most terms in an
 * email are plain words, for which all of that yields the word in lower case: that was a third of
 * tokenizing a sentence (node --cpu-prof on the bench corpus). These stand-ins take the
 * short way for plain words and plain ASCII text and hand everything else to compromise's own
 * code, so every term's `normal` is what compromise would have made;
 * tests/engine/tokenizer-speedups.test.ts checks that on every word of the corpora and on fuzz.
 */
interface Term {
  text?: string;
  normal?: string;
}
interface Tokenize {
  splitSentences(input: string, world: World): string[];
  splitTerms(sentence: string, model: unknown): string[];
  splitWhitespace(term: string, model: unknown): Term;
  fromString(input: string, world: World): Term[][];
}
interface World {
  model: { one: { unicode: Record<string, string> } };
  methods: { one: { killUnicode(str: string, world: World): string; tokenize: Tokenize } };
  compute: Record<string, (view: { docs: Term[][]; world: World }) => void>;
}

const ASCII = /^[\x00-\x7f]*$/;
const PLAIN_WORD = /^[A-Za-z]+$/;
let installed = false;

export function installTokenizerSpeedups(): void {
  if (installed) return;
  installed = true;
  const world = nlp.world() as unknown as World;
  // The transliteration table maps ASCII characters only to themselves; if that ever changes,
  // the short way would be wrong, so it stays off.
  const table = world.model.one.unicode;
  if (!Object.entries(table).every(([k, v]) => k.charCodeAt(0) >= 128 || k === v)) return;

  const killUnicode = world.methods.one.killUnicode;
  world.methods.one.killUnicode = (str, w) => (typeof str === 'string' && ASCII.test(str) ? str : killUnicode(str, w));

  const normal = world.compute.normal;
  const tokenize = world.methods.one.tokenize;
  if (!normal || !tokenize?.fromString) return;
  /** compromise's per-term normalisation, the short way where it can. */
  const normalize = (docs: Term[][], w: World): void => {
    let rest: Term[] | null = null;
    for (const terms of docs) {
      for (const term of terms) {
        const text = term.text || '';
        if (PLAIN_WORD.test(text)) term.normal = text.toLowerCase();
        else (rest ??= []).push(term);
      }
    }
    if (rest) normal({ docs: [rest], world: w });
  };
  world.compute.normal = (view) => normalize(view.docs, view.world);
  // compromise's parse (tokenize/methods/parse.js) normalises each new term once more, directly.
  tokenize.fromString = (input, w) => {
    const t = w.methods.one.tokenize;
    const docs = t.splitSentences(input || '', w).map((txt) => t.splitTerms(txt, w.model).map((term) => t.splitWhitespace(term, w.model)));
    normalize(docs, w);
    return docs;
  };
}
