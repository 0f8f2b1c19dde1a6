/**
 * A deterministic generator of realistic sales emails and call notes for the bench: templates
 * from corpus-templates.ts filled from corpus-vocabulary.ts with a seeded PRNG. About one
 * sentence in five carries a pressure cue (CUE_RATE), as in a pushy draft.
 */
import { createRandom, type Random } from './random';
import * as V from './corpus-vocabulary';
import { CUES, EMAIL_CUE_WEIGHTS, GREETINGS, NEUTRAL_EMAIL, NEUTRAL_NOTE, NOTE_CUE_WEIGHTS, NOTE_HEADINGS, NOTE_TITLES, SIGN_OFFS } from './corpus-templates';

export type DocKind = 'email' | 'note';

export interface BenchDoc {
  id: string;
  kind: DocKind;
  text: string;
  words: number;
  /** Sentences written from a pressure-cue template. */
  cues: number;
  /** Sentences written from any template (greetings, headings and sign-offs not counted). */
  sentences: number;
}

/** Share of body sentences written from a cue template. */
export const CUE_RATE = 0.2;
export const DEFAULT_SEED = 20240611;

const WORD = /[\p{L}\p{N}]/u;
/** Words as every tool is credited for them: whitespace-separated tokens with a letter or digit. */
export function countWords(text: string): number {
  let n = 0;
  for (const t of text.split(/\s+/)) if (WORD.test(t)) n++;
  return n;
}

function weightedPick(r: Random, weights: Record<string, number>): string {
  const entries = Object.entries(weights).filter(([, w]) => w > 0);
  let x = r.next() * entries.reduce((s, [, w]) => s + w, 0);
  for (const [k, w] of entries) {
    x -= w;
    if (x < 0) return k;
  }
  return entries[entries.length - 1][0];
}

const POOLS: Record<string, readonly string[]> = {
  first: V.FIRST_NAMES,
  last: V.LAST_NAMES,
  product: V.PRODUCTS,
  tier: V.TIERS,
  feature: V.FEATURES,
  topic: V.TOPICS,
  role: V.ROLES,
  team: V.TEAMS,
  industry: V.INDUSTRIES,
  tool: V.TOOLS,
  pain: V.PAINS,
  outcome: V.OUTCOMES,
  competitor: V.COMPETITORS,
  city: V.CITIES,
  day: V.DAYS,
  month: V.MONTHS,
  period: V.PERIODS,
  seats: V.SEATS,
  small: V.SMALL,
  deadline: V.DEADLINES,
  project: V.PROJECTS,
  doc: V.DOCS,
  meeting: V.MEETINGS,
};

function slot(r: Random, name: string): string {
  const base = name.replace(/\d+$/, '');
  const pool = POOLS[base];
  if (pool) return r.pick(pool);
  switch (base) {
    case 'company':
      return V.companyName(r.int(0, 999), r.int(0, 999), r.int(0, 999));
    case 'n':
      return String(r.int(2, 12));
    case 'num':
      return String(r.int(10, 900));
    case 'pct':
      return String(r.int(5, 40));
    case 'price':
      return `$${r.int(4, 240)},${String(r.int(0, 9) * 100).padStart(3, '0')}`;
    case 'date':
      return `${r.pick(V.MONTHS)} ${r.int(1, 28)}`;
    case 'time':
      return `${r.int(8, 17) > 12 ? r.int(1, 5) : r.int(9, 11)}${r.chance(0.5) ? ':30' : ''}${r.chance(0.5) ? 'pm' : 'am'}`;
    default:
      throw new Error(`bench corpus: unknown template slot {${name}}`);
  }
}

function fill(r: Random, template: string, fixed: Record<string, string> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => fixed[name] ?? slot(r, name));
}

interface Counter {
  cues: number;
  sentences: number;
}

function bodySentence(r: Random, kind: DocKind, c: Counter, fixed: Record<string, string>): string {
  c.sentences++;
  if (r.chance(CUE_RATE)) {
    c.cues++;
    const category = weightedPick(r, kind === 'email' ? EMAIL_CUE_WEIGHTS : NOTE_CUE_WEIGHTS);
    return fill(r, r.pick(CUES[category]), fixed);
  }
  let s = fill(r, r.pick(kind === 'email' ? NEUTRAL_EMAIL : NEUTRAL_NOTE), fixed);
  if (kind === 'email' && r.chance(0.25)) {
    const lead = r.pick(V.LEADS);
    if (lead) s = lead + s[0].toLowerCase() + s.slice(1);
  }
  if (kind === 'email' && r.chance(0.2) && s.endsWith('.')) s = s.slice(0, -1) + r.pick(V.TAILS) + '.';
  return s;
}

function people(r: Random): Record<string, string> {
  return { first: r.pick(V.FIRST_NAMES), me: r.pick(V.FIRST_NAMES) };
}

function signature(r: Random, me: string): string[] {
  const lines = [r.pick(SIGN_OFFS), me];
  if (r.chance(0.5)) lines.push(`${me} ${r.pick(V.LAST_NAMES)}`, `Account Executive, ${V.companyName(r.int(0, 99), r.int(0, 99), r.int(0, 99))}`);
  return lines;
}

/** One email of roughly `paragraphs` body paragraphs. */
function email(r: Random, c: Counter, paragraphs: number): string {
  const fixed = people(r);
  const out = [fill(r, r.pick(GREETINGS), fixed), ''];
  for (let p = 0; p < paragraphs; p++) {
    const n = r.int(1, 5);
    const sentences: string[] = [];
    for (let i = 0; i < n; i++) sentences.push(bodySentence(r, 'email', c, fixed));
    out.push(sentences.join(' '), '');
  }
  out.push(...signature(r, fixed.me));
  return out.join('\n');
}

/** Call notes: a title, then sections of bullets (some notes written as prose). */
function note(r: Random, c: Counter): string {
  const fixed = people(r);
  const out = [fill(r, r.pick(NOTE_TITLES), fixed), ''];
  const sections = r.int(2, 5);
  const headings = [...NOTE_HEADINGS];
  for (let s = 0; s < sections; s++) {
    out.push(headings.splice(r.int(0, headings.length - 1), 1)[0]);
    const bullets = r.int(2, 6);
    const prose = r.chance(0.2);
    const lines: string[] = [];
    for (let i = 0; i < bullets; i++) lines.push(bodySentence(r, 'note', c, fixed));
    if (prose) out.push(lines.join(' '));
    else out.push(...lines.map((l) => `${r.pick(['- ', '- ', '* ', '• '])}${l}`));
    out.push('');
  }
  return out.join('\n').trimEnd();
}

/** Documents (2 emails to 1 note) until at least `words` words. */
export function generateCorpus(words: number, seed = DEFAULT_SEED): BenchDoc[] {
  const r = createRandom(seed);
  const docs: BenchDoc[] = [];
  let total = 0;
  while (total < words) {
    const c: Counter = { cues: 0, sentences: 0 };
    const kind: DocKind = r.chance(1 / 3) ? 'note' : 'email';
    const text = kind === 'email' ? email(r, c, r.int(2, 7)) : note(r, c);
    const w = countWords(text);
    docs.push({ id: `${kind}-${docs.length}`, kind, text, words: w, ...c });
    total += w;
  }
  return docs;
}

/** One long email of about `words` words (the first paragraph boundary past it), for keystroke tests. */
export function generateDraft(words: number, seed = DEFAULT_SEED): BenchDoc {
  const r = createRandom(seed);
  const c: Counter = { cues: 0, sentences: 0 };
  const fixed = people(r);
  const out = [fill(r, r.pick(GREETINGS), fixed), ''];
  let w = countWords(out[0]);
  while (w < words) {
    const sentences: string[] = [];
    for (let i = r.int(2, 5); i > 0 && w < words; i--) {
      const s = bodySentence(r, 'email', c, fixed);
      sentences.push(s);
      w += countWords(s);
    }
    out.push(sentences.join(' '), '');
  }
  out.push(...signature(r, fixed.me));
  const text = out.join('\n');
  return { id: `draft-${words}`, kind: 'email', text, words: countWords(text), ...c };
}

/** Concatenated documents of about `words` words, cut at a document boundary (scaling runs). */
export function corpusText(docs: BenchDoc[], words: number): { text: string; words: number } {
  const parts: string[] = [];
  let w = 0;
  for (const d of docs) {
    if (w >= words) break;
    parts.push(d.text);
    w += d.words;
  }
  return { text: parts.join('\n\n'), words: w };
}
