/**
 * Everything a pack must pass before it is saved (and what `care-coach pack check` runs):
 * size, JSON/YAML syntax, the schema, every phrase and pattern compiling, no pattern that can
 * hang or crawl, and the pack's own examples. Pure: no browser APIs.
 */
import { createEngine, type Engine } from '../../analyzers/engine';
import { compileRules, parseAll, RuleError, type LoadedRule } from '../../analyzers/compile';
import { BUILT_IN_RULES } from '../../rules/index';
import { parsePackText } from './parse';
import { packSchema, type Pack, type PackRule } from './schema';
import { formatIssues, packErrorMap } from './errors';
import { patternProblems, phraseToPattern } from './patterns';
import { packRuleToLoaded, teamRuleId, TEAM_PREFIX } from './to-rules';
import { parseExample } from './examples';
import { LIMITS } from './limits';

export interface PackSummary {
  name: string;
  version: string;
  author: string;
  rules: number;
  disabled: number;
  locked: string[];
}

export interface PackCheck {
  ok: boolean;
  /** The validated pack, when ok. */
  pack: Pack | null;
  errors: string[];
  /** Worth knowing, not blocking (e.g. turning off a rule this version doesn't have). */
  warnings: string[];
  summary: PackSummary | null;
}

export interface CheckOptions {
  fileName?: string;
  /** The built-in rules to check against (defaults to this version's). */
  builtIns?: LoadedRule[];
  /** Clock for the time limits (tests pass a fake one). */
  now?: () => number;
}

const defaultNow = () => performance.now();

const fail = (errors: string[], warnings: string[] = []): PackCheck => ({ ok: false, pack: null, errors, warnings, summary: null });

export function checkPack(text: string, opts: CheckOptions = {}): PackCheck {
  const parsed = parsePackText(text, opts.fileName);
  if (!parsed.ok) return fail(parsed.errors);
  return checkPackData(parsed.data, opts);
}

// Compiling the built-in rules takes a while; packs checked in a row mostly turn off the same ones.
const builtInEngines = new WeakMap<LoadedRule[], Map<string, Engine>>();
function builtInEngine(builtIns: LoadedRule[], disabled: Set<string>): Engine {
  let byKey = builtInEngines.get(builtIns);
  if (!byKey) builtInEngines.set(builtIns, (byKey = new Map()));
  const key = [...disabled].sort().join('\n');
  let engine = byKey.get(key);
  if (!engine) {
    engine = createEngine(builtIns.filter((r) => !disabled.has(r.id)));
    if (byKey.size >= 4) byKey.delete(byKey.keys().next().value as string);
    byKey.set(key, engine);
  }
  return engine;
}

function normalise(source: string): string {
  return compileRules([{ id: 'team/probe', category: 'urgency', spec: { match: [source], severity: 'hint', message: '-', why: '-', alternatives: [], examples: { flag: [], pass: [] } } }]).patterns[0].pattern;
}

export function checkPackData(data: unknown, opts: CheckOptions = {}): PackCheck {
  if (data === null || data === undefined) return fail(['(file): has no content; a pack needs at least name, version and author']);
  if (typeof data !== 'object' || Array.isArray(data)) {
    return fail(['(top level): must be a mapping with at least name, version and author']);
  }
  const parsed = packSchema.safeParse(data, { error: packErrorMap });
  if (!parsed.success) return fail(formatIssues(parsed.error.issues));
  const pack = parsed.data;
  const builtIns = opts.builtIns ?? BUILT_IN_RULES;
  const now = opts.now ?? defaultNow;
  const errors: string[] = [];
  const warnings: string[] = [];

  const builtInIds = new Set(builtIns.map((r) => r.id));
  pack.disable.forEach((id, i) => {
    if (id.startsWith(TEAM_PREFIX)) errors.push(`disable[${i}]: "${id}" is one of this pack's own rules: remove the rule instead of turning it off`);
    else if (!builtInIds.has(id)) warnings.push(`disable[${i}]: "${id}" is not a built-in rule of this version, so turning it off has no effect`);
  });
  (pack.locked.disabledRules ?? []).forEach((id, i) => {
    if (!builtInIds.has(id) && !pack.rules.some((r) => teamRuleId(r) === id)) {
      warnings.push(`locked.disabledRules[${i}]: "${id}" is not a rule of this version or this pack, so it has no effect`);
    }
  });

  const builtIn = builtInEngine(builtIns, new Set(pack.disable));
  const taken = new Map(builtIn.ruleSet.patterns.map((p) => [p.pattern, p.rule.id] as const));
  const good: LoadedRule[] = [];
  warmUp();
  pack.rules.forEach((rule, i) => {
    const before = errors.length;
    checkMatchStrings(rule, `rules[${i}]`, taken, errors);
    if (errors.length > before) return;
    const loaded = packRuleToLoaded(rule);
    let engine: Engine;
    try {
      engine = createEngine([loaded]);
      // The engine parses a pattern the first time a sentence could match it; a pack is checked up front.
      parseAll(engine.ruleSet);
    } catch (e) {
      errors.push(`rules[${i}]: ${e instanceof RuleError ? e.message.replace(/^[^:]*: /, '') : String(e)}`);
      return;
    }
    const ms = timeOnStress(engine, rule, now);
    if (ms > LIMITS.ruleStressMs) {
      errors.push(`rules[${i}]: took ${Math.round(ms)} ms on a test text (the limit is ${LIMITS.ruleStressMs} ms): simplify its patterns`);
      return;
    }
    runExamples(engine, loaded.id, rule, `rules[${i}]`, errors, warnings);
    good.push(loaded);
  });

  if (errors.length === 0) {
    try {
      // The pack's own cost on a long email: the built-in rules' share is not the pack's doing.
      const engine = createEngine(good);
      const email = longEmail(pack.rules);
      const t0 = now();
      engine.analyze(email, { sensitivity: 'high' });
      const ms = now() - t0;
      if (ms > LIMITS.packStressMs) errors.push(`rules: together they took ${Math.round(ms)} ms on a long email (the limit is ${LIMITS.packStressMs} ms): use fewer or simpler patterns`);
      hiddenByBuiltIns(builtIn, pack.rules, warnings);
    } catch (e) {
      errors.push(`rules: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  if (errors.length) return fail(errors, warnings);
  return {
    ok: true,
    pack,
    errors: [],
    warnings,
    summary: {
      name: pack.name,
      version: pack.version,
      author: pack.author,
      rules: pack.rules.length,
      disabled: pack.disable.length,
      locked: Object.keys(pack.locked),
    },
  };
}

function checkMatchStrings(rule: PackRule, at: string, taken: Map<string, string>, errors: string[]): void {
  // Problems per field, reported in file order whichever check found them.
  const fields: Array<{ field: string; source: string | null; problems: string[] }> = [];
  (rule.phrases ?? []).forEach((phrase, j) => {
    const r = phraseToPattern(phrase);
    fields.push({ field: `${at}.phrases[${j}]`, source: 'pattern' in r ? r.pattern : null, problems: 'error' in r ? [r.error] : [] });
  });
  (rule.patterns ?? []).forEach((pattern, j) => {
    const problems = patternProblems(pattern);
    fields.push({ field: `${at}.patterns[${j}]`, source: problems.length ? null : pattern, problems });
  });
  for (const f of fields) {
    if (f.source === null) continue;
    let key: string;
    try {
      key = normalise(f.source);
    } catch (e) {
      f.problems.push(e instanceof RuleError ? e.message.replace(/^[^:]*: /, '') : String(e));
      continue;
    }
    const owner = taken.get(key);
    if (!owner) taken.set(key, teamRuleId(rule));
    else if (owner.startsWith(TEAM_PREFIX)) f.problems.push(`"${f.source}" is already matched by ${owner} in this pack`);
    else f.problems.push(`"${f.source}" is already matched by the built-in rule ${owner}: add "${owner}" to disable to replace it, or change the wording`);
  }
  for (const f of fields) for (const p of f.problems) errors.push(`${f.field}: ${p}`);
}

function spansOf(engine: Engine, ruleId: string, text: string): string[] {
  return engine
    .analyze(text, { sensitivity: 'high' })
    .findings.filter((f) => f.ruleId === ruleId)
    .map((f) => f.text);
}

const quote = (s: string) => JSON.stringify(s.length > 80 ? s.slice(0, 80) + '…' : s);

function runExamples(engine: Engine, ruleId: string, rule: PackRule, at: string, errors: string[], warnings: string[]): void {
  rule.examples.flag.forEach((example, j) => {
    const { text, spans } = parseExample(example);
    const want = spans.map((s) => text.slice(s.start, s.end));
    const got = spansOf(engine, ruleId, text);
    if (JSON.stringify(got) === JSON.stringify(want)) return;
    errors.push(
      got.length === 0
        ? `${at}.examples.flag[${j}]: the rule flagged nothing in ${quote(text)}; expected ${want.map(quote).join(' and ')}`
        : `${at}.examples.flag[${j}]: expected ${want.map(quote).join(' and ')} to be flagged, but the rule flagged ${got.map(quote).join(' and ')}`,
    );
  });
  rule.examples.pass.forEach((text, j) => {
    const got = spansOf(engine, ruleId, text);
    if (got.length) errors.push(`${at}.examples.pass[${j}]: the rule flagged ${got.map(quote).join(' and ')} in a pass example`);
  });
  (rule.alternatives ?? []).forEach((alt, k) => {
    if (alt.rewrite === undefined) return;
    for (const example of rule.examples.flag) {
      const { text, spans } = parseExample(example);
      let fixed = text;
      for (const s of [...spans].reverse()) fixed = fixed.slice(0, s.start) + alt.rewrite + fixed.slice(s.end);
      if (spansOf(engine, ruleId, fixed).length) {
        warnings.push(`${at}.alternatives[${k}]: the rule still flags its own rewrite ${quote(alt.rewrite)}`);
        return;
      }
    }
  });
}

/**
 * A team rule's finding is dropped where a built-in rule flags a wider stretch of the same text
 * (one highlight per stretch): worth knowing, since the team rule adds nothing there.
 */
function hiddenByBuiltIns(builtIn: Engine, rules: PackRule[], warnings: string[]): void {
  rules.forEach((rule, i) => {
    rule.examples.flag.forEach((example, j) => {
      const { text, spans } = parseExample(example);
      const findings = builtIn.analyze(text, { sensitivity: 'high' }).findings;
      const cover = findings.find((f) => spans.some((sp) => f.start <= sp.start && sp.end <= f.end));
      if (cover) warnings.push(`rules[${i}].examples.flag[${j}]: the built-in rule ${cover.ruleId} already flags ${quote(cover.text)} there, so this rule adds nothing on that text`);
    });
  });
}

let warmed = false;
/** compromise unpacks its tokenizer data on first use: don't bill that to the first rule. */
function warmUp(): void {
  if (warmed) return;
  createEngine([]).analyze('Warm up the tokenizer, please. Thanks!');
  warmed = true;
}

function exampleWords(rule: PackRule): string[] {
  const text = [...rule.examples.flag.map((e) => parseExample(e).text), ...(rule.phrases ?? []), ...rule.examples.pass].join(' ');
  return text.split(/[^\p{L}\p{N}']+/u).filter(Boolean).slice(0, 200);
}

/** One long run-on stretch of the rule's own words, plus very long words for /regex/ terms. */
function stressText(words: string[]): string {
  const sentence: string[] = [];
  for (let i = 0, n = 0; n < 2400 && words.length; i++) {
    sentence.push(words[i % words.length]);
    n += words[i % words.length].length + 1;
  }
  const first = words[0] ?? 'x';
  const longWords = ['a'.repeat(1500), 'ab'.repeat(750), '9'.repeat(1500), first.repeat(Math.ceil(750 / Math.max(1, first.length)))];
  return `${sentence.join(' ')}\n\n${longWords.join(' ')}\n\n${longWords.join('-')}!`;
}

function bestOfTwo(engine: Engine, text: string, now: () => number, enough: number): number {
  // Best of two: a busy machine shouldn't fail a good rule; a slow rule is slow both times.
  let best = Infinity;
  for (let run = 0; run < 2 && best > enough; run++) {
    engine.clearCache();
    const t0 = now();
    engine.analyze(text, { sensitivity: 'high' });
    best = Math.min(best, now() - t0);
  }
  return best;
}

/**
 * Tokenizing the stress text costs the same whatever the rule; what a rule adds on top is what
 * counts. The baseline is a one-word rule on a text of the same shape.
 */
let baselineMs: number | null = null;
function baseline(now: () => number): number {
  if (baselineMs === null) {
    const sentinel: LoadedRule = { id: 'team/baseline', category: 'urgency', spec: { match: ['zqxsentinel'], severity: 'hint', message: '-', why: '-', alternatives: [], examples: { flag: [], pass: [] } } };
    const words = ['zqxsentinel', 'we', 'would', 'love', 'to', 'talk', 'about', 'your', 'plans', 'this', 'quarter'];
    baselineMs = bestOfTwo(createEngine([sentinel]), stressText(words), now, 0);
  }
  return baselineMs;
}

function timeOnStress(engine: Engine, rule: PackRule, now: () => number): number {
  const base = now === defaultNow ? baseline(now) : 0;
  return Math.max(0, bestOfTwo(engine, stressText(exampleWords(rule)), now, LIMITS.ruleStressMs + base) - base);
}

function longEmail(rules: PackRule[]): string {
  const parts = rules.flatMap((r) => [...r.examples.flag.map((e) => parseExample(e).text), ...r.examples.pass]);
  const paragraphs: string[] = [];
  let size = 0;
  for (let i = 0; size < 20_000 && parts.length; i++) {
    const p = `${parts[i % parts.length]} (${i})`;
    paragraphs.push(p);
    size += p.length;
  }
  return paragraphs.join('\n\n');
}
