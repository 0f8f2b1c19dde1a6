/**
 * Every user-visible string of the command line, in one place (house rule): help, errors and
 * report headings. Errors are one line each and name the file (and line) they are about.
 */
import { EXIT } from './exit-codes';

const MB = 1024 * 1024;
export const formatMb = (bytes: number) => `${(bytes / MB).toFixed(bytes < 10 * MB ? 1 : 0).replace(/\.0$/, '')} MB`;

const list = (xs: readonly string[]) => xs.join(', ');
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const didYouMean = (s: string | undefined) => (s ? ` (did you mean ${s}?)` : '');

export const TEXT = {
  tool: 'care-coach',

  exitCodes: [
    'Exit codes:',
    `  ${EXIT.ok}   success`,
    `  ${EXIT.findings}   lint found a finding at or above --fail-on`,
    `  ${EXIT.usage}   usage error: unknown command or option, bad option value`,
    `  ${EXIT.input}   some input could not be read or parsed (named on stderr); the rest was processed`,
    `  ${EXIT.internal}  internal error in care-coach (a bug: please report it)`,
  ].join('\n'),

  limits: (textMb: string, corpusMb: string) =>
    `Limits: text files and stdin up to ${textMb} each, JSONL corpora up to ${corpusMb}. Input must be UTF-8 text.`,

  general: (commands: Array<{ name: string; summary: string }>) => {
    const width = Math.max(...commands.map((c) => c.name.length)) + 2;
    return [
      'care-coach: coaching for sales writing that shows you care. Flags pressure and scarcity',
      'language, offers kinder alternatives and suggests questions. Runs offline.',
      '',
      'Usage: care-coach <command> [options] [FILE...]',
      '',
      'Commands:',
      ...commands.map((c) => `  ${c.name.padEnd(width)}${c.summary}`),
      '',
      'Options:',
      '  -h, --help     show help (also: care-coach <command> --help)',
      '      --version  print the version',
      '',
    ].join('\n');
  },

  flags: {
    help: 'show this help',
    choices: (values: readonly string[], many: boolean) => `${many ? 'any of' : 'one of'}: ${list(values)}`,
    json: 'print JSON instead of the readable report',
    sensitivity: 'low shows strong findings only, medium adds warnings (default), high adds hints',
    kind: 'what the text is; changes question cues a little (--jsonl lines with a kind keep theirs)',
    category: 'report only these categories (comma-separated)',
    ignore: 'never report these rule ids (comma-separated), e.g. urgency/offer-expires',
    jsonl: 'read a JSONL corpus ({"id","text","kind"?} per line) and print one JSON result per line',
    misses: 'list every item the coach got wrong, with its text',
    failOn: 'exit 1 when a finding at or above this severity exists (default strong)',
  },

  analyze: {
    summary: 'analyze text: findings, questions to ask, metrics and care score',
    usage: (flags: string) =>
      [
        'Usage: care-coach analyze [options] [FILE...]',
        '       care-coach analyze --jsonl [options] [CORPUS.jsonl...]',
        '',
        'Reads each FILE (or stdin when none is given, or for "-") and prints a readable report:',
        'findings with line:col, severity, rule, message, the matched text and a kinder',
        'alternative; suggested questions with what prompted them; metrics; the care score.',
        'With --json: the full report as JSON (one input: the report; several: an array of',
        '{"file", "report"}). With --jsonl: one line out per corpus line, in input order:',
        '{"id", "findings": [{"ruleId","category","severity","start","end","text","message"}],',
        ' "questions": [{"id","cue","at"}], "covered": [...], "metrics": {...}}.',
        'A bad corpus line is reported on stderr as FILE:LINE and skipped; the exit code is then 3.',
        '',
        'Options:',
        flags,
      ].join('\n'),
    none: 'No pressure language found.',
    findings: (n: number) => plural(n, 'finding'),
    questionsHeading: 'Questions to ask',
    noQuestions: 'No question to suggest.',
    cue: (cue: string, where: string) => `because ${cue} (at ${where})`,
    covered: (ids: string[]) => `Already asks about: ${ids.length ? list(ids) : 'none of the five questions yet'}`,
    metrics: (m: { words: number; sentences: number; questions: number; openQuestions: number; youShare: number; readingGrade: number }) =>
      `Metrics: ${plural(m.words, 'word')}, ${plural(m.sentences, 'sentence')}, ${plural(m.questions, 'question')} (${m.openQuestions} open), ` +
      `${Math.round(m.youShare * 100)}% of pronouns about the reader, reading grade ${m.readingGrade}`,
    featureList: 'Pitches features without asking anything.',
    score: (value: number) => `Care score: ${value}/100`,
    rewrite: (text: string) => `try: ${text}`,
    ask: (text: string) => `ask: ${text}`,
  },

  eval: {
    summary: 'score the coach on a labeled JSONL corpus (precision, recall, questions)',
    usage: (flags: string) =>
      [
        'Usage: care-coach eval [options] CORPUS.jsonl...',
        '',
        'Analyzes every item of a labeled corpus (format and scoring: shared/corpus/README.md) and',
        'prints precision, recall, F1 and the item false-alarm rate, overall, per category and per',
        'source, plus question top-1 and quiet rates. "-" marks a rate with nothing to count.',
        'Several files are scored together as one corpus.',
        'A bad line is reported on stderr as FILE:LINE and left out; the exit code is then 3.',
        '',
        'Options:',
        flags,
      ].join('\n'),
    heading: (items: number, negatives: number) => `${plural(items, 'item')}, ${negatives} with nothing to flag`,
    columns: ['precision', 'recall', 'F1', 'tp', 'fp', 'fn'],
    sourceColumns: ['items', 'precision', 'recall', 'F1', 'false alarms'],
    overall: 'overall',
    bySource: 'By source',
    falseAlarm: 'false-alarm rate',
    top1: 'question top-1',
    quiet: 'question quiet rate',
    ofItems: (hit: number, of: number, what: string) => `(${hit} of ${of} ${what})`,
    negativesWhat: 'items with nothing to flag',
    top1What: 'items with expected questions',
    quietWhat: 'items that expect no question',
    missesHeading: (n: number) => `Misses (${n})`,
    noMisses: 'No misses.',
    missing: (cats: string[]) => `missed ${list(cats)}`,
    extra: (cats: string[]) => `false alarm ${list(cats)}`,
    question: (got: string, expected: string[]) => `first question ${got}, expected ${expected.length ? expected.join(' or ') : 'none'}`,
  },

  lint: {
    summary: 'check email templates: one line per finding, exit 1 at --fail-on',
    usage: (flags: string) =>
      [
        'Usage: care-coach lint [options] FILE...',
        '',
        'For teams checking email templates. Prints one line per finding:',
        '  FILE:LINE:COL SEVERITY RULE MESSAGE',
        'Lines and columns start at 1; columns count UTF-16 code units, as ESLint and VS Code do.',
        'Texts are analyzed as emails unless --kind says otherwise. Findings below --fail-on are',
        'printed too when the sensitivity shows them; --fail-on hint also turns hints on.',
        '',
        'Options:',
        flags,
      ].join('\n'),
    summaryLine: (findings: number, files: number, failing: number, failOn: string) =>
      `${findings} finding${findings === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}, ${failing} at or above ${failOn}`,
  },

  errors: {
    prefix: 'care-coach: ',
    noCommand: 'no command given (try care-coach --help)',
    unknownCommand: (name: string, suggestion: string | undefined) => `unknown command "${name}"${didYouMean(suggestion)}; see care-coach --help`,
    unknownGlobalFlag: (flag: string) => `unknown option ${flag}; see care-coach --help`,
    unknownFlag: (command: string, flag: string, suggestion: string | undefined) =>
      `${command}: unknown option ${flag}${didYouMean(suggestion)}; see care-coach ${command} --help`,
    flagTakesNoValue: (command: string, name: string) => `${command}: option --${name} takes no value`,
    flagNeedsValue: (command: string, name: string, placeholder: string) => `${command}: option --${name} needs a value (${placeholder})`,
    badChoice: (command: string, name: string, value: string, choices: readonly string[], suggestion: string | undefined) =>
      `${command}: --${name} got "${value}"${didYouMean(suggestion)}; expected one of ${list(choices)}`,
    conflict: (command: string, a: string, b: string) => `${command}: use either ${a} or ${b}, not both`,
    missingFiles: (command: string, what: string) => `${command}: give at least one ${what} (see care-coach ${command} --help)`,
    stdinTwice: (command: string) => `${command}: stdin ("-") can be read only once`,
    unknownRule: (command: string, id: string, suggestion: string | undefined) =>
      `${command}: --ignore got unknown rule "${id}"${didYouMean(suggestion)}; rule ids look like urgency/offer-expires or custom/<phrase>`,
    badOptions: (command: string, issues: string[]) => `${command}: invalid options: ${issues.join('; ')}`,
    notFound: (file: string) => `${file}: no such file`,
    permission: (file: string) => `${file}: permission denied`,
    isDirectory: (file: string) => `${file}: is a directory, not a file`,
    cannotRead: (file: string, code: string) => `${file}: cannot be read (${code})`,
    tooLarge: (file: string, size: number | undefined, max: number) =>
      `${file}: too large${size === undefined ? '' : ` (${formatMb(size)})`}; the limit is ${formatMb(max)} per input`,
    utf16: (file: string) => `${file}: is UTF-16 text; save it as UTF-8`,
    binary: (file: string, line: number, column: number) => `${file}:${line}:${column}: binary data (a NUL byte); care-coach reads UTF-8 text`,
    notUtf8: (file: string, line: number, column: number, byte: number) =>
      `${file}:${line}:${column}: not valid UTF-8 (byte 0x${byte.toString(16).padStart(2, '0')}); save the file as UTF-8`,
    invalidJson: (file: string, line: number, detail: string) => `${file}:${line}: invalid JSON: ${detail}`,
    badItem: (file: string, line: number, id: string | undefined, detail: string) => `${file}:${line}${id === undefined ? '' : ` (id ${JSON.stringify(id)})`}: ${detail}`,
    notObject: 'each line must be a JSON object',
    fieldType: (field: string, expected: string) => `"${field}" must be ${expected}`,
    badEnum: (field: string, value: string, choices: readonly string[], suggestion: string | undefined) =>
      `"${field}" got "${value}"${didYouMean(suggestion)}; expected one of ${list(choices)}`,
    duplicateId: (id: string, first: string) => `duplicate id ${JSON.stringify(id)} (first at ${first}); ids must be unique`,
    emptyCorpus: (file: string) => `${file}: no items (the file has no JSON lines)`,
    skipped: (n: number) => `${plural(n, 'line')} skipped because of the errors above`,
    internal: (message: string) => `internal error: ${message}. This is a bug in care-coach; please report it with the command you ran (set CARE_COACH_DEBUG=1 to see details).`,
    waitingForStdin: 'Reading text from stdin; end with Ctrl-D (or give a FILE).',
  },
};
