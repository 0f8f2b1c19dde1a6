/**
 * The prefilter's view of a sentence: the set of lower-case words in it, with contractions
 * also expanded the way compromise expands them ("don't" → do, not). It must be a superset of
 * what compromise would see, so the prefilter never drops a sentence that could match.
 */

const CONTRACTION_PARTS: Record<string, string[]> = {
  "n't": ['not'],
  "'s": ['is', 'has', 'us'],
  "'re": ['are'],
  "'ll": ['will'],
  "'ve": ['have'],
  "'d": ['would', 'had', 'did'],
  "'m": ['am'],
};
const IRREGULAR: Record<string, string[]> = {
  "won't": ['will', 'not'],
  "can't": ['can', 'not'],
  "cannot": ['can', 'not'],
  "shan't": ['shall', 'not'],
  "ain't": ['is', 'not', 'am', 'are'],
  "let's": ['let', 'us'],
  'gonna': ['going', 'to'],
  'wanna': ['want', 'to'],
  'gotta': ['got', 'to', 'have'],
  // Typed without the apostrophe, compromise still expands these ("arent" → are not).
  arent: ['are', 'not'],
  isnt: ['is', 'not'],
  wasnt: ['was', 'not'],
  dont: ['do', 'not'],
  wont: ['will', 'not'],
  cant: ['can', 'not'],
  hasnt: ['has', 'not'],
  shouldnt: ['should', 'not'],
  couldnt: ['could', 'not'],
  wouldnt: ['would', 'not'],
  im: ['i', 'am'],
  ive: ['i', 'have'],
};

// "=" is a term of its own in call-note shorthand ("VP ops = main obstacle"), and compromise keeps it.
const WORD = /[\p{L}\p{N}]+(?:['\u2019][\p{L}]+)*|=/gu;
// The same words in ASCII text (most sentences), without the slower Unicode property classes.
const ASCII_WORD = /[a-z0-9]+(?:'[a-z]+)*|=/g;
const ASCII = /^[\x00-\x7f]*$/;
const HYPHENATED = /[\p{L}\p{N}]+(?:[-\u2010\u2011][\p{L}\p{N}]+)+/gu;
// Made once: this runs on every sentence of every keystroke.
const IRREGULAR_ENTRIES = Object.entries(IRREGULAR);

/** Curly and modifier apostrophes made straight, same length: compromise expands "don’t" and "don't" alike then. */
export function straightApostrophes(text: string): string {
  return text.replace(/[\u2018\u2019\u02bc]/g, "'");
}

export function sentenceWords(sentence: string): Set<string> {
  const set = new Set<string>();
  const lower = sentence.toLowerCase();
  const re = ASCII.test(lower) ? ASCII_WORD : WORD;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(lower))) {
    const w = m[0].includes('\u2019') ? m[0].replace(/\u2019/g, "'") : m[0];
    set.add(w);
    if (!w.includes("'")) continue;
    set.add(w.replace(/'/g, ''));
    const irregular = IRREGULAR[w];
    if (irregular) irregular.forEach((x) => set.add(x));
    for (const [suffix, parts] of Object.entries(CONTRACTION_PARTS)) {
      if (w.endsWith(suffix)) {
        set.add(w.slice(0, -suffix.length));
        parts.forEach((x) => set.add(x));
      }
    }
    // "n't" words: "don't" → do, "isn't" → is.
    if (w.endsWith("n't")) set.add(w.slice(0, -3));
    w.split("'").forEach((x) => x && set.add(x));
  }
  for (const [k, v] of IRREGULAR_ENTRIES) if (set.has(k)) v.forEach((x) => set.add(x));
  // compromise keeps "out-negotiated" as one term whose machine form is "outnegotiated".
  if (/[-\u2010\u2011]/.test(lower)) {
    HYPHENATED.lastIndex = 0;
    while ((m = HYPHENATED.exec(lower))) {
      set.add(m[0]);
      set.add(m[0].replace(/[-\u2010\u2011]/g, ''));
    }
  }
  return set;
}
