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
 *
 * g3313–g3480 are round g8a's two blind waves on scarcity, urgency and pressure, in voices the
 * earlier waves did not use (clinics, building crews, law firms, freight, schools, non-native
 * English, terse notes, long emails with the push buried mid-paragraph): 106 and 62 items, a
 * third hard negatives (3 texts that repeated earlier items were dropped). Blind F1 0.814
 * (scarcity 0.743, urgency 0.850, pressure 0.837; 1 of 40 negatives flagged: "patients have to
 * sign a consent form before…") and 0.789 (scarcity 0.727, urgency 0.750, pressure 0.880; 1 of
 * 20: a school's own procurement window "per their policy"); after fixes 0.947 and 0.923, 0 false
 * alarms. Families fixed: "only N <anything> still free/unbooked", crews and teams as capacity,
 * "room for just one more clinic/school/site", "down to our last two teams", "ends this
 * Saturday", "the 20% comes off the table Monday", "promo is nearly over", "tick tock",
 * "confirm by noon, otherwise…", "yes or no by 3pm so I can hold", "won't stay open past",
 * "can't keep this quote open any longer than", "end of play", "open only for N days", "goes
 * back to full price after Sunday", "no reason for you to hold off", "any reason we can't get
 * the paperwork signed", "pressed him hard to sign", "assume the sale", "you either sign now or
 * we…", "need a signature … no excuses", "your legal team doesn't need to see it", "last one in
 * this colour". Known misses, left in: scarcity said without a count word or supply noun the
 * rules know ("2 teacher trainings left on the calendar", "containers are scarce", "most are
 * claimed", "at 90% of our allocation", "tables unassigned", "exactly one crew left unbooked",
 * "pretty much taken, 1 left", "discounted pallets are going quick", "the final one before
 * summer"), a waiver that ends "at the end of the billing cycle", "I'll put you down for
 * Monday", "it's a simple yes", and a deadline asked as a question ("Could you let me have a
 * yes or no by 3pm…?", which the asking-buyer guard reads as a question; flagged as pressure).
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
