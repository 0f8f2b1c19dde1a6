/** Small statistics and timing helpers shared by the bench parts. */

export interface Summary {
  n: number;
  p50: number;
  p95: number;
  max: number;
  mean: number;
}

/** Nearest-rank percentile of an ascending-sorted array. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

export function summarize(samples: number[]): Summary {
  const s = [...samples].sort((a, b) => a - b);
  return {
    n: s.length,
    p50: percentile(s, 50),
    p95: percentile(s, 95),
    max: s[s.length - 1] ?? NaN,
    mean: s.reduce((a, b) => a + b, 0) / (s.length || 1),
  };
}

export function median(samples: number[]): number {
  return percentile([...samples].sort((a, b) => a - b), 50);
}

/**
 * Wall-clock and CPU time of this process. Both are reported: wall time is what a user waits
 * for, CPU time shows how much of it was our work on a machine shared with other jobs.
 */
export interface Clock {
  wallMs: number;
  cpuMs: number;
}

export function startClock(): () => Clock {
  const wall = performance.now();
  const cpu = process.cpuUsage();
  return () => {
    const c = process.cpuUsage(cpu);
    return { wallMs: performance.now() - wall, cpuMs: (c.user + c.system) / 1000 };
  };
}

/** Least-squares fit y = a + b·x and its R², for the scaling check. */
export function linearFit(xs: number[], ys: number[]): { intercept: number; slope: number; r2: number } {
  const n = xs.length;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (xs[i] - mx) * (ys[i] - my);
    sxx += (xs[i] - mx) ** 2;
    syy += (ys[i] - my) ** 2;
  }
  const slope = sxx ? sxy / sxx : 0;
  return { intercept: my - slope * mx, slope, r2: syy ? (sxy * sxy) / (sxx * syy) : 1 };
}

export const round = (x: number, digits = 2) => Number.isFinite(x) ? Math.round(x * 10 ** digits) / 10 ** digits : x;
