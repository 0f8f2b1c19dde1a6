import { describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../analyzers/engine';
import { BUILT_IN_RULES } from '../../rules/index';
import { warmUpWhenIdle } from '../../sites/idle-warm-up';

/** Runs idle callbacks one at a time, each with the given slice of idle time. */
function fakeIdle(sliceMs: number) {
  const queue: Array<(d: IdleDeadline) => void> = [];
  return {
    queue,
    requestIdleCallback(cb: (d: IdleDeadline) => void): number {
      queue.push(cb);
      return queue.length;
    },
    runNext(): void {
      const start = performance.now();
      queue.shift()!({ didTimeout: false, timeRemaining: () => Math.max(0, sliceMs - (performance.now() - start)) });
    },
  };
}

const parsed = (e: Engine) => e.ruleSet.patterns.filter((p) => p.parsed).length;

describe('warmUpWhenIdle', () => {
  it('analyses the warm-up text, then parses every pattern in idle slices, never all at once', () => {
    const engine = createEngine(BUILT_IN_RULES);
    const idle = fakeIdle(2);
    const errors: unknown[] = [];
    warmUpWhenIdle(idle, () => engine, 'We only have 3 spots left, so sign by Friday.', {}, (e) => errors.push(e));
    expect(parsed(engine)).toBe(0);
    let slices = 0;
    while (idle.queue.length && slices < 10_000) {
      idle.runNext();
      slices++;
    }
    expect(errors).toEqual([]);
    expect(slices).toBeGreaterThan(1);
    expect(parsed(engine)).toBe(engine.ruleSet.patterns.length);
    expect(engine.prepare(0)).toBe(true);
  });

  it('reports an error instead of throwing, and stops', () => {
    const idle = fakeIdle(5);
    const errors: unknown[] = [];
    warmUpWhenIdle(idle, () => { throw new Error('no engine'); }, 'text', {}, (e) => errors.push(e));
    idle.runNext();
    expect(errors).toHaveLength(1);
    expect(idle.queue).toHaveLength(0);
  });
});

describe('Engine.prepare', () => {
  it('parses within its budget and says when every pattern is ready; analysis is the same either way', () => {
    const lazy = createEngine(BUILT_IN_RULES);
    const text = 'Only 2 seats left in the cohort. Sign today or the price goes up, and everyone else already signed.';
    const before = lazy.analyze(text);
    const eager = createEngine(BUILT_IN_RULES);
    expect(eager.prepare(0)).toBe(false);
    expect(eager.prepare()).toBe(true);
    expect(eager.analyze(text)).toEqual(before);
  });
});
