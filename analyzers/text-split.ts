/**
 * Splitting text into paragraphs and sentences with exact offsets. Our own splitter rather
 * than compromise's: it is linear, allocation-light and runs on every keystroke, while
 * compromise only sees the few sentences the prefilter lets through.
 */

export interface Span {
  start: number;
  end: number;
}

/** Paragraphs are separated by line breaks; each line of a bulleted note is its own paragraph. */
export function splitParagraphs(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  const n = text.length;
  while (start <= n) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = n;
    if (end > start) out.push({ start, end });
    start = end + 1;
  }
  return out;
}

const ABBREVIATIONS = new Set(['e.g', 'i.e', 'mr', 'mrs', 'ms', 'dr', 'vs', 'etc', 'inc', 'ltd', 'co', 'jr', 'sr', 'st', 'approx', 'no', 'fig', 'u.s']);
/** One capital letter standing alone (after a space, a bracket or the start) before the full stop. */
const INITIAL = /(^|[\s("'])[A-Z]$/;
/** Longest sentence handed to the tokenizer; longer runs are cut at spaces so huge input stays linear. */
export const MAX_SENTENCE = 1200;

/** Sentences inside one paragraph, as offsets relative to the paragraph. */
export function splitSentences(para: string): Span[] {
  const out: Span[] = [];
  const re = /[.!?\u2026]+["'\u2019\u201d)\]]*(?=\s|$)/g;
  let start = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(para))) {
    const end = m.index + m[0].length;
    if (m[0][0] === '.' && m[0].length === 1) {
      const word = /([A-Za-z.]+)$/.exec(para.slice(Math.max(start, m.index - 6), m.index));
      if (word && ABBREVIATIONS.has(word[1].toLowerCase())) continue;
      // A single capital is an initial: "Tom K. bought…", "R. Johnson from Chicago".
      if (INITIAL.test(para.slice(Math.max(0, m.index - 2), m.index))) continue;
    }
    pushTrimmed(para, start, end, out);
    start = end;
  }
  pushTrimmed(para, start, para.length, out);
  return out;
}

function pushTrimmed(text: string, start: number, end: number, out: Span[]): void {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end <= start) return;
  if (end - start <= MAX_SENTENCE) {
    out.push({ start, end });
    return;
  }
  // A run with no sentence punctuation (pasted data, one huge word): cut at spaces.
  let s = start;
  while (s < end) {
    let e = Math.min(end, s + MAX_SENTENCE);
    if (e < end) {
      const space = text.lastIndexOf(' ', e);
      if (space > s + MAX_SENTENCE / 2) e = space;
    }
    out.push({ start: s, end: e });
    s = e;
    while (s < end && /\s/.test(text[s])) s++;
  }
}

/** Each sentence of a text as the engine reads it: paragraphs, then sentences (for measuring, not the typing path). */
export function sentenceTexts(text: string): string[] {
  const out: string[] = [];
  for (const p of splitParagraphs(text)) {
    const para = text.slice(p.start, p.end);
    for (const s of splitSentences(para)) out.push(para.slice(s.start, s.end));
  }
  return out;
}
