/**
 * Keystroke latency: what the content script pays per re-analysis while the rep types. A draft
 * is analysed once (as when the compose opens), then edited one character at a time at seeded
 * random positions (typing a letter, a space or punctuation, or deleting one), and every edit is
 * re-analysed in full with the engine's caches warm, exactly as coach-session does.
 */
import type { MakeEngine } from './engine-bundle';
import { generateDraft } from './corpus-generator';
import { createRandom } from './random';
import { startClock, summarize, type Summary } from './stats';

export interface KeystrokeRun {
  words: number;
  edits: number;
  /** The first analysis of the whole draft (cold caches, warm code). */
  firstMs: number;
  /** Re-analysis after each edit, wall clock. */
  wall: Summary;
  /** The same, CPU time of this process. */
  cpu: Summary;
}

const TYPED = 'eeeettaaoinshrdlucmwfgypbvk      ,.';

/** Applies one seeded single-character edit and returns the new text. */
export function editOnce(text: string, r: ReturnType<typeof createRandom>): string {
  const at = r.int(0, text.length);
  if (r.chance(0.3) && at > 0 && text[at - 1] !== '\n') return text.slice(0, at - 1) + text.slice(at);
  return text.slice(0, at) + r.pick([...TYPED]) + text.slice(at);
}

export function runKeystroke(makeEngine: MakeEngine, words: number, edits: number, seed: number): KeystrokeRun {
  const engine = makeEngine();
  // Warm the code on another draft, so the first edits don't pay for JIT compilation.
  const warm = generateDraft(500, seed + 7).text;
  engine.analyze(warm, { kind: 'email' });
  const wr = createRandom(seed + 8);
  let w = warm;
  for (let i = 0; i < 200; i++) engine.analyze((w = editOnce(w, wr)), { kind: 'email' });
  engine.clearCache();

  let text = generateDraft(words, seed).text;
  const first = startClock();
  engine.analyze(text, { kind: 'email' });
  const firstMs = first().wallMs;
  const r = createRandom(seed + 1);
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < edits; i++) {
    text = editOnce(text, r);
    const stop = startClock();
    engine.analyze(text, { kind: 'email' });
    const c = stop();
    wall.push(c.wallMs);
    cpu.push(c.cpuMs);
  }
  return { words, edits, firstMs, wall: summarize(wall), cpu: summarize(cpu) };
}
