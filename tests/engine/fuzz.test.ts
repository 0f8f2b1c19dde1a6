/**
 * The engine runs on every keystroke of whatever a page hands it, so it must never throw, never
 * hang and never report a span that is not really in the text. Thousands of random and
 * adversarial inputs from a seeded PRNG: a failure prints its seed and case so it can be replayed.
 */
import { describe, expect, it } from 'vitest';
import { createEngine, type AnalyzeOptions, type Finding, type Report } from '../../analyzers/index';
import { resolveOverlaps } from '../../analyzers/engine';
import { BUILT_IN_RULES } from '../../rules/index';
import { parseExample } from '../rules/examples';

// A fresh engine: the shared default one's caches would hide work after the first run.
const engine = createEngine(BUILT_IN_RULES);

/** mulberry32: small, fast, good enough to spread inputs; the seed makes a run reproducible. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const int = (r: Rand, n: number) => Math.floor(r() * n);
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[int(r, xs.length)];

/** Pressure language the rules know, taken from the rules' own examples so it grows with them. */
const PHRASES = [
  ...new Set([
    ...BUILT_IN_RULES.flatMap((rule) => rule.spec.examples.flag.map((e) => parseExample(e).text)),
    'We only have 3 spots left this quarter.',
    'This offer expires today.',
    'Act now before the price increase kicks in.',
    "Don't miss out, everyone else has already signed.",
    'No pressure, but the discount ends Friday.',
    'This is not a limited-time offer.',
  ]),
];

const EMOJI = ['😀', '👍🏽', '👩‍👩‍👧‍👦', '🏳️‍🌈', '🇺🇸', '🧑🏿‍💻', '❤️', '1️⃣', '🫶', '👨‍❤️‍💋‍👨'];
const COMBINING = ['\u0301', '\u0308', '\u0327', '\u20dd', '\u0489', '\u036f', '\u1dc0'];
const RTL = ['مرحبا بك، العرض ينتهي اليوم', 'שלום, נשארו רק 3 מקומות', '\u202eevah ylno ew\u202c', '\u200f!\u200e', 'فقط ٣ متبقية'];
const HTML = ['<b>offer</b> expires', '<p>Only 2 left</p>', '<script>alert(1)</script>', '&nbsp;&amp;&#8217;', '<a href="x">act now</a>', '<!-- hidden -->', '<br/>'];
const CONTROL = ['\u0000', '\u0001', '\u0007', '\b', '\t', '\v', '\f', '\r', '\u001b[31m', '\u007f', '\u0085', '\u2028', '\u2029', '\ufeff', '\u200b', '\u00a0', '\ufffd'];
const SURROGATES = ['\ud800', '\udfff', '\udc00\ud800', '\ud83d', 'a\ude00b'];
const PUNCT = ['.', '!', '?', '…', '...', '?!', '."', '.)', "'", '\u2019', '"', ',', ';', ':', ' - ', '—', '(', ')', '[[', ']]', '%', '#', '/', '\\', '*', '•', '1.', 'e.g.', 'Mr.'];
const WORDS = ['only', 'left', 'just', 'offer', 'expires', 'today', 'now', 'act', 'not', "don't", 'no', 'pressure', 'but', 'you', 'we', 'your', 'deal', 'ends', 'Friday', 'price', '3', 'two', 'spots', 'remaining', 'available', 'sign', 'before', 'the', 'a', 'and', 'it', "it's", 'can\u2019t', 'won\u2019t', 'gonna', 'let\u2019s', 'I', 'concerns', 'workflow', 'compare', '?', 'contract'];

/** Any UTF-16 code unit sequence, including lone surrogates and unassigned code points. */
function randomCodeUnits(r: Rand, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) {
    const k = r();
    if (k < 0.5) s += String.fromCharCode(32 + int(r, 95));
    else if (k < 0.6) s += String.fromCharCode(int(r, 32));
    else if (k < 0.9) s += String.fromCharCode(int(r, 0x10000));
    else s += String.fromCodePoint(0x10000 + int(r, 0x100000));
  }
  return s;
}

/** A soup of the pieces above: words the rules look for mixed with everything that breaks text code. */
function soup(r: Rand, n: number): string {
  const kinds = [WORDS, WORDS, WORDS, PUNCT, EMOJI, COMBINING, RTL, HTML, CONTROL, SURROGATES, [' ', ' ', '  ', '\n', '\r\n', '\n\n']];
  let s = '';
  for (let i = 0; i < n; i++) {
    const part = pick(r, pick(r, kinds));
    s += part;
    if (r() < 0.6) s += ' ';
  }
  return s;
}

/** Pressure phrases spliced into noise, sometimes split by a newline or glued to symbols. */
function spliced(r: Rand): string {
  let s = '';
  const n = 1 + int(r, 6);
  for (let i = 0; i < n; i++) {
    let phrase = pick(r, PHRASES);
    const k = r();
    if (k < 0.2) phrase = phrase.toUpperCase();
    else if (k < 0.3) phrase = phrase.replace(/ /g, '\u00a0');
    else if (k < 0.4) phrase = phrase.replace(/'/g, '\u2019');
    else if (k < 0.5) phrase = phrase.replace(/ /g, () => pick(r, [' ', '  ', '\t', '\n', '\r\n', ' \u200b']));
    else if (k < 0.6) {
      const cut = int(r, phrase.length + 1);
      phrase = phrase.slice(0, cut) + pick(r, [...COMBINING, ...EMOJI, ...SURROGATES]) + phrase.slice(cut);
    }
    s += (r() < 0.5 ? randomCodeUnits(r, int(r, 20)) : soup(r, int(r, 8))) + pick(r, ['', ' ', '\n', '<p>', '"']) + phrase;
  }
  return s + (r() < 0.5 ? randomCodeUnits(r, int(r, 10)) : '');
}

function randomOptions(r: Rand): AnalyzeOptions {
  const o: AnalyzeOptions = {};
  if (r() < 0.5) o.sensitivity = pick(r, ['low', 'medium', 'high'] as const);
  if (r() < 0.3) o.kind = pick(r, ['email', 'note', 'snippet'] as const);
  if (r() < 0.2) o.categories = [pick(r, ['scarcity', 'urgency', 'pressure', 'fear-guilt'] as const)];
  if (r() < 0.3) {
    o.customPhrases = [
      { phrase: pick(r, ['act now', 'only', '(.*)+', 'a+b', '$^', 'ça va', '👍🏽 deal', "can't wait", '[x]', 'you\\']), category: 'pressure', message: 'Team phrase.' },
    ];
  }
  return o;
}

/** The contract every report must keep, whatever the input. Plain checks, one assertion: big inputs have many findings. */
function violations(input: string, report: Report): string[] {
  const bad: string[] = [];
  for (const f of report.findings) {
    const span = `${f.ruleId} ${f.start}-${f.end}`;
    if (!Number.isInteger(f.start) || !Number.isInteger(f.end)) bad.push(`${span}: offsets are not integers`);
    if (f.start < 0) bad.push(`${span}: starts before the text`);
    if (f.start >= f.end) bad.push(`${span}: empty or reversed span`);
    if (f.end > input.length) bad.push(`${span}: ends after the text (length ${input.length})`);
    if (f.text !== input.slice(f.start, f.end)) bad.push(`${span}: text ${JSON.stringify(f.text)} is not the input's ${JSON.stringify(input.slice(f.start, f.end))}`);
  }
  for (const q of report.questions) if (!(q.at >= 0 && q.at <= input.length)) bad.push(`question ${q.id} at ${q.at} is outside the text`);
  for (const [k, v] of Object.entries(report.metrics)) if (typeof v === 'number' && !Number.isFinite(v)) bad.push(`metrics.${k} is ${v}`);
  if (!(report.score.value >= 0 && report.score.value <= 100)) bad.push(`score ${report.score.value} is outside 0..100`);
  return bad.slice(0, 5);
}

/** Analyse, check the contract, and keep the slowest case so a hang shows up as a number. */
function run(input: string, options: AnalyzeOptions | undefined, label: string, limitMs: number): number {
  const t = performance.now();
  let report: Report;
  try {
    report = engine.analyze(input, options);
  } catch (e) {
    throw new Error(`${label} threw ${String(e)} on ${JSON.stringify(input.slice(0, 200))} with ${JSON.stringify(options)}`);
  }
  const ms = performance.now() - t;
  expect(violations(input, report), `${label}: ${JSON.stringify(input.slice(0, 200))} with ${JSON.stringify(options)}`).toEqual([]);
  expect(ms, `${label} took ${ms.toFixed(0)} ms`).toBeLessThan(limitMs);
  return ms;
}

const SEED = 20240611;
// Per-case limits are generous: the machine is shared and slow; a real hang takes far longer.
const SMALL_LIMIT_MS = 5_000;
const CASES = 1000;

describe('engine fuzz: random inputs', () => {
  const cases: Array<[string, (r: Rand) => string]> = [
    ['random code units', (r) => randomCodeUnits(r, int(r, 300))],
    ['soup of words, emoji, RTL, HTML, controls', (r) => soup(r, int(r, 80))],
    ['pressure phrases spliced into noise', spliced],
  ];
  // Whole-loop timeout: a thousand cases of tagging take a while on a loaded machine.
  it.each(cases)(`%s: ${CASES} seeded cases never throw and keep spans exact`, { timeout: 300_000 }, (name, gen) => {
    const r = prng(SEED ^ name.length);
    for (let i = 0; i < CASES; i++) {
      const input = gen(r);
      run(input, r() < 0.5 ? randomOptions(r) : undefined, `${name} #${i} (seed ${SEED ^ name.length})`, SMALL_LIMIT_MS);
    }
  });

  it('finds pressure phrases spliced into noise (the fuzz reaches the rules, not only empty paths)', { timeout: 120_000 }, () => {
    const r = prng(SEED);
    let found = 0;
    for (let i = 0; i < 300; i++) found += engine.analyze(spliced(r)).findings.length;
    expect(found).toBeGreaterThan(50);
  });
});

describe('engine fuzz: adversarial shapes', () => {
  const r = prng(SEED + 1);
  const prose = (() => {
    // About 1 MB of paragraphs mixing ordinary sentences with pressure phrases.
    const ordinary = [
      'Thanks for walking me through how your team logs calls today.',
      'You mentioned the rollout has to fit around the audit in March.',
      'Happy to send the security review whenever it helps.',
      'What would a good outcome look like for you six months from now?',
    ];
    const parts: string[] = [];
    let len = 0;
    while (len < 1_000_000) {
      const sentence = r() < 0.3 ? pick(r, PHRASES) : pick(r, ordinary);
      parts.push(sentence, r() < 0.15 ? '\n\n' : ' ');
      len += sentence.length + 1;
    }
    return parts.join('');
  })();

  // Sizes are chosen so linear work takes seconds at most and quadratic work would take minutes:
  // the limit then catches a regression to quadratic time, with room for a slow, shared machine.
  const LIMIT = 30_000;
  const shapes: Array<[string, () => string]> = [
    ['1 MB of prose', () => prose],
    ['1 MB of prose with CRLF line ends', () => prose.replace(/\n/g, '\r\n')],
    ['one 100 KB word', () => 'a'.repeat(100_000)],
    ['one 100 KB word of emoji ZWJ sequences', () => '👩‍👩‍👧‍👦'.repeat(9_000)],
    ['100 KB of one letter with combining marks', () => 'e\u0301\u0308'.repeat(33_000)],
    ['500 000 newlines', () => '\n'.repeat(500_000)],
    ['200 000 CRLFs around one phrase', () => '\r\n'.repeat(100_000) + 'This offer expires today.' + '\r\n'.repeat(100_000)],
    ['a pressure phrase repeated with no sentence breaks (1 MB)', () => 'offer expires today '.repeat(50_000)],
    ['a pressure phrase repeated as sentences (1 MB)', () => 'We only have 3 spots left. '.repeat(40_000)],
    ['200 000 short lines of pressure', () => 'Only 2 left!\n'.repeat(200_000)],
    ['deep punctuation runs', () => '?!.…'.repeat(25_000) + ' act now'],
    ['one long sentence of commas and negations', () => "no, not, don't, but, however, ".repeat(5_000) + 'this offer expires today'],
    ['lone surrogates everywhere', () => '\ud800 offer \udc00 expires \ud83d today '.repeat(10_000)],
    ['NUL-separated text', () => 'only 3 left\u0000'.repeat(20_000)],
    ['1 MB HTML page with no line breaks', () => '<html><body>' + '<div class="x"><p>Only <b>2</b> left &mdash; act now!</p></div>'.repeat(15_000) + '</body></html>'],
    ['right-to-left overrides around phrases', () => '\u202e This offer expires today. \u202c\u2067שלום\u2069 '.repeat(10_000)],
  ];

  it.each(shapes)('%s: no throw, exact spans, bounded time', { timeout: 120_000 }, (name, make) => {
    const input = make();
    run(input, undefined, name, LIMIT);
    const custom = [{ phrase: 'act now', category: 'pressure', message: 'Team phrase.' }, { phrase: 'expires today', category: 'urgency', message: 'Team phrase.' }] as const;
    run(input, { sensitivity: 'high', customPhrases: [...custom] }, `${name} (high, custom phrases)`, LIMIT);
  });
});

describe('resolveOverlaps (made linear for big inputs)', () => {
  /** The definition it must keep: drop a finding nested in a kept one or overlapping one of its own rule. */
  function reference(findings: Finding[]): Finding[] {
    const rank = { hint: 0, warning: 1, strong: 2 } as const;
    const sorted = [...findings].sort((a, b) => a.start - b.start || b.end - a.end || rank[b.severity] - rank[a.severity]);
    const out: Finding[] = [];
    for (const f of sorted) {
      const nested = out.some((o) => o.start <= f.start && f.end <= o.end);
      const sameRule = out.some((o) => o.ruleId === f.ruleId && f.start < o.end && o.start < f.end);
      if (!nested && !sameRule) out.push(f);
    }
    return out;
  }

  it('keeps exactly the findings the quadratic definition keeps, on 3000 random sets', { timeout: 60_000 }, () => {
    const r = prng(SEED + 2);
    for (let i = 0; i < 3000; i++) {
      const findings: Finding[] = Array.from({ length: int(r, 12) }, () => {
        const start = int(r, 40);
        const end = start + 1 + int(r, 10);
        return {
          ruleId: pick(r, ['a/x', 'a/y', 'b/z']),
          category: 'urgency',
          severity: pick(r, ['hint', 'warning', 'strong'] as const),
          start,
          end,
          text: '',
          message: '',
          why: '',
          alternatives: [],
        };
      });
      expect(resolveOverlaps(findings), `set #${i}`).toEqual(reference(findings));
    }
  });
});
