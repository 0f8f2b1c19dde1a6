/**
 * V8 runs a new regex in its bytecode interpreter first and compiles it to machine code on its
 * next use, so every regex a page's first analysis uses more than once was compiled twice: for
 * the ~140 regexes of the shapes, guards, metrics and rules' exceptions that was ~15 ms of cold
 * start (the cue regexes already skip it, regex-gate.ts). V8 skips the interpreter when the
 * subject is at least 1,000 characters long, so a regex that meets such a string first is compiled
 * once, straight to machine code. The string is one no regex here can match or backtrack far in
 * (no word characters, spaces or sentence ends); failing, it leaves a global regex's lastIndex at 0.
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
