import type { Finding, Metrics, QuestionId, QuestionSuggestion } from './types';
import type { Span } from './text-split';
import { QUESTION_TEXT } from './question-text';

/**
 * Where the five questions fit (shared/questions.md). Lexical cues per paragraph, cached with
 * the paragraph; the choice across the whole text is made per analysis.
 */
export interface Cue {
  id: QuestionId;
  /** Short human description of what prompted it. */
  cue: string;
  /** Offset of the cue, relative to the paragraph (made absolute by the engine). */
  at: number;
  weight: number;
}

export interface QuestionSignals {
  cues: Cue[];
  /** Which of the five the paragraph already asks (paraphrases count). */
  asked: QuestionId[];
}

interface CueRule {
  id: QuestionId;
  re: RegExp;
  weight: number;
  describe: (m: string) => string;
}

const CUE_RULES: CueRule[] = [
  { id: 'concerns', re: /\b(concerns?|worr(y|ied|ies)|hesitat\w*|objections?|risks?|roadblocks?|budget|frozen|freeze|too expensive|cost of|pushback|skeptic\w*|not sure|unsure)\b/i, weight: 3, describe: (m) => `they raised ${m.toLowerCase()}` },
  { id: 'fit', re: /\b(integrat\w*|onboard\w*|implement\w*|roll-?out|migrat\w*|set ?up|workflow|api|connects? to|tools?:|using today|logging calls|adoption|maintain\w*|netsuite|excel|salesforce|hubspot|shopify|spreadsheet)\b/i, weight: 2, describe: (m) => `they mentioned ${m.toLowerCase()}` },
  { id: 'alternatives', re: /\b(compar\w*|competitors?|alternatives?|other vendors?|in-house|build it themselves|doing nothing|status quo|versus|vs\.?|evaluating|shortlist)\b/i, weight: 3, describe: (m) => `they mentioned ${m.toLowerCase()}` },
  { id: 'clarity', re: /\b(order form|contract|signature|sign(ed)?|proposal|ready to move forward|move forward|paperwork|terms|quote)\b/i, weight: 2, describe: (m) => `decision point: ${m.toLowerCase()}` },
  { id: 'outcome', re: /\b(we offer|our platform|features?|demo|market leader|dashboards?|analytics|workflow builder|book a call)\b/i, weight: 1, describe: (m) => `pitching ${m.toLowerCase()} before knowing their goals` },
];

const ASKED: Array<{ id: QuestionId; re: RegExp }> = [
  { id: 'outcome', re: /\b(success|successful|outcome|goals?|look like for you|achieve|win for you)\b/i },
  { id: 'concerns', re: /\b(concerns?|worr\w*|roadblocks?|hesitat\w*|holding you back|risks?)\b/i },
  { id: 'fit', re: /\b(workflow|integrat\w*|fit into|change on your side|need to change|adjustments?|how are your .* today)\b/i },
  { id: 'alternatives', re: /\b(alternatives?|otherwise|instead|if you didn't|other options?|compare)\b/i },
  { id: 'clarity', re: /\b(unclear|missing|confident|anything else you need|questions? (you have|about))\b/i },
];

export function paragraphSignals(para: string, sentences: Span[]): QuestionSignals {
  const cues: Cue[] = [];
  const asked = new Set<QuestionId>();
  for (const s of sentences) {
    const text = para.slice(s.start, s.end);
    if (/\?\s*$/.test(text)) for (const a of ASKED) if (a.re.test(text)) asked.add(a.id);
    for (const r of CUE_RULES) {
      const m = r.re.exec(text);
      if (m) cues.push({ id: r.id, cue: r.describe(m[0]), at: s.end, weight: r.weight });
    }
  }
  return { cues, asked: [...asked] };
}

/** Pressure findings are a good place to offer `concerns` instead. */
const PRESSURE_CATEGORIES = new Set(['urgency', 'pressure', 'fear-guilt', 'scarcity', 'social-pressure']);

export function chooseQuestions(
  cues: Cue[],
  covered: QuestionId[],
  findings: Finding[],
  metrics: Metrics,
  textLength: number,
): QuestionSuggestion[] {
  const score = new Map<QuestionId, { weight: number; cue: Cue }>();
  for (const c of cues) {
    const prev = score.get(c.id);
    if (!prev) score.set(c.id, { weight: c.weight, cue: c });
    else prev.weight += c.weight / 2;
  }
  const pushy = findings.find((f) => PRESSURE_CATEGORIES.has(f.category));
  if (pushy) {
    const prev = score.get('concerns');
    const cue: Cue = { id: 'concerns', cue: `instead of "${pushy.text}"`, at: pushy.end, weight: 4 };
    if (!prev) score.set('concerns', { weight: 4, cue });
    else prev.weight += 4;
  }
  if (metrics.featureListWithoutQuestion) {
    const prev = score.get('outcome');
    if (prev) prev.weight += 3;
  }
  return [...score.entries()]
    .filter(([id]) => !covered.includes(id))
    .sort((a, b) => b[1].weight - a[1].weight)
    .slice(0, 2)
    .map(([id, { cue }]) => ({ id, text: QUESTION_TEXT[id], cue: cue.cue, at: Math.min(cue.at, textLength) }));
}
