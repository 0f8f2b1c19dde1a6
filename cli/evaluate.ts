/**
 * Scoring exactly as shared/corpus/README.md defines it. Pure: takes items and the reports the
 * engine produced for them.
 */
import type { Category, QuestionId, Report } from '../analyzers/types';

export interface CorpusItem {
  id: string;
  kind?: 'email' | 'note' | 'snippet';
  text: string;
  flags: Category[];
  ok?: Category[];
  questions?: QuestionId[];
  source?: string;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface EvalResult {
  items: number;
  overall: Counts;
  falseAlarmRate: number;
  negatives: number;
  questionTop1: number | null;
  questionScored: number;
  quietRate: number | null;
  quietScored: number;
  perCategory: Record<string, Counts>;
  perSource: Record<string, Counts & { items: number; falseAlarmRate: number | null }>;
  misses: Array<{ id: string; missing: string[]; extra: string[]; question?: string; expectedQuestions?: string[] }>;
}

/**
 * The README leaves 0/0 open: precision is 1 when nothing was predicted and recall 1 when nothing
 * was expected (nothing to be wrong about), so F1 stays 0 only when one side truly fails. The
 * readable output shows such rates as "-" (render-eval.ts); falseAlarmRate is 0 with no negatives.
 */
function finish(c: { tp: number; fp: number; fn: number }): Counts {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...c, precision, recall, f1 };
}

export function evaluate(items: CorpusItem[], reports: Report[]): EvalResult {
  const total = { tp: 0, fp: 0, fn: 0 };
  const perCat = new Map<string, { tp: number; fp: number; fn: number }>();
  const perSrc = new Map<string, { tp: number; fp: number; fn: number; items: number; neg: number; alarms: number }>();
  let negatives = 0;
  let alarms = 0;
  let qScored = 0;
  let qHit = 0;
  let quietScored = 0;
  let quiet = 0;
  const misses: EvalResult['misses'] = [];
  const cat = (k: string) => perCat.get(k) ?? (perCat.set(k, { tp: 0, fp: 0, fn: 0 }), perCat.get(k)!);

  items.forEach((item, i) => {
    const report = reports[i];
    const P = new Set(report.findings.map((f) => f.category));
    const flags = new Set(item.flags);
    const ok = new Set(item.ok ?? []);
    const src = item.source ?? '(none)';
    const s = perSrc.get(src) ?? (perSrc.set(src, { tp: 0, fp: 0, fn: 0, items: 0, neg: 0, alarms: 0 }), perSrc.get(src)!);
    s.items++;
    const missing: string[] = [];
    const extra: string[] = [];
    for (const f of flags) {
      if (P.has(f)) {
        total.tp++;
        cat(f).tp++;
        s.tp++;
      } else {
        total.fn++;
        cat(f).fn++;
        s.fn++;
        missing.push(f);
      }
    }
    for (const p of P) {
      if (flags.has(p) || ok.has(p)) continue;
      total.fp++;
      cat(p).fp++;
      s.fp++;
      extra.push(p);
    }
    if (flags.size === 0) {
      negatives++;
      s.neg++;
      if ([...P].some((p) => !ok.has(p))) {
        alarms++;
        s.alarms++;
      }
    }
    let qMiss: { question?: string; expectedQuestions?: string[] } = {};
    if (item.questions) {
      const first = report.questions[0]?.id;
      if (item.questions.length > 0) {
        qScored++;
        if (first && item.questions.includes(first)) qHit++;
        else qMiss = { question: first ?? '(none)', expectedQuestions: item.questions };
      } else {
        quietScored++;
        if (report.questions.length === 0) quiet++;
        else qMiss = { question: first, expectedQuestions: [] };
      }
    }
    if (missing.length || extra.length || qMiss.question) misses.push({ id: item.id, missing, extra, ...qMiss });
  });

  return {
    items: items.length,
    overall: finish(total),
    falseAlarmRate: negatives === 0 ? 0 : alarms / negatives,
    negatives,
    questionTop1: qScored === 0 ? null : qHit / qScored,
    questionScored: qScored,
    quietRate: quietScored === 0 ? null : quiet / quietScored,
    quietScored,
    perCategory: Object.fromEntries([...perCat].map(([k, v]) => [k, finish(v)])),
    perSource: Object.fromEntries(
      [...perSrc].map(([k, v]) => [k, { ...finish(v), items: v.items, falseAlarmRate: v.neg === 0 ? null : v.alarms / v.neg }]),
    ),
    misses,
  };
}
