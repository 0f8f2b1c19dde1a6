/**
 * Generalization check for the social-pressure, adversarial and dismissive rules (and, from round
 * g7b, fear-guilt as sales reps write it). Two labelled sets written apart from the rules: sales text in the style of dev.jsonl (emails, call notes,
 * snippets, with hard negatives from the taxonomy's "do not flag" column), and shop activity
 * notifications with shopping-page negatives in the style of the Yada 2022 dataset. Scored
 * exactly as the `eval` command scores a corpus, against the thresholds the hidden held-out sets
 * must meet. Missed items stay in the files and count against the score.
 *
 * Round tone4 (t2149–t2317 here, g2896–g2926 in generalization-sales.jsonl): three waves written
 * blind, each scored before any fix. Wave A (100 items: 20 social-pressure, 20 adversarial, 20
 * dismissive, 10 scarcity, 30 hard negatives): P 1.000, R 0.843, F1 0.915, 0 of 30 false alarms
 * (recall 0.80 social-pressure, 0.80 adversarial, 0.90 dismissive, 0.90 scarcity). Wave B (60
 * items, written after the wave-A fixes, not tuned first): P 0.966, R 0.667, F1 0.789, 1 of 18
 * false alarms (recall 0.67, 0.83, 0.75, 0.17), so the wave-A fixes carried over only in part:
 * each wave still brought families the rules had never seen (the holdout as "the exception",
 * "play them off against each other", "rattle the CTO", "not as hard as you're making it",
 * "let's not dwell on it", "demand is outpacing our capacity", "once these are allocated there
 * won't be any more"). After fixing by structure both score F1 1.000 / 0.988 with no false
 * alarm; "only a couple of consultant days are still open" stays a miss (days are urgency's word).
 * Wave C (40 items, written after both rounds of fixes): P 1.000, R 0.500, F1 0.667, 0 of 12 false
 * alarms (recall 0.63, 0.63, 0.25, 0.50): dismissive carried over worst, because a verdict on the
 * buyer's view has no fixed vocabulary ("you're looking at this the wrong way", "let me correct
 * you", "we've been over this"). After fixes F1 0.923; four stay missed (a crowd "gone paperless
 * with us", sister companies "standardised on us", "don't give the buyer an inch", "most are
 * spoken for"). Precision held at 1.000 on all three waves; recall on the next unseen wave is the
 * weak side, and each round shrinks it less than the numbers after fixing suggest.
 *
 * Round gen5 (t2318–t2380 here, g2927–g3070 in generalization-sales.jsonl): two waves over all
 * seven categories in dev.jsonl's proportions, written before reading any rule. Wave A (144
 * items, 94 positive, 50 hard negatives): P 0.978, R 0.908, F1 0.942, 1 of 50 false alarms
 * (recall: scarcity 1.00, urgency 0.89, pressure 0.91, social-pressure 0.92, fear-guilt 0.82,
 * adversarial 0.91, dismissive 0.89). Families fixed: a "not" inside an if-clause no longer
 * negates the threat after its comma ("if we don't hear back by Friday, the discount is gone"), a
 * bare "Decision by end of quarter." note line is the buyer's timeline, "the quote lapses after
 * that", day-first dates ("valid until 30 June"), "do you want to be responsible for…",
 * "steamroll past it", "push for sig", "your rivals have been using this", "your concern about
 * X doesn't really matter"; "you're overthinking this" is left to dismissive alone, and "took
 * down their objections" (wrote them down) is no longer adversarial. After: F1 1.000, no false
 * alarm. Wave B (63 items, 41 positive, written after those fixes, not tuned first): P 0.971,
 * R 0.767, F1 0.857, 1 of 22 false alarms (recall: scarcity 0.43, urgency 0.88, pressure 0.67,
 * social-pressure 0.80, fear-guilt, adversarial 1.00, dismissive 0.75): scarcity said without a
 * count carried over worst ("room for just one more partner", "hardly any stock remains"). After
 * fixes F1 0.952; still missed: "not many of the legacy-priced seats left" (a hyphenated word
 * between), "only one implementation team is free in June" (a team as the scarce supply),
 * "everyone on your leadership team's peer list is already onboard"; still a false alarm: the
 * call note "Mentioned two competitors already use Salesforce" (a dropped subject: guarding it
 * as the buyer's report silenced notes where the rep did the mentioning).
 * Wave C (50 items, 35 positive, t2381–t2396 and g3071–g3104, written after both rounds of
 * fixes): P 1.000, R 0.579, F1 0.733, 0 of 15 false alarms (recall: scarcity 0.25, urgency 0.75,
 * pressure 0.56, social-pressure 0.75, fear-guilt 0.80, adversarial 0.25, dismissive 0.50). Fixed
 * where it cost few bytes ("only a few units of X remain", "can't guarantee we'll still have the
 * slot", "book by the 15th or you'll pay", "get the CFO to cave", "I don't think you've thought
 * this through"): F1 0.831. Eleven stay missed, among them "can we just get this done today?",
 * "I've put the order through already, just confirm", "locked until Friday, after that it's list
 * price", "half your industry already runs on us", "it'd be a shame if your boss found out", "go
 * over the head of the procurement manager", "your team doesn't really understand what they
 * need". As in tone4, precision holds and recall on each fresh wave is the weak side.
 *
 * Round g6 (t2397–t2442 here, g3105–g3154 in generalization-sales.jsonl): two smaller waves aimed
 * at the weakest categories (scarcity as reps write it, adversarial call notes, dismissive
 * verdicts), a third hard negatives. Wave A (56 items, 38 positive, t2397–t2423 and g3105–g3133):
 * blind P 1.000, R 0.789, F1 0.882, 0 of 18 false alarms (recall: scarcity 0.77, fear-guilt 0.50,
 * adversarial 0.78, dismissive 0.75, the rest 1.00). Families fixed: capacity with a word before
 * the taker ("one more enterprise customer"), "still up for grabs", "not many / hardly any … left"
 * across a hyphenated word, "shame if your boss found out", a buyer-side person sized up as prey
 * ("the VP is the weak link", "soft, exploit it"), over anyone's head, "told you three times",
 * "nothing more to discuss, is there": F1 1.000. Wave B (40 items, 26 positive, t2424–t2442 and
 * g3134–g3154, written after the wave-A fixes, not tuned first): blind P 0.875, R 0.808, F1 0.840,
 * 0 of 14 false alarms (recall: scarcity 0.56, social-pressure 0.00 on one item, the rest 1.00;
 * adversarial and dismissive fully carried over). Its three extra findings were defensible and
 * were relabelled as ok, not fixed ("pushed for a decision" as pressure, "make them sweat" as
 * fear-guilt, "they're stalling" as dismissive). Families fixed: counted staff as the supply
 * ("only one implementation crew is free in July", "only 2 CSMs available"), "N% full", an
 * allocation / intake / licences "nearly spoken for", a crowd that "runs on us": F1 1.000. Also fixed
 * from gen5's list: "not many of the legacy-priced seats left", "only one implementation team is
 * free in June", "half your industry already runs on us". Still weak: scarcity said as a verdict
 * on the rep's own team without a count, "went over their head" (the idiom for not understanding
 * matches the adversarial "go over … head"), "hardly any open tickets left" (support tickets).
 *
 * Round g7b (t2443–t2638): two waves over fear-guilt (its sales items live here too),
 * social-pressure, adversarial and dismissive, written before reading any rule. Wave A (110
 * items, 70 positive, t2443–t2552): blind P 1.000, R 0.857, F1 0.923, 0 of 40 false alarms
 * (recall: fear-guilt 0.78, social-pressure 0.94, adversarial 0.89, dismissive 0.82). Families
 * fixed: guilt with an intensifier ("I really thought you were serious"), the rep's own job fear
 * lent to the buyer ("I'd be worried about my job if I were you"), "every day you wait, your
 * patients pay", "nine out of ten CFOs … signed", "close the kill", "gloves off", "doesn't really
 * hold water", "just plain wrong", "you don't know what you need": F1 0.993. Wave B (62 items, 42
 * positive, t2553–t2614, written after those fixes, not tuned first): blind P 0.970, R 0.762,
 * F1 0.853, 0 of 20 false alarms (recall: fear-guilt 0.67, social-pressure 0.60, adversarial 1.00,
 * dismissive 0.80); its extra finding, pressure on "passing on this would be a huge mistake for
 * your career", is relabelled ok as dev.jsonl does for "you'd be crazy not to take this". Families
 * fixed: "that was all for nothing", harm running while the buyer deliberates, "can't really
 * afford", "the reason the launch slips", a famous list as the crowd ("half the Fortune 500 …
 * on us"), "everyone at the conference was talking about switching", "your peers are asking why
 * you haven't", "join 12,000 finance teams who", "if you'd read my last email you'd know": F1
 * 0.988. Still missed: "went out on a limb with our finance team to get this approved for you"
 * (the wildcard stops at the first "get"), "there's no need to worry about any of that" (too close
 * to honest reassurance to tell apart by wording). Wave C (24 items, 16 positive, t2615–t2638,
 * written after both rounds of fixes): blind P 0.889, R 0.500, F1 0.640, 0 of 8 false alarms
 * (recall: fear-guilt 0.25, social-pressure 0.50, adversarial 1.00, dismissive 0.25; its extra
 * finding, pressure on "I've told my director you're a yes", is relabelled ok). Fixed within the
 * size budget only: "your IT team is making a fuss", a brokerage as the crowd (F1 0.769). Missed:
 * "don't make a liar out of me", "sleep well knowing your backups are from 2019?", "how teams end
 * up on the front page", "light a fire under them" with a rival about to go live, "what's so hard
 * to follow", "that's an excuse, not a reason". Adversarial carried over fully; fear-guilt and
 * dismissive carried over worst: each fresh wave still brings guilt trips and verdicts in words
 * no rule has seen, so recall on the next unseen wave stays the weak side. *
 * Round g8b (t2639–t2808): two waves over fear-guilt, social-pressure, adversarial and
 * dismissive in voices the earlier waves did not use (clinics, building sites, law firms,
 * freight, schools, non-native English, terse mobile replies, the push buried mid-email),
 * written before reading any rule. Wave A (110 items, 69 positive, t2639–t2748): blind P 0.979,
 * R 0.681, F1 0.803, 0 of 41 false alarms (recall: fear-guilt 0.44, social-pressure 0.71,
 * adversarial 0.82, dismissive 0.76); its extra finding, scarcity on "your school is one of the
 * few left", is relabelled ok. Families fixed: guilt over trust "we had built", "her name on the
 * report", "your rivals would love it if you kept…" (social-pressure, as this file already labels
 * "…if you waited"; relabelled from fear-guilt), "shame if your licence got suspended", "the firm
 * that gets sanctioned", "stayed up all weekend … for you", "every contractor I talk to in your
 * area", "the only law firm in the city", "nine of the ten largest builders … run on", "soften
 * up the head nurse", "keep the GC on the back foot", "their complaints don't really matter",
 * "it's a non-issue", "as I explained on our last two calls", "we answered it already": F1 0.947.
 * Wave B (60 items, 40 positive, t2749–t2808, written after those fixes, not tuned first): blind
 * P 0.955, R 0.525, F1 0.677, 0 of 20 false alarms (recall: fear-guilt 0.40, social-pressure
 * 0.50, adversarial 0.60, dismissive 0.60); its extra finding, pressure on "I don't know what
 * else to tell you" (take-it-or-leave-it), is relabelled ok. Families fixed: "you personally
 * will be liable", blame handed over ("they'll come to you, not to us"), "one lawsuit and the
 * firm is finished", money standing in the way of people, "don't let X off the hook",
 * "procurement wants a fight", "I don't think you've understood", "for the 4th time", a counted
 * crowd with a word between ("2,000 construction firms have already switched"): F1 0.857.
 * Still missed: "that's on your clinic" (too close to "that's on your side" to tell apart),
 * "can you live with another winter of…" (dropped: "can you live with another week before the
 * install?" is a fair question), "the outage that you're risking", sarcasm ("keep trusting your
 * luck until the inspector shows up"), "are you comfortable telling your partners…", a crowd
 * "on the platform" / "have moved" / "made this change" without a fixed word,
 * "trap the bursar into admitting…" (guarded on purpose: an admission is the rep's discovery),
 * "win this fight with their IT", "let's not waste time on X, it doesn't apply to you".
 * As before, precision held (no false alarm on 61 hard negatives) and fear-guilt and
 * social-pressure carried over worst. After the round, the `negated` guard learned that a "not"
 * inside a relative clause followed by the main clause's auxiliary doesn't negate the match
 * ("law firms that don't digitise [will be left in the dust]"), which t2768 had missed.
 */
import { describe, expect, it } from 'vitest';
import { CATEGORIES, type Category } from '../../analyzers/types';
import type { CorpusItem } from '../../cli/evaluate';
import { load, problems, score } from './corpus-score';

const TONE: Category[] = ['social-pressure', 'adversarial', 'dismissive'];


function checkShape(items: CorpusItem[], idPattern: RegExp): void {
  const ids = new Set<string>();
  for (const item of items) {
    expect(item.id, 'ids follow the file prefix').toMatch(idPattern);
    expect(ids.has(item.id), `duplicate id ${item.id}`).toBe(false);
    ids.add(item.id);
    expect(['email', 'note', 'snippet']).toContain(item.kind);
    expect(item.text.trim().length, `${item.id} has text`).toBeGreaterThan(0);
    for (const c of [...item.flags, ...(item.ok ?? [])]) expect(CATEGORIES, `${item.id}: ${c}`).toContain(c);
    expect(item.source, `${item.id} names its source`).toMatch(/^generalization:/);
  }
}

describe('generalization-tone.jsonl (sales text)', () => {
  const items = load('generalization-tone.jsonl');
  const r = score(items);

  it('is well formed and big enough to mean something', () => {
    checkShape(items, /^t\d{4}$/);
    const positives = items.filter((i) => i.flags.some((c) => TONE.includes(c)));
    expect(positives.length).toBeGreaterThanOrEqual(200);
    for (const c of TONE) expect(items.filter((i) => i.flags.includes(c)).length, c).toBeGreaterThanOrEqual(50);
    expect(items.filter((i) => i.flags.length === 0).length, 'hard negatives').toBeGreaterThanOrEqual(150);
  });

  it('reaches F1 ≥ 0.95 with an item false-alarm rate ≤ 0.05', () => {
    const detail = `F1 ${r.overall.f1.toFixed(3)}, FA ${r.falseAlarmRate.toFixed(3)}\n${problems(items, r)}`;
    expect(r.overall.f1, detail).toBeGreaterThanOrEqual(0.95);
    expect(r.falseAlarmRate, detail).toBeLessThanOrEqual(0.05);
  });

  it.each(TONE)('keeps %s at F1 ≥ 0.9 on its own', (c) => {
    const counts = r.perCategory[c];
    expect(counts, `no ${c} items scored`).toBeDefined();
    expect(counts.f1, problems(items, r)).toBeGreaterThanOrEqual(0.9);
  });
});

describe('generalization-activity.jsonl (shop activity notifications)', () => {
  const items = load('generalization-activity.jsonl');
  const r = score(items);

  it('is well formed and big enough to mean something', () => {
    checkShape(items, /^a\d{4}$/);
    expect(items.filter((i) => i.flags.includes('social-pressure')).length).toBeGreaterThanOrEqual(80);
    expect(items.filter((i) => i.flags.length === 0).length).toBeGreaterThanOrEqual(100);
  });

  it('finds ≥ 85% of activity notifications', () => {
    const recall = r.perCategory['social-pressure']?.recall ?? 0;
    expect(recall, problems(items, r)).toBeGreaterThanOrEqual(0.85);
  });

  it('raises a false alarm on ≤ 3% of shopping negatives', () => {
    expect(r.falseAlarmRate, problems(items, r)).toBeLessThanOrEqual(0.03);
  });
});
