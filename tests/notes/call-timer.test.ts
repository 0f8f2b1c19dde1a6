import { describe, expect, it } from 'vitest';
import { elapsed, formatDuration, pause, reset, start, STOPPED } from '../../components/sidepanel/call-timer';

describe('call timer', () => {
  it('counts while running and banks time when paused', () => {
    let t = start(STOPPED, 1_000);
    expect(elapsed(t, 61_000)).toBe(60_000);
    t = pause(t, 61_000);
    expect(t.runningSince).toBeNull();
    expect(elapsed(t, 999_999)).toBe(60_000);
    t = start(t, 100_000);
    expect(elapsed(t, 105_000)).toBe(65_000);
  });

  it('ignores a second start and a second pause', () => {
    const t = start(STOPPED, 10);
    expect(start(t, 500)).toBe(t);
    const p = pause(t, 20);
    expect(pause(p, 900)).toBe(p);
  });

  it('survives a clock that went backwards without going negative', () => {
    expect(elapsed({ elapsedMs: 5_000, runningSince: 10_000 }, 9_000)).toBe(5_000);
  });

  it('resets to zero', () => {
    expect(reset()).toEqual({ elapsedMs: 0, runningSince: null });
  });

  it('formats m:ss and h:mm:ss', () => {
    expect(formatDuration(0)).toBe('0:00');
    expect(formatDuration(4_999)).toBe('0:04');
    expect(formatDuration(245_000)).toBe('4:05');
    expect(formatDuration(3_723_000)).toBe('1:02:03');
  });
});
