/** The engine for the settings in force: built-in rules minus the pack's turned-off ones, plus the pack's rules. */
import { createEngine, defaultEngine, type Engine } from '../analyzers/index';
import type { LoadedRule } from '../analyzers/compile';
import { BUILT_IN_RULES } from '../rules/index';
import { fingerprint } from './hash';
import type { EffectiveSettings } from './model';
import type { Pack } from './pack/schema';
import { packToRules } from './pack/to-rules';

// Settings are re-read on every change, so the same pack arrives as a new object: remember the
// last few by object and by content. Compiling costs a few ms; re-analysing with a fresh engine
// loses its caches, so reuse matters more than the compile itself.
const byObject = new WeakMap<Pack, Engine>();
const byContent = new Map<string, Engine>();
const MAX_ENGINES = 3;

function build(pack: Pack): Engine {
  const off = new Set(pack.disable);
  const base = BUILT_IN_RULES.filter((r) => !off.has(r.id));
  const extra = packToRules(pack);
  try {
    return createEngine([...base, ...extra]);
  } catch {
    // A pack checked against an older version can clash with a newer built-in rule (same
    // pattern): keep every team rule that still compiles rather than lose them all.
    const kept: LoadedRule[] = [];
    for (const r of extra) {
      try {
        createEngine([...base, ...kept, r]);
        kept.push(r);
      } catch (e) {
        console.warn(`[care-coach] team rule ${r.id} left out: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
    return createEngine([...base, ...kept]);
  }
}

export function engineFor(s: EffectiveSettings): Engine {
  const pack = s.pack?.pack;
  if (!pack || (pack.rules.length === 0 && pack.disable.length === 0)) return defaultEngine();
  const known = byObject.get(pack);
  if (known) return known;
  const key = fingerprint(JSON.stringify([pack.rules, pack.disable]));
  let engine = byContent.get(key);
  if (!engine) {
    engine = build(pack);
    byContent.set(key, engine);
    if (byContent.size > MAX_ENGINES) byContent.delete(byContent.keys().next().value as string);
  }
  byObject.set(pack, engine);
  return engine;
}
