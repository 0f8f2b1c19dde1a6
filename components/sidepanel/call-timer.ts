/** A call timer that survives the side panel closing: it stores when it started, not a count. */
export interface TimerState {
  /** Time banked by earlier runs. */
  elapsedMs: number;
  /** When the current run started (epoch ms), or null when paused. */
  runningSince: number | null;
}

export const STOPPED: TimerState = { elapsedMs: 0, runningSince: null };

export function elapsed(t: TimerState, now: number): number {
  return t.elapsedMs + (t.runningSince === null ? 0 : Math.max(0, now - t.runningSince));
}

export function start(t: TimerState, now: number): TimerState {
  return t.runningSince === null ? { ...t, runningSince: now } : t;
}

export function pause(t: TimerState, now: number): TimerState {
  return t.runningSince === null ? t : { elapsedMs: elapsed(t, now), runningSince: null };
}

export function reset(): TimerState {
  return { ...STOPPED };
}

/** 4:05, 12:00, 1:02:03. */
export function formatDuration(ms: number): string {
  const total = Math.floor(Math.max(0, ms) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}
