/**
 * `care-coach eval` against a tiny hand-made corpus whose numbers were worked out by hand from
 * shared/corpus/README.md's definitions (see the comments), plus evaluate() itself on
 * synthetic reports so the scoring is checked independently of what the rules find.
 */
import { describe, expect, it, vi } from 'vitest';
import { analyze, type Category, type Report } from '../../analyzers/index';
import { evaluate, type CorpusItem } from '../../cli/evaluate';
import { fixtureDir, runCli } from './helpers';

// Each case starts a process; on a shared, loaded machine that can take a while.
vi.setConfig({ testTimeout: 120_000 });

const DEADLINE = 'This offer expires today.';
const SCARCITY = 'We only have 3 spots left this quarter.';
const PLAIN = 'Thanks for the call yesterday.';

// Mislabels are on purpose: they make false positives and negatives to count.
const ITEMS: CorpusItem[] = [
  { id: 't1', text: DEADLINE, flags: ['urgency'], questions: ['concerns'], source: 's1' }, // tp urgency; question hit
  { id: 't2', text: SCARCITY, flags: ['scarcity'], ok: ['urgency'], questions: ['fit'], source: 's1' }, // tp scarcity; question miss
  { id: 't3', text: DEADLINE, flags: ['scarcity'], source: 's1' }, // fn scarcity, fp urgency
  { id: 't4', text: PLAIN, flags: [], questions: [], source: 's1' }, // negative, no alarm; quiet
  { id: 't5', text: DEADLINE, flags: [], ok: ['urgency'], source: 's1' }, // negative, urgency is ok: no alarm, no fp
  { id: 't6', kind: 'snippet', text: DEADLINE, flags: [], questions: [], source: 's2' }, // negative, alarm, fp urgency; not quiet
  { id: 't7', text: PLAIN, flags: ['pressure'], source: 's2' }, // fn pressure
];
// By hand: tp 2 (t1, t2), fp 2 (t3, t6), fn 2 (t3, t7) → P = R = F1 = 2/4.
// urgency tp 1 fp 2 fn 0 → P 1/3, R 1, F1 0.5; scarcity tp 1 fp 0 fn 1 → P 1, R 0.5, F1 2/3;
// pressure tp 0 fp 0 fn 1 → R 0, F1 0, precision undefined (shown "-").
// Negatives t4 t5 t6, one alarm (t6) → 1/3. Top-1: t1 hit, t2 miss → 1/2. Quiet: t4 yes, t6 no → 1/2.
// s1: tp 2 fp 1 fn 1 → P = R = F1 = 2/3, 5 items, alarms 0 of 2. s2: tp 0 fp 1 fn 1 → 0, 2 items, alarms 1 of 1.

const dir = fixtureDir({ 'tiny.jsonl': ITEMS.map((i) => JSON.stringify(i)).join('\n') + '\n' });
const cats = (text: string) => [...new Set(analyze(text).findings.map((f) => f.category))].sort();

describe('the hand-made corpus still means what the hand computation assumed', () => {
  // If a rule change breaks one of these, pick texts that the rules treat as described.
  it('the engine flags the deadline as urgency only, the scarcity claim as scarcity, and the plain text not at all', () => {
    expect(cats(DEADLINE)).toEqual(['urgency']);
    expect(cats(SCARCITY)).toContain('scarcity');
    expect(cats(SCARCITY).every((c) => c === 'scarcity' || c === 'urgency')).toBe(true);
    expect(cats(PLAIN)).toEqual([]);
  });
  it('the first question is concerns for the deadline, not fit for the scarcity claim, and none for the plain text', () => {
    expect(analyze(DEADLINE).questions[0]?.id).toBe('concerns');
    expect(analyze(DEADLINE, { kind: 'snippet' }).questions.length).toBeGreaterThan(0);
    expect(analyze(SCARCITY).questions[0]?.id).not.toBe('fit');
    expect(analyze(PLAIN).questions).toEqual([]);
  });
});

describe.concurrent('care-coach eval', () => {
  it('--json: the numbers computed by hand', async () => {
    const r = await runCli(['eval', '--json', 'tiny.jsonl'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const got = JSON.parse(r.stdout);
    expect(got.items).toBe(7);
    expect(got.overall).toMatchObject({ tp: 2, fp: 2, fn: 2, precision: 0.5, recall: 0.5, f1: 0.5 });
    expect(got.perCategory.urgency).toMatchObject({ tp: 1, fp: 2, fn: 0, recall: 1, f1: 0.5 });
    expect(got.perCategory.urgency.precision).toBeCloseTo(1 / 3, 10);
    expect(got.perCategory.scarcity).toMatchObject({ tp: 1, fp: 0, fn: 1, precision: 1, recall: 0.5 });
    expect(got.perCategory.scarcity.f1).toBeCloseTo(2 / 3, 10);
    expect(got.perCategory.pressure).toMatchObject({ tp: 0, fp: 0, fn: 1, recall: 0, f1: 0 });
    expect(Object.keys(got.perCategory).sort()).toEqual(['pressure', 'scarcity', 'urgency']);
    expect(got.negatives).toBe(3);
    expect(got.falseAlarmRate).toBeCloseTo(1 / 3, 10);
    expect([got.questionTop1, got.questionScored, got.quietRate, got.quietScored]).toEqual([0.5, 2, 0.5, 2]);
    expect(got.perSource.s1).toMatchObject({ items: 5, tp: 2, fp: 1, fn: 1, falseAlarmRate: 0 });
    expect(got.perSource.s1.f1).toBeCloseTo(2 / 3, 10);
    expect(got.perSource.s2).toMatchObject({ items: 2, tp: 0, fp: 1, fn: 1, precision: 0, recall: 0, f1: 0, falseAlarmRate: 1 });
    expect(got.misses.map((m: { id: string }) => m.id)).toEqual(['t2', 't3', 't6', 't7']);
    expect(got.misses[1]).toEqual({ id: 't3', missing: ['scarcity'], extra: ['urgency'] });
  });

  it('readable tables with the same numbers', async () => {
    const r = await runCli(['eval', 'tiny.jsonl'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const rows = r.stdout.split('\n').map((l) => l.trim().split(/\s{2,}/));
    const row = (name: string) => rows.find((cells) => cells[0] === name);
    expect(r.stdout.split('\n')[0]).toBe('7 items, 3 with nothing to flag');
    expect(rows.find((c) => c[0] === 'precision')).toEqual(['precision', 'recall', 'F1', 'tp', 'fp', 'fn']);
    expect(row('overall')).toEqual(['overall', '0.500', '0.500', '0.500', '2', '2', '2']);
    expect(row('scarcity')).toEqual(['scarcity', '1.000', '0.500', '0.667', '1', '0', '1']);
    expect(row('urgency')).toEqual(['urgency', '0.333', '1.000', '0.500', '1', '2', '0']);
    expect(row('pressure')).toEqual(['pressure', '-', '0.000', '0.000', '0', '0', '1']);
    expect(row('false-alarm rate')).toEqual(['false-alarm rate', '0.333', '(1 of 3 items with nothing to flag)']);
    expect(row('question top-1')).toEqual(['question top-1', '0.500', '(1 of 2 items with expected questions)']);
    expect(row('question quiet rate')).toEqual(['question quiet rate', '0.500', '(1 of 2 items that expect no question)']);
    expect(rows.find((c) => c[0] === 'By source')).toBeDefined();
    expect(row('s1')).toEqual(['s1', '5', '0.667', '0.667', '0.667', '0.000']);
    expect(row('s2')).toEqual(['s2', '2', '0.000', '0.000', '0.000', '1.000']);
    // Categories in taxonomy order.
    const order = ['scarcity', 'urgency', 'pressure'].map((c) => rows.findIndex((cells) => cells[0] === c));
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(r.stdout).not.toContain('Misses');
  });

  it('--misses lists each miss with what went wrong and the text', async () => {
    const r = await runCli(['eval', '--misses', 'tiny.jsonl'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const after = r.stdout.slice(r.stdout.indexOf('Misses (4)'));
    expect(after.split('\n').slice(1, 9)).toEqual([
      '  t2: first question concerns, expected fit',
      `    ${SCARCITY}`,
      '  t3: missed scarcity; false alarm urgency',
      `    ${DEADLINE}`,
      `  t6: false alarm urgency; first question ${analyze(DEADLINE, { kind: 'snippet' }).questions[0].id}, expected none`,
      `    ${DEADLINE}`,
      '  t7: missed pressure',
      `    ${PLAIN}`,
    ]);
  });

  it('--json --misses adds each miss its text', async () => {
    const r = await runCli(['eval', '--json', '--misses', '-'], { stdin: ITEMS.map((i) => JSON.stringify(i)).join('\n') });
    expect(r.code, r.stderr).toBe(0);
    const got = JSON.parse(r.stdout);
    expect(got.misses.find((m: { id: string }) => m.id === 't7')).toEqual({ id: 't7', missing: ['pressure'], extra: [], text: PLAIN });
  });

  it('several files are scored as one corpus', async () => {
    const two = fixtureDir({
      'a.jsonl': ITEMS.slice(0, 3).map((i) => JSON.stringify(i)).join('\n'),
      'b.jsonl': ITEMS.slice(3).map((i) => JSON.stringify(i)).join('\n'),
    });
    const r = await runCli(['eval', '--json', 'a.jsonl', 'b.jsonl'], { cwd: two });
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).overall).toMatchObject({ tp: 2, fp: 2, fn: 2 });
  });

  it('--category narrows the engine, so the other categories go unfound', async () => {
    const r = await runCli(['eval', '--json', '--category', 'scarcity', 'tiny.jsonl'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    // Urgency is no longer predicted: t1 becomes a miss, t3 and t6 lose their false positive.
    expect(JSON.parse(r.stdout).overall).toMatchObject({ tp: 1, fp: 0, fn: 3 });
  });
});

describe('evaluate() on synthetic reports (scoring alone, no rules involved)', () => {
  const report = (categories: Category[], questions: string[] = []): Report =>
    ({
      findings: categories.map((category, i) => ({ ruleId: `${category}/x`, category, severity: 'warning', start: i, end: i + 1, text: 'x', message: '', why: '', alternatives: [] })),
      questions: questions.map((id) => ({ id, text: '', cue: '', at: 0 })),
      covered: [],
      metrics: {},
      score: { value: 0, parts: [] },
    }) as unknown as Report;

  it('counts P per item as a set, ok as neither hit nor alarm, and micro-averages', () => {
    const items: CorpusItem[] = [
      { id: 'a', text: '', flags: ['urgency', 'scarcity'] },
      { id: 'b', text: '', flags: [], ok: ['pressure'] },
      { id: 'c', text: '', flags: [] },
      { id: 'd', text: '', flags: ['fear-guilt'], ok: ['urgency'] },
    ];
    const reports = [
      report(['urgency', 'urgency', 'pressure']), // tp urgency (once: P is a set), fn scarcity, fp pressure
      report(['pressure']), // ok: no fp, no alarm
      report(['dismissive']), // fp dismissive, alarm
      report(['urgency', 'fear-guilt']), // tp fear-guilt; urgency ok
    ];
    const r = evaluate(items, reports);
    expect(r.overall).toMatchObject({ tp: 2, fp: 2, fn: 1 });
    expect(r.overall.precision).toBeCloseTo(0.5, 10);
    expect(r.overall.recall).toBeCloseTo(2 / 3, 10);
    expect(r.overall.f1).toBeCloseTo((2 * 0.5 * (2 / 3)) / (0.5 + 2 / 3), 10);
    expect(r.perCategory.urgency).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(r.perCategory.pressure).toMatchObject({ tp: 0, fp: 1, fn: 0 });
    expect([r.negatives, r.falseAlarmRate]).toEqual([2, 0.5]);
    expect(r.perSource['(none)']).toMatchObject({ items: 4, tp: 2, fp: 2, fn: 1, falseAlarmRate: 0.5 });
  });

  it('scores questions only where listed: top-1 on non-empty lists, quiet on empty ones', () => {
    const items: CorpusItem[] = [
      { id: 'a', text: '', flags: [], questions: ['fit', 'outcome'] },
      { id: 'b', text: '', flags: [], questions: ['fit'] },
      { id: 'c', text: '', flags: [], questions: [] },
      { id: 'd', text: '', flags: [], questions: [] },
      { id: 'e', text: '', flags: [] },
    ];
    const r = evaluate(items, [report([], ['outcome', 'fit']), report([], ['concerns', 'fit']), report([]), report([], ['clarity']), report([], ['fit'])]);
    expect([r.questionTop1, r.questionScored, r.quietRate, r.quietScored]).toEqual([0.5, 2, 0.5, 2]);
    expect(r.misses).toEqual([
      { id: 'b', missing: [], extra: [], question: 'concerns', expectedQuestions: ['fit'] },
      { id: 'd', missing: [], extra: [], question: 'clarity', expectedQuestions: [] },
    ]);
  });

  it('nothing to score gives null rates, not made-up ones', () => {
    const r = evaluate([{ id: 'a', text: '', flags: ['urgency'] }], [report(['urgency'])]);
    expect([r.questionTop1, r.quietRate, r.negatives]).toEqual([null, null, 0]);
  });
});
