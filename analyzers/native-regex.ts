/**
 * V8 runs a new regex in its bytecode interpreter first and compiles it to machine code on its
 * next use, so every regex a page's first analysis used more than once was compiled twice: ~590 KB
 * of regex bytecode for the shapes, metrics, guards, rules' exceptions and cues, then their machine
 * code. V8 skips the interpreter when the subject is at least 1,000 characters long, so a regex
 * that meets such a string first is compiled once, straight to machine code. The string is one no
 * regex here can match or backtrack far in (no word characters, spaces or sentence ends); failing,
 * it leaves a global regex's lastIndex at 0. The cue gate (regex-gate.ts) sends its regexes here too.
 */
const LONG_SUBJECT = '\u0000'.repeat(1000);

const compiled = new WeakSet<RegExp>();
/** Every regex compiled here, for the test that checks none backtracks on the long subject. */
const seen: RegExp[] = [];

export function nativeRegexes(): readonly RegExp[] {
  return seen;
}

/**
 * The regex, compiled straight to machine code the first time it is asked for. For the engine's
 * own regexes and the rules' (a bounded set); a user's custom phrases don't come through here.
 */
export function native<R extends RegExp>(re: R): R {
  if (!compiled.has(re)) {
    compiled.add(re);
    seen.push(re);
    re.test(LONG_SUBJECT);
  }
  return re;
}
