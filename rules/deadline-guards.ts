/**
 * Context shared by the deadline rules (urgency/decision-by, urgency/sign-before), kept in one
 * place so the in-page bundle carries it once.
 */

/** The buyer's own plan, reported: "they expect to sign by the 15th". */
export const BUYER_PLAN =
  /\b(they|he|she|the customer|customer|the client|client|the buyer|buyer|the prospect|prospect|legal|procurement|their team)( really| still)? (expect|expects|want|wants|need|needs|plan|plans|aim|aims|hope|hopes|intend|intends|would like|'d like|are aiming|is aiming|are planning|is planning)\b/;

/** "Sign up", "signed in": an account, not a purchase. */
export const SIGN_IN = /\bsign(ed|ing)? (in|into|up|out)\b/;

/** An NDA's deadline is paperwork before a meeting, not a decision. */
export const NDA = /\b(nda|mutual nda|non-disclosure)\b/;

/** The writer's own side acting: "our legal team has to sign off by Friday". A "you" between hands it back. */
export const WRITER_SIDE =
  /\b(our|my) (own )?(legal|team|side|manager|boss|vp|director|finance|ceo|cfo|lawyers|company)\b(?:(?!\byour?\b)[^,;.])*\b(sign|signs|countersign|approve|approves|commit|commits|decide|decides|decision|confirm)\b/;
