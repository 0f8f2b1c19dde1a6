import { native } from './native-regex';

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

// Every regex here runs through native() (native-regex.ts): compiled once, straight to machine
// code, on the first hit a page's analysis meets.

const NEGATOR = /\b(no|not|never|nothing|none|nobody|neither|nor|without|isn't|aren't|wasn't|weren't|don't|doesn't|didn't|won't|wouldn't|can't|cannot|shouldn't|needn't|hardly)\b|n't\b/g;
/** Phrases that contain a negator but negate nothing after them: "no doubt you'll…", "not only…". */
const FALSE_NEGATION = /\b(no (doubt|wonder|matter|question)|not only|not just|if not|or not|whether or not|not sure why)\b/g;
/** Words that open a subordinate clause: a negator inside one does not reach the main clause. */
const SUBORDINATOR = /\b(if|unless|when|whenever|because|since|until|once|before|after|while|so that)\b/;
/** A relative clause just opened before the negator: "firms that", "anyone who has(n't)". */
const RELATIVE_END = /\b(that|who|which)\s+[a-z]*$/;
/** After the negator, a verb of the relative clause, then the main clause's auxiliary: "don't switch will be". */
const MAIN_AUXILIARY = /^\S+\s+\S+.*\b(will|'ll|would|are|is|get|gets|end up|ends up|risk|risks|could|can)\b/;
/** A match that starts a clause of its own ("you'll regret it"), after "if you don't sign today". */
const CLAUSE_START = /^(you|you'll|you're|you'd|you've|we|we'll|we're|i|i'll|i'm|it|it'll|it's|that|that's|this|they|there|there's)\b/;

const LAST_CONTRAST = /\b(but|however|though|although)\b(?!.*\b(but|however|though|although)\b)/;

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
    before.search(native(LAST_CONTRAST)),
  );
  return cut >= 0 ? before.slice(cut + 1) : before;
}

function lastWords(text: string, n: number): string {
  const words = text.trim().split(/\s+/).filter(Boolean);
  return words.slice(-n).join(' ');
}

/**
 * "this isn't a limited-time offer", "you don't have to decide today": a negator among the
 * five words before the match, in the same clause. Not when the negator sits in an "if" clause
 * and the match starts the main clause ("if you don't act now you'll regret it").
 */
const negated: Guard = (g) => {
  const clause = clauseBefore(g);
  const negator = native(NEGATOR);
  const window = lastWords(clause, 5).replace(native(FALSE_NEGATION), ' ');
  negator.lastIndex = 0;
  if (!negator.test(window)) return false;
  const matched = g.sentence.slice(g.start, g.end).trimStart();
  // Where the last negator is, and whether a subordinator opens the clause before it.
  let last = -1;
  const cleaned = clause.replace(FALSE_NEGATION, (m) => ' '.repeat(m.length));
  negator.lastIndex = 0;
  for (let m = negator.exec(cleaned); m; m = negator.exec(cleaned)) last = m.index;
  const opener = cleaned.slice(0, last);
  // A "not" inside a relative clause negates that clause's own verb; when the main clause's
  // auxiliary follows it, the match is the main clause: "teams that don't switch [will be left behind]".
  if (last >= 0 && native(RELATIVE_END).test(opener) && native(MAIN_AUXILIARY).test(cleaned.slice(last))) return false;
  // A "not" in an if-clause is the condition, and the match that carries on past its comma is
  // the threat: "if we don't hear back [by Friday, the discount is gone]".
  return !(last >= 0 && (native(CLAUSE_START).test(matched) ? native(SUBORDINATOR).test(opener) : /\b(if|unless)\b/.test(opener) && matched.includes(',')));
};

/**
 * "your competitors [haven't switched]", "[nobody on your team has signed]": a negator inside
 * the match itself. For rules whose patterns bridge a gap with a wildcard, so a "not" can fall
 * between the crowd and its move; opt-in, since many patterns carry their own negation.
 */
const negatedInside: Guard = (g) => {
  const inside = g.sentence.slice(g.start, g.end).replace(native(FALSE_NEGATION), ' ');
  const negator = native(NEGATOR);
  negator.lastIndex = 0;
  return negator.test(inside);
};

const REASSURANCE = new RegExp(
  [
    String.raw`no (pressure|rush|hurry|obligation|deadline|need to|worries|strings)`,
    String.raw`not a (high-pressure|pressure)`,
    String.raw`take (all )?(the |your )?time`,
    String.raw`(don't|do not|doesn't|does not|won't|will not) (have|need) to`,
    // "there's no rush", not "there's no reason not to", "there's no better time".
    String.raw`(there's|there is|there are) (absolutely |really |truly )?no (rush|pressure|hurry|obligation|deadline|commitment|need|expectation|catch|strings|time limit|wrong answer|penalty|cost to)`,
    String.raw`you're under no`,
    String.raw`under no (pressure|obligation)`,
    String.raw`whenever (you're|you are) ready`,
    String.raw`at your (own )?pace`,
    String.raw`in your own time`,
    String.raw`on your (own )?(timeline|schedule|timing)`,
    String.raw`whatever (timing|works|you decide)`,
    String.raw`it's (totally |completely )?(fine|okay|ok) (if|to)`,
    String.raw`happy to wait`,
    String.raw`as long as you need`,
    String.raw`zero pressure`,
    String.raw`(totally|completely|entirely) (up to you|your call|your decision)`,
    String.raw`when(ever)? the time is right`,
    String.raw`if (now|this) (isn't|is not) the right time`,
  ]
    .map((s) => `(?:${s})`)
    .join('|')
    .replace(/^/, '\\b(')
    .replace(/$/, ')\\b'),
);
const CONTRAST = /\b(but|however|though|although|that said|still)\b/;

/**
 * "no pressure to sign before the quarter ends". A reassurance followed by "but" before the
 * match ("no pressure, but the price goes up Monday") is a disguise, not a reassurance.
 */
const reassurance: Guard = (g) => {
  const m = native(REASSURANCE).exec(g.sentence);
  if (!m) return false;
  if (m.index < g.start) return !native(CONTRAST).test(g.sentence.slice(m.index + m[0].length, g.start));
  // Reassurance after the match ("Sign whenever, no rush") still softens it.
  return !native(CONTRAST).test(g.sentence.slice(g.end, m.index));
};

/** After the writer as subject, a "you" (or "your signature") hands the obligation back to the buyer. */
const BACK_TO_BUYER = /\b(you|you're|you'll|you've|you'd|yours)\b|\byour (signature|answer|decision|commitment|approval|sign-off|sign off|go-ahead|go ahead|yes|verbal)\b/;

/** The writer (or their side) as the subject of what follows. */
const WRITER_SUBJECT =
  /(?<!to )\b(i|we|i'm|we're|i've|we've|i'll|we'll|i'd|we'd|me|us|(my|our) (own )?(team|manager|boss|vp|director|legal|legal team|finance|finance team|side|company|lawyers|ceo|cfo))\b[^.!?]*$/;

/** "I need to check with my manager": the writer's own obligation. */
const writerObligation: Guard = (g) => {
  const clause = clauseBefore(g) + g.sentence.slice(g.start, g.end);
  const subject = native(WRITER_SUBJECT).exec(clause);
  if (!subject) return false;
  // A later "you" takes the obligation back onto the buyer: "we need you to sign".
  return !native(BACK_TO_BUYER).test(clause.slice(subject.index + subject[0].split(/\s/)[0].length));
};

/**
 * The buyer's own dates and plain contractual facts: "your board meets March 3",
 * "your renewal date is June 30", "per the current agreement". A bare mention of their renewal
 * or contract doesn't count: "ahead of your renewal, the price goes up on 1 January" is the
 * seller's deadline hung on theirs.
 */
const BUYER_DEADLINE =
  /\b(your|their|the customer's|the client's) (own )?(board|team|it team|legal|procurement|fiscal|budget|deadline|timeline|cutoff|cut-off|launch|go-live|audit|review|quarter|year-end|planning|meeting|freeze)|\b(your|their|the customer's|the client's) (own )?(renewal|contract|agreement)( date| term| period)? (is|ends|expires|renews|runs|comes up|falls|was|will|date)\b|\b(you|they) (mentioned|said|told|asked|noted|shared|explained)|\bas you (said|mentioned|noted|asked|requested)\b|\bper (the|your|our|their) (current )?(agreement|contract|terms|msa|order form|request|note|email|policy)|\bas (agreed|stated) in\b|\bcontract(ually)?\b.*\b(ends|expires|renews)\b|\b(renewal|contract term|subscription) (date )?(is|ends|expires|renews)\b/;
const buyerDeadline: Guard = (g) => native(BUYER_DEADLINE).test(g.sentence);

/**
 * Something the buyer raised themselves: "you mentioned the risk of a failed migration",
 * "as you said, your job depends on a smooth launch". Naming their own worry back to them is
 * listening, not a fear appeal.
 */
// "why you said no" is the rep's threat about the buyer's decision, not a point the buyer raised.
const BUYER_RAISED =
  /(?<!\b(?:why|when|after|because|if) )\b(you|your [a-z]+|their [a-z]+|they|she|he|the buyer|the customer|the client|the prospect)( (had|have|'ve|just|also|already))? (mentioned|said|told (me|us)|raised|flagged|noted|shared|explained|brought up|pointed out|asked (about|whether|if)|were worried|are worried|were concerned|are concerned|worried|wrote|described)\b|\b(as|like) you (said|mentioned|noted|put it|wrote)\b|\bper your (note|email|message)\b|\byou('re| are) (worried|concerned) (about|that)\b/;
const buyerRaised: Guard = (g) => native(BUYER_RAISED).test(g.sentence);

/** "they said only 2 seats were left on the competitor's plan": the rep reporting, not pressuring. */
const REPORTED_SUBJECT =
  /\b(they|she|he|the buyer|the customer|the prospect|the client|the champion|their [a-z]+|(?<!\b(?:my|our) )(?!(?:i|we|you|who|what|as|like|nobody|no one)\b)[a-z]+) (said|says|mentioned|told (us|me|them|him|her)|asked|noted|worried|asked whether|wondered|wrote|replied|complained|pushed back|claimed|insisted|admitted)\b/;
/** A quotation that contains the match: the words are being mentioned, not used. */
function insideQuotes(g: GuardInput): boolean {
  const before = g.sentence.slice(0, g.start);
  const after = g.sentence.slice(g.end);
  const open = (before.match(/["\u201c\u201d]/g) ?? []).length;
  return open % 2 === 1 && /["\u201c\u201d]/.test(after);
}
/** "That said, …", "having said that": a connective, not someone being reported. */
const SAID_IDIOM = /\b(that|this) (being )?said\b|\bhaving said (that|this)\b|\bneedless to say\b/g;
const reported: Guard = (g) => native(REPORTED_SUBJECT).test(g.sentence.slice(0, g.start).replace(native(SAID_IDIOM), ' ')) || insideQuotes(g);

/** Openers before the question proper: "Quick question: do you…", "So, is there…". */
const QUESTION_LEAD = /^\s*((quick|one|a|last) (quick )?question|just (curious|checking)|out of curiosity|also|and|so|ok|okay|one more thing|separately|btw|by the way)\b[\s,:;—–-]*/;

/** A question the buyer is invited to answer about their own constraints. */
const askingBuyer: Guard = (g) => {
  if (!/\?\s*$/.test(g.sentence) || !/\b(your|you)\b/.test(g.sentence)) return false;
  const afterColon = g.sentence.slice(g.sentence.lastIndexOf(':', g.start) + 1);
  const q = afterColon.replace(native(QUESTION_LEAD), '');
  // "Could you get me a decision by EOD?" is a request for the writer, not a question about them.
  if (/^\s*(would|could|can|will) you (please )?(get|give|send) (me|us)\b/.test(q)) return false;
  return /^\s*(is|are|do|does|what|when|how|would|could|is there|are there)\b/.test(q);
};

/** Words that may open an imperative without making it part of a longer clause: "so [sign it now]". */
const CLAUSE_OPENER = /(^|[.!?;:,()\[\]"\u201c\u201d—–-]|\b(so|and|then|now|just|please|pls|plz|kindly|ok|okay|honestly|look|seriously|great|perfect|alright|right|come on|go ahead and))\s*$/;

/**
 * The match does not start a clause: a plain word comes right before it ("you can [sign today]",
 * "we'll [sign today]"). Lets a rule fire on imperatives only.
 */
const midClause: Guard = (g) => !native(CLAUSE_OPENER).test(g.sentence.slice(0, g.start));

export const GUARDS = {
  negated,
  'negated-inside': negatedInside,
  reassurance,
  'writer-obligation': writerObligation,
  'buyer-deadline': buyerDeadline,
  'buyer-raised': buyerRaised,
  reported,
  'asking-buyer': askingBuyer,
  'mid-clause': midClause,
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
    // The rules' own exceptions: a bounded set, each compiled once to machine code.
    native(re).lastIndex = 0;
    if (re.test(g.sentence)) return true;
  }
  return false;
}
