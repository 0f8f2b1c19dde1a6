/** "Did you mean …?" for a mistyped command, flag or value: the nearest known name, if close. */
export function closest(input: string, known: readonly string[], prefix = ''): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  const a = input.toLowerCase();
  for (const k of known) {
    const d = distance(a, k.toLowerCase());
    if (d < bestDistance) {
      best = k;
      bestDistance = d;
    }
  }
  // One edit per three letters: "jsn" → json, but "d" is not a slip for "a".
  const allowed = Math.floor(a.length / 3);
  if (best !== undefined && bestDistance <= allowed) return prefix + best;
  // A clipped name ("scarce", "sens") is a likely slip too.
  const started = a.length >= 3 ? known.filter((k) => k.toLowerCase().startsWith(a)) : [];
  return started.length === 1 ? prefix + started[0] : undefined;
}

/** Levenshtein distance; inputs here are short names. */
function distance(a: string, b: string): number {
  if (a.length > 64 || b.length > 64) return Infinity;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length];
}
