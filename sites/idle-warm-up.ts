import type { Engine } from '../analyzers/engine';

interface IdleScheduler {
  requestIdleCallback(callback: (deadline: IdleDeadline) => void, options?: IdleRequestOptions): number;
}

/**
 * Gets the engine ready in the page's idle time, so the rep's keystrokes never pay for it: one
 * short typical text (the tokenizer, the cue regexes, the commonest rules), then the rule
 * patterns no sentence has needed yet, a slice at a time (the engine parses a pattern on first
 * use; Engine.prepare).
 * Any error is reported and ends the warm-up; coaching itself is unaffected.
 */
export function warmUpWhenIdle(ctx: IdleScheduler, engine: () => Engine, text: string, options: object, onError: (e: unknown) => void): void {
  const prepare = (deadline: IdleDeadline): void => {
    try {
      // Leave the page a millisecond of its idle slice; at least one pattern per call.
      if (!engine().prepare(Math.max(0, deadline.timeRemaining() - 1))) ctx.requestIdleCallback(prepare, { timeout: 5000 });
    } catch (e) {
      onError(e);
    }
  };
  ctx.requestIdleCallback(
    (deadline) => {
      try {
        engine().analyze(text, options);
      } catch (e) {
        onError(e);
        return;
      }
      if (deadline.timeRemaining() > 1) prepare(deadline);
      else ctx.requestIdleCallback(prepare, { timeout: 5000 });
    },
    { timeout: 2000 },
  );
}
