/**
 * Generalization check for the question suggestions: emails, call notes and snippets written apart
 * from the cue rules, each with the question its cue calls for (shared/questions.md, "suitable
 * points") or none for logistics and thanks. Scored as `eval` scores a corpus, against the
 * thresholds the hidden held-out sets must meet (top-1 ≥ 0.85, quiet rate ≥ 0.9). Written before
 * looking at the cues, it scored top-1 0.90: a pitch naming their tools suggested nothing
 * (gq009) and a homegrown tool they run today read as an in-house alternative (gq021); both
 * families are fixed now. Still counted: gq010 ("Decision by end of quarter." in a call note,
 * the buyer's own timeline) is flagged as urgency.
 *
 * Wave 1 (gq100–gq139, 40 items, written blind): top-1 0.719 (23/32), quiet rate 1.000 (8/8).
 * Missed families, fixed since: demo offers worded as "take you through", "screen share", "want me
 * to show you?" (and such an offer counted as asking `fit`); pitches the shared shapes miss (what
 * a new release or plan now includes, what an upgrade unlocks, "we centralise…", an overview
 * deck); "connect it to", "their existing Shopify store"; a competitor's "lower quote" read as our
 * decision point; a proposal that "could be ready" or a quote being "put together" read as one;
 * conceding their point ("fair point about the fees"); "it works well enough" (status quo); their
 * people switching from paper read as switching vendors.
 *
 * Wave 2 (gq140–gq181, 42 items, written blind after reading the cues): top-1 0.500 (17/34),
 * quiet rate 0.875 (7/8). Missed families, fixed since: trial offers ("free account", "sandbox",
 * "a tour of the platform"; "get you set up with" read as implementation) and "we've helped…"
 * pitches; worries worded as fear ("afraid", "showstopper", "isn't comfortable with"), a stalling
 * deal ("dragging their feet", "slip to Q2", "went quiet"), "is a lot for us"; fit worded as
 * go-live, middleware, "alongside Xero", "by hand"/"manually", moving off paper, training, "need to
 * change how"; alternatives as a fallback, "measure up against", a quote from another supplier,
 * a bespoke build, "get by with", "leave things as they are"; a note that records asking "what
 * else they're considering"; "quote turnaround" (their process) read as our quote.
 *
 * Wave 3 (gq182–gq223, 42 items, written blind): top-1 0.412 (14/34), quiet rate 0.875 (7/8).
 * Fixed since: "run through it" / "working through this" read as tools they use (under the i flag
 * \p{Lu} matches any letter, so "run … through" took any word: pronouns are now excluded) and
 * "run through it" is a demo; "a proper look", a sandbox; worries as "non-starter",
 * "underwhelmed", "sore point", "unrealistic", "hard to justify", "not keen"; "how your pickers
 * currently work", "the whiteboard they've used", "the old Access database"; "hack something
 * together", outsourcing, finalists; a PO. Still missed (known): gq183 (a note that sent a
 * brochure: one pitch line), gq185 (a pitch by product name, "lets finance teams…"), gq199 (admin
 * effort), gq207 ("hire another analyst instead"), gq214 (the agreement shares a sentence with
 * booking the kickoff, so it reads as scheduling and the recap of integration and training wins
 * with `fit`). gq223 was labeled quiet blind (it records asking about plan B and worries) and
 * scored as a quiet miss; on review its answer "data migration" is a fit cue nobody asked about,
 * so it is labeled `fit` here. Whole file then: top-1 0.959 (116/121), quiet rate 1.000 (27/27).
 *
 * Wave 4a (gq224–gq273, 50 items, written blind before reading the cues): top-1 0.775 (31/40),
 * quiet rate 1.000 (10/10). Fixed since: "our old system" / "our current tool" read as a pitch
 * (which also hid the migration cue); "I work with logistics companies like yours" read as tools
 * they use (under the i flag "work with <any word>" passed for a name: NAME_NEXT now checks for a
 * capital or a place such as "the shared mailbox"); "piloting Asana alongside us" (a comparison,
 * not fit); call and collateral offers ("open to a quick call?", "send you a quick video showing
 * how…"); product news ("we just launched version 3.0"); one marketing claim ("the easiest way
 * to…") is a pitch on its own; "Goals unclear" in a note; "- Using SAP". Wave 4b (gq274–gq313,
 * 40 items, written after those fixes, not tuned to first): top-1 0.469 (15/32), quiet rate
 * 1.000 (8/8). Fixed since: worries as "the bigger issue is whether…", "overkill", "too
 * complicated", "the numbers don't work", "isn't the right moment with the reorg", "might slip
 * past", "Procurement flagged…"; fit as importing their existing records, "roll it out", sites
 * that "each do inventory differently"; alternatives as "the default choice", "choosing between
 * us and hiring…", "extend the tool they built", "would rather", "not change anything"; "renewal
 * terms"; notes on a new lead, "no goals discussed yet", an intro meeting; pitches by product
 * name ("Fieldly gives service teams…") and "features you'll love"; a pilot that "went well" is
 * no demo offer. Coverage: a bare "instead" ("follow up in the new year instead?") no longer asks
 * `alternatives`. Still counted: gq239 and gq249 raise an urgency / pressure flag (rules outside
 * the question cues; gq239 then suggests `concerns` for the deadline), gq261 misses its pressure
 * flag. Whole file then: top-1 0.979 (189/193), quiet rate 1.000 (45/45).
 *
 * Wave 4c (gq314–gq353, 40 items, written blind after the 4a/4b fixes): top-1 0.484 (15/31), quiet
 * rate 1.000 (9/9); so each wave still finds new wording, and the held-out number to expect is
 * nearer that than this file's. Fixed since (0.742, 23/31): "isn't convinced"/"unconvinced", a
 * price that "came in above" what they expected, "could keep doing it manually", collateral offers
 * ("send over a few customer stories"), "if you'd like to see it", an add-on pitch (whose "alerts
 * when deals stall" is no timing worry), "inventory sync", "the rest of the market"; a note
 * checklist ("worries - asked (…)") records asking and "tools - not yet" is a fit cue; "customers
 * usually describe…" no longer makes a sentence a pitch. Still missed: gq323 (works without a
 * signal, back online), gq329 (their agency handles it today), gq330 ("could their existing ERP
 * module cover this instead": fit wins), gq342 (meet at an expo, "share a bit about what we do"),
 * gq344 (answering a security worry for their CISO), gq334 ("review the terms": bare "the terms"
 * also fired on an NDA's); gq325 and gq332 get a social-pressure / pressure flag ("until everyone
 * is up and running", "just sign where highlighted") and so suggest `concerns`. Whole file now:
 * top-1 0.946 (212/224), quiet rate 1.000 (54/54).
 *
 * Wave 5a (gq354–gq403, 50 items, written blind before reading the cues, favouring the buyer's
 * situation in new words, indirect decision points and pitches without product words): top-1
 * 0.575 (23/40), quiet rate 1.000 (10/10). Two blind labels corrected on review: gq388 is pushy
 * ("the price goes up on Monday, so you really need to decide by Friday") and now expects its
 * urgency and pressure flags; gq392 ("I'd like to understand what you're hoping to get out of
 * this") already asks `outcome`, so it is quiet, and "I'd like to understand" now counts as
 * asking as "I'd love to" did. Fixed since: current practice in a workaround's words (a
 * patchwork of exports and macros, copy and paste, re-entering, personal phones, no central
 * record, their own tracker, on paper, "runs off"), "right now each lead…", "currently handles";
 * a team that changes or grows (inheriting a team, new hires, a new VP, merging, headcount,
 * doubling or scaling, more clinics) is a `fit` cue, and a bare "next year" is no longer a timing
 * worry (only "until / into / maybe next year"); the vendor they left (a previous provider,
 * "moved off", "open to switching"); building it "themselves" by scripting or coding;
 * "your signature on page four" (the "sign on/up" lookahead also caught "signature on"), "make
 * it official", "good to go"; "we help…" and "we make it…" pitches, claims such as "in half" or
 * "in days instead of weeks"; "no specifics yet". A bug family under it: in call notes a short
 * lower-case bullet ("- no specifics yet") read as a "- Alex" sign-off and lost its cues. Still
 * missed: gq360 (a reorg note where the timing worry outweighs the team change; `concerns` is
 * arguable there).
 *
 * Wave 5b (gq404–gq443, 40 items, written after the 5a fixes, not tuned to first): top-1 0.344
 * (11/32), quiet rate 1.000 (8/8). Fixed since (0.969, 31/32): "typed up" / "types it into the
 * ERP", a whiteboard rota, someone who "just left" or joined, a merger or acquisition, launching
 * in new states, moving upmarket; a rollout that tanked, sat unused or that they "went back"
 * from, "gun-shy"; "parted ways with" a vendor, "muddling through"; "wasn't thrilled"; "in
 * writing", "pen to paper", "the dotted line"; "worth a 20-minute conversation", "we've built
 * something that…", "overnight"; "not clear yet what problem…"; "filled in the form on our
 * site". Two false cues went with them: "managers spend less time on…" and "up and running in a
 * week" (and "we work with a few clients") had read as the tools they use. Still missed: gq407
 * (approvals bouncing between inboxes, nobody can see where a request is stuck). gq329 (their
 * agency "currently handles" it), missed since wave 4c, is found with the 5a fixes.
 *
 * Wave 5c (gq444–gq473, 30 items, written blind after the 5b fixes): top-1 0.435 (10/23), quiet
 * rate 1.000 (7/7). Fixed since (0.870, 20/23): a competitor's contract that is "up in June" read
 * as our decision point, "ditched" a vendor, an overspend, a CFO "balking", numbers that "look
 * steep", each site's "own booking system", a sticky note, a second warehouse, "free for a quick
 * call", extending their "current contract" (any current contract, not only "current contract
 * with", is the status quo). Still missed: gq446 (pick lists printed and ticked off with a pen),
 * gq461 (an urgency flag on "lock this in before the holidays", a
 * rule outside the cues, so `concerns` comes first), gq467 (a note that has asked fit,
 * alternatives and outcome and raises nothing else; arguably quiet). Whole file now: top-1 0.950
 * (302/318), quiet rate 1.000 (80/80). Each blind wave still lands far below its fixed score
 * (0.575, 0.344, 0.435 here), so expect the held-out number nearer the blind ones. The page
 * scripts had no room to grow: the cue rules were grouped by question and their alternations
 * tightened to pay for all three waves (notes.js +136 bytes in all).
 *
 * Wave 6a (gq474–gq522, 49 items) and 6b (gq523–gq563, 41 items) checked the COMMON case
 * instead: plain emails and call notes like dev.jsonl d040–d076 (a worry, a tool or process, a
 * comparison, a decision step, a feature pitch), one clear suitable point each. 6a, blind: top-1
 * 0.949 (37/39), quiet 1.000 (10/10); the common families mostly held. Fixed: a pitch sentence
 * that lists three things ("our new release adds A, B and C") is a feature list on its own.
 * 6b, written after that fix and scored blind: top-1 0.657 (23/35), quiet 1.000 (6/6); the
 * misses were vocabulary of common families. Fixed since (0.943, 33/35): "payment terms are a
 * problem for them", "data transfer", SAML and user provisioning, "get our managers up to
 * speed", staff who "enter it in Yardi" / "submit grades through Google Classroom", "how your
 * coordinators book / handle…", "other MES vendors" (a word between "other" and "vendors"),
 * "how we're different from Toast", "instead of buying software", "keeping your spreadsheet
 * process"; and "asked whether we support SAML" is their question, not our pitch. Still missed:
 * gq492 and gq551 (an urgency flag on the buyer's own "Decision by end of month" and a scarcity
 * flag on a "low-stock alerts" feature: rules outside the cues, so `concerns` comes first),
 * gq531 (a "shared Outlook calendar" makes the sentence read as scheduling; narrowing
 * "calendar" broke gq337, so it stays).
 *
 * Wave 6c (gq564–gq589, 26 items, written blind after the 6b fixes, same common-case brief):
 * top-1 0.909 (20/22), quiet 1.000 (4/4): the first blind wave near its fixed score. Fixed since
 * (1.000): reps "juggling too many tools" (tool fatigue is a worry), a "cold call" where the rep
 * pitched is early discovery. gq580 carries an urgency flag on "ready to sign once legal okays…"
 * (a rule outside the cues; the question is still right). Whole file: top-1 0.954 (395/414),
 * quiet 1.000 (100/100). Wave 6 cost notes.js +241 bytes net, paid in part by dropping
 * alternatives no sentence could reach ("Google Calendar" and "shared calendar" in the tool cues,
 * "now comes with" in the pitch shape: each sentence holding them is already scheduling or pitch).
 *
 * Wave 7a (gq590–gq639, 50 items) and 7b (gq640–gq681, 42 items), the common case again in new
 * voices and industries. 7a, blind before reading the cues: top-1 0.950 (38/40), quiet 1.000
 * (10/10). Probing its families in single sentences found more (security and privacy, budget
 * "out of reach" / "a big investment" / "cash is tight", no staff or capacity, "raised
 * questions", "what happens to their data if…", disruption; current practice "over email", "in a
 * shared Word doc", "their payroll system", a phased rollout to the "other four sites";
 * competition, "happy with their current agency", renewing "what they have"; "the terms", "the
 * finish line"), fixed by family; and a bug family: a short capitalised note bullet ("- Security
 * review required") read as a "- Alex" sign-off and lost its cues. 7b, written after those
 * fixes and scored blind: top-1 0.686 (24/35), quiet 0.857 (6/7). Fixed since (0.971, 34/35):
 * "been let down", "caught them off guard", a consultant who "quoted them"; records kept in a
 * workbook, binders, on clipboards; "<Product> helps restaurants…" (a pitch to any plural
 * audience); "wants to know if … works with our app" and "would a comparison help?" (their
 * question, our offer: neither a pitch nor asking `alternatives`); "didn't get to their goals"
 * is not goals known; "the contract with the changes" is ours (only "contract with <Name>" is
 * theirs); "the tour was fantastic". Relabeled on review: gq604 (migration the paralegals worry
 * about: `fit` or `concerns`); gq627, gq672, gq674 accept the urgency/pressure flag their push
 * ("sign now", "commit today", "grab one now") earns. Still missed: gq645 ("doesn't want to add
 * another login", no room left for it), gq673 (a dismissive flag, a rule outside the cues).
 * Whole file: top-1 0.965 (472/489), quiet 1.000 (117/117). Wave 7 cost notes.js +589 bytes net,
 * paid in part by keeping only the most common tool names (any other is still found by "they use
 * <Name>" and "kept in <Name>") and shorter alternations.
 *
 * Wave 8a (gq682–gq731, 50 items) and 8b (gq732–gq771, 40 items), the common case in new voices and
 * industries (dental groups, freight, roofing, credit unions, vets, gyms, pharmacies). 8a, blind
 * before reading the cues: top-1 0.825 (33/40), quiet 1.000 (10/10). Fixed by family, with
 * single-sentence probes of each: a tool named as the place their work happens ("updates inventory
 * in QuickBooks", "chart everything in Epic"; in/into/via only; not after the writer's I/we, "I'll
 * post the recap in Slack"), more verbs of current practice after still/currently (prints, sends,
 * updates, fills, chases, counts); a rival's "cheaper quote" is a comparison, not a price worry;
 * "would rather extend the old contract" (an old contract is theirs); pitches as "we also have A, B
 * and C", "it covers…", "we've just added…", "in minutes"; a savings claim ("cuts fuel costs") is
 * no cost worry; worries as a "fear", "has questions about", "had trouble with", "the big unknown",
 * "a lot of money", "adds up", "can't take on another project", "feels tight"; "agreed to go with".
 * 8b, written after those fixes and scored blind: top-1 0.853 (29/34), quiet 1.000 (6/6). Fixed
 * since (1.000): "too early to invest", "wanting to be careful", "a mix of phone calls and…",
 * "looking at us, Mindbody and Glofox", "ran through the feature overview"; and a "shared calendar"
 * is their tool, not scheduling (also fixes gq531). Probes after 8b added "hard to swallow", an
 * approval process, agents "trained", "staying on their legacy system", "final pricing". Relabeled
 * on review: gq691 expects social-pressure for "Don't miss out" (the taxonomy's own example); gq765
 * accepts the pressure flag on "we really need a decision from you". Still counted: gq704 (the
 * buyer's own "decision by end of month" flagged as urgency, as gq492), gq707 ("the pricing is
 * valid through the end of the quarter" flagged as urgency: arguable, a seller's price deadline;
 * `concerns` then comes first), gq765 misses its scarcity flag ("the slot goes to another
 * customer"); all three are rules outside the cues. Not fixed (no bytes left): "the ROI case is
 * weak", "post assignments in Google Classroom" (an unlisted tool after a verb not in the practice
 * list), "attached is the renewal", "with <Product> you can A, B and C", a contract or paperwork
 * word inside a pitch ("manage every vendor contract", "cuts front-desk paperwork in half") read as
 * our decision point. Whole file: top-1 0.970 (546/563), quiet 1.000 (133/133). Wave 8 cost
 * notes.js +427 bytes net (paid in part by shorter budget, setup, scheduling and stalling
 * alternations).
 */
import { describe, expect, it } from 'vitest';
import { load, problems, score } from './corpus-score';

describe('generalization-questions.jsonl', () => {
  const items = load('generalization-questions.jsonl');
  const r = score(items);

  it('covers all five questions and the quiet cases', () => {
    for (const q of ['outcome', 'concerns', 'fit', 'alternatives', 'clarity']) {
      expect(items.filter((i) => i.questions?.[0] === q).length, q).toBeGreaterThanOrEqual(4);
    }
    expect(items.filter((i) => i.questions?.length === 0).length).toBeGreaterThanOrEqual(4);
  });

  it('suggests the right question first (top-1 ≥ 0.85)', () => {
    expect(r.questionTop1, problems(items, r)).toBeGreaterThanOrEqual(0.85);
  });

  it('stays quiet on logistics and thanks (quiet rate ≥ 0.9)', () => {
    expect(r.quietRate, problems(items, r)).toBeGreaterThanOrEqual(0.9);
  });

  it('raises few false alarms on text with nothing to flag (≤ 5 %)', () => {
    expect(r.falseAlarmRate, problems(items, r)).toBeLessThanOrEqual(0.05);
  });
});
