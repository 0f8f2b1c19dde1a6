/**
 * Context that turns a match off (taxonomy.md, "Context that turns a match off").
 * A guard sees the sentence (lower-cased, apostrophes straightened) and the match's
 * span inside it, and says whether the match is *not* pressure in this context.
 * Pure string work: no parsing, so guards cost microseconds and only run on hits.
 */

export interface GuardInput {
  /** The sentence, lower-cased, with curly apostrophes straightened. Same length as the original. */
  sentence: string;
  /** Match span inside the sentence. */
  start: number;
  end: number;
}

type Guard = (g: GuardInput) => boolean;

const NEGATOR = /\b(no|not|never|nothing|none|nobody|neither|nor|without|isn't|aren't|wasn't|weren't|don't|doesn't|didn't|won't|wouldn't|can't|cannot|shouldn't|needn't|hardly)\b|n't\b/;

/** The clause just before the match: back to the last clause break. */
function clauseBefore(g: GuardInput): string {
  const before = g.sentence.slice(0, g.start);
  const cut = Math.max(
    before.lastIndexOf(','),
    before.lastIndexOf(';'),
    before.lastIndexOf(':'),
    before.lastIndexOf(' - '),
    before.lastIndexOf('—'),
    before.lastIndexOf('–'),
    before.lastIndexOf('('),
    before.search(/\b(but|however|though|although)\b(?!.*\b(but|however|though|although)\b)/),
  );
  return cut >= 0 ? before.slice(cut + 1) : before;
}

function lastWords(text: string, n: number): string {
  const words = text.trim().split(/\s+/).filter(Boolean);
  return words.slice(-n).join(' ');
}

/** "this isn't a limited-time offer", "you don't have to decide today". */
const negated: Guard = (g) => NEGATOR.test(lastWords(clauseBefore(g), 5));

const REASSURANCE =
  /\b(no (pressure|rush|hurry|obligation|deadline|need to|worries)|not a (high-pressure|pressure)|take (all )?(the |your )?time|(don't|do not|doesn't|does not|won't|will not) (have|need) to|(there's|there is|there are) no|you're under no|under no (pressure|obligation)|whenever (you're|you are) ready|at your (own )?pace|in your own time|on your (own )?(timeline|schedule|timing)|whatever (timing|works|you decide)|it's (totally |completely )?(fine|okay|ok) (if|to)|happy to wait|as long as you need|zero pressure)\b/;
const CONTRAST = /\b(but|however|though|although|that said|still)\b/;

/**
 * "no pressure to sign before the quarter ends". A reassurance followed by "but" before the
 * match ("no pressure, but the price goes up Monday") is a disguise, not a reassurance.
 */
const reassurance: Guard = (g) => {
  const m = REASSURANCE.exec(g.sentence);
  if (!m) return false;
  if (m.index < g.start) return !CONTRAST.test(g.sentence.slice(m.index + m[0].length, g.start));
  // Reassurance after the match ("Sign whenever, no rush") still softens it.
  return !CONTRAST.test(g.sentence.slice(g.end, m.index));
};

/** "I need to check with my manager": the writer's own obligation. */
const writerObligation: Guard = (g) => {
  const clause = clauseBefore(g) + g.sentence.slice(g.start, g.end);
  const subject = /\b(i|we|i'm|we're|i've|we've|i'll|we'll|i'd|we'd|me|us|my team|our team)\b[^.!?]*$/.exec(clause);
  if (!subject) return false;
  // A later "you" takes the obligation back onto the buyer: "we need you to sign".
  return !/\byou\b/.test(clause.slice(subject.index + subject[0].split(/\s/)[0].length));
};

/**
 * The buyer's own dates and plain contractual facts: "your board meets March 3",
 * "your renewal date is June 30", "per the current agreement".
 */
const BUYER_DEADLINE =
  /\b(your|their|the customer's|the client's) (own )?(board|team|it team|legal|procurement|fiscal|budget|renewal|contract|agreement|deadline|timeline|cutoff|cut-off|launch|go-live|audit|review|quarter|year-end|planning|meeting|freeze)|\b(you|they) (mentioned|said|told|asked|noted|shared|explained)|\bper (the|your|our) (current )?(agreement|contract|terms|msa|order form)|\bas (agreed|stated) in\b|\bcontract(ually)?\b.*\b(ends|expires|renews)\b|\b(renewal|contract term|subscription) (date )?(is|ends|expires|renews)\b/;
const buyerDeadline: Guard = (g) => BUYER_DEADLINE.test(g.sentence);

/** "they said only 2 seats were left on the competitor's plan": the rep reporting, not pressuring. */
const REPORTED = /\b(they|she|he|the buyer|the customer|the prospect|their [a-z]+) (said|mentioned|told|asked|noted|worried|asked whether|wondered)\b/;
const reported: Guard = (g) => REPORTED.test(g.sentence.slice(0, g.start));

/** A question the buyer is invited to answer about their own constraints. */
const askingBuyer: Guard = (g) =>
  /\?\s*$/.test(g.sentence) && /\b(your|you)\b/.test(g.sentence) && /^\s*(is|are|do|does|what|when|how|would|could|is there)\b/.test(g.sentence);

export const GUARDS = {
  negated,
  reassurance,
  'writer-obligation': writerObligation,
  'buyer-deadline': buyerDeadline,
  reported,
  'asking-buyer': askingBuyer,
} satisfies Record<string, Guard>;

export type GuardName = keyof typeof GUARDS;

/** Guards every rule gets unless it opts out: negation and reassurance are universal. */
export const DEFAULT_GUARDS: GuardName[] = ['negated', 'reassurance'];

export function normalizeForGuards(sentence: string): string {
  // ASCII-only lower-casing keeps the length, so offsets line up with the original.
  return sentence.replace(/[A-Z]/g, (c) => c.toLowerCase()).replace(/[\u2018\u2019\u02bc]/g, "'");
}

export function isGuarded(
  names: readonly GuardName[],
  extra: readonly RegExp[],
  g: GuardInput,
): boolean {
  for (const n of names) if (GUARDS[n](g)) return true;
  for (const re of extra) {
    re.lastIndex = 0;
    if (re.test(g.sentence)) return true;
  }
  return false;
}
