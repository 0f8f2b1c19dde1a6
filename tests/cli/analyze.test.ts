/**
 * `care-coach analyze`: the readable report, --json, --jsonl and the engine options, run as a
 * child process. Expected values come from the engine in-process, so these tests check that the
 * CLI reports exactly what the engine found, whatever the rules say this week.
 */
import { describe, expect, it, vi } from 'vitest';
import { analyze, QUESTION_LABEL, type AnalyzeOptions, type Report } from '../../analyzers/index';
import { expectNoStackTrace, fixtureDir, lineCol, runCli, ROOT } from './helpers';

// Each case starts a process; on a shared, loaded machine that can take a while.
vi.setConfig({ testTimeout: 120_000 });

const EMAIL = [
  'Hi Dana,',
  '',
  'Thanks for walking me through how your team logs calls today.',
  'Heads up: this offer expires today, and we only have 3 spots left this quarter.',
  'Everyone else in your space has already signed.',
  '',
  'What would a good outcome look like for you six months from now?',
  '',
].join('\n');
const CLEAN = 'Thanks for the call yesterday. What would make this worth your time?\n';

const CORPUS = [
  { id: 'j1', text: 'This offer expires today.' },
  { id: 'j2', kind: 'note', text: '- Only 2 left\n- budget is frozen until Q3' },
  { id: 3, text: CLEAN },
  { text: 'No id here, and that is fine.' },
];
const dir = fixtureDir({
  'email.txt': EMAIL,
  'clean.txt': CLEAN,
  'crlf.txt': EMAIL.replace(/\n/g, '\r\n'),
  'corpus.jsonl': CORPUS.map((c) => JSON.stringify(c)).join('\n') + '\n',
});

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The readable report, as the CLI must print it for this text, derived from the engine's report. */
function expectReadable(out: string, name: string, text: string, report: Report): void {
  const lines = out.split('\n');
  expect(lines[0]).toBe(`== ${name} ==`);
  if (report.findings.length === 0) expect(lines[1]).toBe('No pressure language found.');
  else expect(lines[1]).toBe(`${report.findings.length} finding${report.findings.length === 1 ? '' : 's'}`);
  let at = 2;
  for (const f of report.findings) {
    expect(lines[at]).toMatch(new RegExp(`^  ${lineCol(text, f.start)}\\s+${f.severity}\\s+${escape(f.ruleId)}\\s+${escape(f.message)}$`));
    expect(lines[at + 1].trim()).toBe(`"${f.text}"`);
    at += 2;
    const rewrite = f.alternatives.find((a) => a.kind === 'rewrite');
    const question = f.alternatives.find((a) => a.kind === 'question');
    if (rewrite) expect(lines[at++].trim()).toBe(`try: ${rewrite.text}`);
    if (question) expect(lines[at++].trim()).toBe(`ask: ${question.text}`);
  }
  expect(lines[at++]).toBe('');
  expect(lines[at++]).toBe('Questions to ask');
  if (report.questions.length === 0) expect(lines[at++]).toBe('  No question to suggest.');
  for (const q of report.questions) {
    expect(lines[at++]).toBe(`  ${q.id} (${QUESTION_LABEL[q.id]}): ${q.text}`);
    expect(lines[at++]).toBe(`    because ${q.cue} (at ${lineCol(text, q.at)})`);
  }
  expect(lines[at++]).toBe('');
  expect(lines[at++]).toBe(`Already asks about: ${report.covered.length ? report.covered.join(', ') : 'none of the five questions yet'}`);
  expect(lines[at++]).toMatch(new RegExp(`^Metrics: ${report.metrics.words} words?, ${report.metrics.sentences} sentences?, ${report.metrics.questions} questions? \\(${report.metrics.openQuestions} open\\), `));
  if (report.metrics.featureListWithoutQuestion) at++;
  expect(lines[at++]).toBe('');
  expect(lines[at++]).toBe(`Care score: ${report.score.value}/100`);
  for (const p of report.score.parts) {
    expect(lines[at++]).toMatch(new RegExp(`^  ${escape(p.label)}\\s+${p.points}/${p.max}  ${escape(p.explanation)}$`));
  }
  expect(lines.slice(at).join('')).toBe('');
}

describe.concurrent('analyze FILE: readable report', () => {
  it('prints findings with line:col, severity, rule, message, text and alternatives; questions; metrics; score', async () => {
    const r = await runCli(['analyze', 'email.txt'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    const report = analyze(EMAIL);
    expectReadable(r.stdout, 'email.txt', EMAIL, report);
    // The canonical deadline on line 4 is among them, where a person counts it.
    expect(r.stdout).toMatch(/^ {2}4:\d+\s+strong\s+urgency\//m);
    expect(report.findings.length).toBeGreaterThanOrEqual(2);
  });

  it('a clean text says so', async () => {
    const r = await runCli(['analyze', 'clean.txt'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expectReadable(r.stdout, 'clean.txt', CLEAN, analyze(CLEAN));
    expect(r.stdout.split('\n')[1]).toBe('No pressure language found.');
  });

  it('reads stdin when no file is given', async () => {
    const r = await runCli(['analyze'], { stdin: EMAIL });
    expect(r.code, r.stderr).toBe(0);
    expectReadable(r.stdout, '<stdin>', EMAIL, analyze(EMAIL));
  });

  it('CRLF files report the same lines and columns', async () => {
    const r = await runCli(['analyze', 'crlf.txt'], { cwd: dir });
    const plain = await runCli(['analyze', 'email.txt'], { cwd: dir });
    const locs = (out: string) => [...out.matchAll(/^ {2}(\d+:\d+) /gm)].map((m) => m[1]);
    expect(locs(r.stdout)).toEqual(locs(plain.stdout));
  });

  it('several files: one report each, in order', async () => {
    const r = await runCli(['analyze', 'clean.txt', 'email.txt'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect([...r.stdout.matchAll(/^== (.+) ==$/gm)].map((m) => m[1])).toEqual(['clean.txt', 'email.txt']);
  });
});

describe.concurrent('analyze --json', () => {
  it('one input: the full Report, exactly as the engine returns it', async () => {
    const r = await runCli(['analyze', '--json', 'email.txt'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(JSON.stringify(analyze(EMAIL))));
  });

  it('several inputs: an array of {file, report}', async () => {
    const r = await runCli(['analyze', '--json', 'email.txt', '-'], { cwd: dir, stdin: CLEAN });
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as Array<{ file: string; report: Report }>;
    expect(out.map((o) => o.file)).toEqual(['email.txt', '<stdin>']);
    expect(out[1].report).toEqual(JSON.parse(JSON.stringify(analyze(CLEAN))));
  });

  // The last field says whether the option must change the findings of EMAIL (so the case proves something).
  const optionCases: Array<[string[], AnalyzeOptions, boolean]> = [
    [['--sensitivity', 'low'], { sensitivity: 'low' }, true],
    [['--sensitivity=high'], { sensitivity: 'high' }, false],
    [['--kind', 'note'], { kind: 'note' }, false],
    [['--category', 'scarcity,social-pressure'], { categories: ['scarcity', 'social-pressure'] }, true],
    [['--category', 'scarcity', '--category', 'urgency'], { categories: ['scarcity', 'urgency'] }, true],
    [['--ignore', 'urgency/offer-expires'], { ignoredRules: ['urgency/offer-expires'] }, true],
  ];
  it.each(optionCases)('%j is passed to the engine', async (flags, options, changes) => {
    const r = await runCli(['analyze', '--json', ...flags, 'email.txt'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const got = JSON.parse(r.stdout) as Report;
    expect(got).toEqual(JSON.parse(JSON.stringify(analyze(EMAIL, options))));
    if (changes) expect(got.findings).not.toEqual(JSON.parse(JSON.stringify(analyze(EMAIL).findings)));
  });
});

describe.concurrent('analyze --jsonl', () => {
  const slim = (id: unknown, rep: Report) => ({
    id,
    findings: rep.findings.map((f) => ({ ruleId: f.ruleId, category: f.category, severity: f.severity, start: f.start, end: f.end, text: f.text, message: f.message })),
    questions: rep.questions.map((q) => ({ id: q.id, cue: q.cue, at: q.at })),
    covered: rep.covered,
    metrics: rep.metrics,
  });

  it('one line per input line, in order, with exactly the documented fields', async () => {
    const r = await runCli(['analyze', '--jsonl', 'corpus.jsonl'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(CORPUS.length);
    lines.forEach((line, i) => {
      const got = JSON.parse(line) as Record<string, unknown>;
      expect(Object.keys(got)).toEqual(['id', 'findings', 'questions', 'covered', 'metrics']);
      const item = CORPUS[i];
      expect(got).toEqual(JSON.parse(JSON.stringify(slim(item.id ?? null, analyze(item.text, item.kind ? { kind: item.kind as 'note' } : {})))));
    });
    const first = JSON.parse(lines[0]) as { findings: Array<Record<string, unknown>> };
    expect(Object.keys(first.findings[0])).toEqual(['ruleId', 'category', 'severity', 'start', 'end', 'text', 'message']);
    expect(first.findings.some((f) => f.category === 'urgency')).toBe(true);
  });

  it('reads the corpus from stdin and applies engine options', async () => {
    const r = await runCli(['analyze', '--jsonl', '--sensitivity', 'low'], { stdin: CORPUS.map((c) => JSON.stringify(c)).join('\n') });
    expect(r.code, r.stderr).toBe(0);
    const ids = r.stdout.trimEnd().split('\n').map((l) => (JSON.parse(l) as { id: unknown }).id);
    expect(ids).toEqual(['j1', 'j2', 3, null]);
    const second = JSON.parse(r.stdout.split('\n')[1]) as ReturnType<typeof slim>;
    expect(second).toEqual(JSON.parse(JSON.stringify(slim('j2', analyze(CORPUS[1].text, { kind: 'note', sensitivity: 'low' })))));
  });

  it('a reader closing the pipe early is not an error', async () => {
    const big = Array.from({ length: 3000 }, (_, i) => JSON.stringify({ id: i, text: `Item ${i}: this offer expires today.` })).join('\n');
    const file = fixtureDir({ 'big.jsonl': big });
    const r = await runCli(['-c', `node "${ROOT}/bin/care-coach.mjs" analyze --jsonl big.jsonl | head -n 1`], { cwd: file, command: ['sh'] });
    expect(r.code, r.stderr).toBe(0);
    expectNoStackTrace(r.stderr);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).id).toBe(0);
  });
});
