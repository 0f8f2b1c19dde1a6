import nlp from 'compromise/one';

/**
 * compromise normalises every term through a dozen regular expressions and a character-by-
 * character transliteration table (tokenize/compute/normal, methods/unicode). Most terms in an
 * email are plain words, for which all of that yields the word in lower case: that was a third of
 * tokenizing a sentence (node --cpu-prof on the bench corpus). These two stand-ins take the
 * short way for plain words and plain ASCII text and hand everything else to compromise's own
 * code, so every term's `normal` is what compromise would have made;
 * tests/engine/tokenizer-speedups.test.ts checks that on every word of the corpora and on fuzz.
 */
interface Term {
  text?: string;
  normal?: string;
}
interface World {
  model: { one: { unicode: Record<string, string> } };
  methods: { one: { killUnicode(str: string, world: World): string } };
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
  if (!normal) return;
  world.compute.normal = (view) => {
    let rest: Term[] | null = null;
    for (const terms of view.docs) {
      for (const term of terms) {
        const text = term.text || '';
        if (PLAIN_WORD.test(text)) term.normal = text.toLowerCase();
        else (rest ??= []).push(term);
      }
    }
    if (rest) normal({ docs: [rest], world: view.world });
  };
}
