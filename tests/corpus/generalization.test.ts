/**
 * Generalization check for the scarcity, urgency, pressure and fear-guilt rules: two labelled
 * sets written apart from the rules (sales text, and shopping-page text in the style of the Yada
 * 2022 dataset), scored exactly as the `eval` command scores a corpus, against the thresholds
 * the hidden held-out sets must meet. Misses stay in the files and count against the score.
 *
 * g2927–g3104 are round gen5's three blind waves over all seven categories (their tone items are
 * t2318–t2396 in generalization-tone.jsonl; numbers and families in generalization-tone.test.ts):
 * blind F1 0.942, 0.857 and 0.733, after fixes 1.000, 0.952 and 0.831.
 *
 * g3105–g3154 are round g6's two blind waves aimed at scarcity, adversarial and dismissive (their
 * tone items are t2397–t2442; numbers and families in generalization-tone.test.ts): blind F1 0.882
 * and 0.840 (scarcity recall 0.77 and 0.56), after fixes 1.000 and 1.000.
 *
 * g3155–g3312 are round g7a's two blind waves on scarcity, urgency and pressure (111 and 60
 * items, a third hard negatives; 13 texts that repeated earlier items word for word were
 * dropped). Blind F1 0.924 (scarcity 0.905, urgency 0.979, pressure 0.905; 0 of 41 negatives
 * flagged) and 0.974 (scarcity 0.963, urgency 1.000, pressure 0.957; 0 of 20), after fixes
 * 0.993 and 1.000. Families fixed: stock "going quickly" with a qualifier between ("spaces on
 * the cohort are going quickly"), "fewer than N <any words> <counted> remain", "out of <any>
 * capacity", "the remaining … won't last", a rate or fee that jumps/climbs/doubles by a date,
 * "sign … and return it today", "you have to move on this", "can't accept any more delays",
 * "booked out", "I don't know what else to tell you". Still flagged outside these categories:
 * "Stop overthinking it and just sign" also reads as dismissive (counted as a false alarm).
 */
import { describe, expect, it } from 'vitest';
import { CATEGORIES, type Category } from '../../analyzers/types';
import type { CorpusItem } from '../../cli/evaluate';
import { load, problems, score } from './corpus-score';

const MINE: Category[] = ['scarcity', 'urgency', 'pressure', 'fear-guilt'];
const SHOP_TYPES = ['low-stock', 'high-demand', 'limited-time', 'countdown', 'confirmshaming'];

function checkShape(name: string, items: CorpusItem[], idPrefix: RegExp): void {
  const ids = new Set<string>();
  for (const item of items) {
    expect(item.id, `${name}: id`).toMatch(idPrefix);
    expect(ids.has(item.id), `${name}: duplicate id ${item.id}`).toBe(false);
    ids.add(item.id);
    expect(['email', 'note', 'snippet'], `${name} ${item.id}: kind`).toContain(item.kind);
    expect(item.text.trim().length, `${name} ${item.id}: text`).toBeGreaterThan(0);
    for (const c of [...item.flags, ...(item.ok ?? [])]) expect(CATEGORIES, `${name} ${item.id}: category ${c}`).toContain(c);
    expect(item.source, `${name} ${item.id}: source`).toMatch(/^generalization:[a-z-]+$/);
  }
}

describe('generalization: sales text (emails, call notes, snippets)', () => {
  const items = load('generalization-sales.jsonl');
  const positives = items.filter((i) => i.flags.length > 0);
  const negatives = items.filter((i) => i.flags.length === 0);
  const result = score(items);

  it('is a well-formed corpus of the four categories with enough hard negatives', () => {
    checkShape('generalization-sales', items, /^g\d{4}$/);
    for (const item of positives) for (const c of item.flags) expect(MINE).toContain(c);
    expect(positives.length).toBeGreaterThanOrEqual(240);
    expect(negatives.length).toBeGreaterThanOrEqual(160);
    for (const c of MINE) expect(positives.filter((i) => i.flags.includes(c)).length, c).toBeGreaterThanOrEqual(50);
  });

  it('reaches F1 ≥ 0.95', () => {
    expect(result.overall.f1, problems(items, result)).toBeGreaterThanOrEqual(0.95);
  });

  it('raises a false alarm on at most 5% of the texts with nothing to flag', () => {
    expect(result.negatives).toBe(negatives.length);
    expect(result.falseAlarmRate, problems(items, result)).toBeLessThanOrEqual(0.05);
  });

  it.each(MINE)('keeps %s itself above the bar (F1 ≥ 0.9)', (c) => {
    expect(result.perCategory[c]?.f1, problems(items, result)).toBeGreaterThanOrEqual(0.9);
  });
});

describe('generalization: shopping pages (Yada 2022 style)', () => {
  const items = load('generalization-shop.jsonl');
  const negatives = items.filter((i) => i.flags.length === 0);
  const result = score(items);

  it('is a well-formed corpus with every dark-pattern type and enough negatives', () => {
    checkShape('generalization-shop', items, /^gs\d{4}$/);
    expect(items.length - negatives.length).toBeGreaterThanOrEqual(120);
    expect(negatives.length).toBeGreaterThanOrEqual(120);
    for (const t of SHOP_TYPES) expect(items.filter((i) => i.source === `generalization:${t}`).length, t).toBeGreaterThanOrEqual(10);
  });

  it.each(SHOP_TYPES)('finds %s with recall ≥ 0.85', (t) => {
    const src = result.perSource[`generalization:${t}`];
    expect(src, `no items from generalization:${t}`).toBeDefined();
    expect(src.recall, problems(items, result)).toBeGreaterThanOrEqual(0.85);
  });

  it('raises a false alarm on at most 3% of the ordinary page texts', () => {
    expect(result.negatives).toBe(negatives.length);
    expect(result.falseAlarmRate, problems(items, result)).toBeLessThanOrEqual(0.03);
  });
});
