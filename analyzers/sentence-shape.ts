/**
 * What kind of sentence this is, lexically: the question cues, the coverage check and the
 * listening metrics all need to know whether a sentence asks, pitches or only arranges logistics.
 * Regex only: it runs on every changed paragraph of every keystroke.
 */

import { native } from './native-regex';
import { gatedTest } from './regex-gate';

export interface SentenceShape {
  /** Ends with a question mark (allowing closing quotes or brackets). */
  question: boolean;
  /** The writer describes their own product ("we offer…", "our platform includes…"). */
  pitch: boolean;
  /** Scheduling and meeting mechanics: times, links, invites, moving a call. */
  scheduling: boolean;
  /** Opens with thanks or pleasantries. */
  thanks: boolean;
}

const QUESTION_END = /\?["'\u2019\u201d)\]]*\s*$/;
/** "asked whether we support SSO", "wants to know if … works with our app" report their question, not a pitch. */
const REPORTED_ASK = /\b(?:(?:whether|if|how) (?:we|our)|asked|wants? to know)\b/i;

/**
 * The writer describes their product: what it offers or helps with, what is new in it, collateral
 * about it, marketing claims. Product news lives here too (not in a second regex the cues run),
 * so the metrics count those sentences as pitch as well.
 */
const PITCH =
  /\b(?:we (?:offer|provide|deliver|support|include|help|make it|specialize in|centrali[sz]e|automate|streamline|simplify)|we(?:'ve| have)? (?:helped|built|(?:just |recently )?(?:launched|released|shipped|added))|(?:new|latest) (?:release|version|update|feature|module)|now (?:bundles|includes|offers|adds)|unlocks?|(?:overview|intro|product|short) (?:deck|video)|our (?:new|latest)|(?:customers|clients) (?:typically|on average)|version \d|one[- ]pager|brochure|our (?!(?:old|current|existing|legacy|previous|own)\b)(?:[\w-]+ ){0,3}(?:platform|product|solution|tool|software|app|suite|system|features?|technology|engine|add-on|module)|pitched|presented (?:our|the) (?:platform|product|features|solution|deck)|(?:it|the (?:platform|product|tool|software)) (?:includes|offers|provides|supports|covers)|comes with|we (?:also )?have [\w -]{1,30}, \w+|features include|(?:market|industry)[- ]lead\w*|best[- ]in[- ]class|cutting[- ]edge|world[- ]class|all[- ]in[- ]one|state[- ]of[- ]the[- ]art|unlimited|out[- ]of[- ]the[- ]box|award[- ]winning|trusted by|(?:helps?|lets|gives|(?:I|we) work with) (?:[\w-]+ ){0,3}(?:teams|companies|businesses|leaders|managers|[\w-]{3,}s)|trust us to|leading (?:provider|platform|solution|vendor)|the leader in)\b/i;

const SCHEDULING =
  /\b(?:re-?schedul\w*|(?<!shared (?:\w+ )?)calendar|invit(?:e|ation)|zoom|dial[- ]in|(?:meeting|call|same|the) link|(?:mov|push|shift|bump|postpone)\w*\s+(?:our|the|my|your|this|that|\w+'s)\s+(?:call|meeting|chat|sync|demo|session|catch-up|check-in)|works? (?:for|with) (?:you|me|us|everyone|your team)\b|would \w+(?: \w+)? work\b|(?:are|is) (?:you|your team|everyone) (?:free|available)|availability|(?:free|available) (?:on|at|this|next|tomorrow|later)|running (?:late|behind)|(?:see you|talk) (?:soon|then|there|tomorrow|next|on)|confirm\w* (?:our|the|your|a|\w+'s) (?:call|meeting|time|demo|slot|chat)|time slot|\d{1,2}(?::\d{2})?\s?(?:am|pm)\b|at \d{1,2}(?::\d{2})?(?!\d|%)|(?:book|schedule|set up|arrange|find a time for) (?:the|a|your|our) (?:kick-?off|call|meeting|session|time|slot|chat|follow-up)|(?:\d+|an?|half an) ?-?(?:min(?:ute)?s?|hours?) (?:instead|call|meeting|chat|slot|sync)|instead of (?:an hour|\d+ ?min\w*|(?:the|our) call|\w+day)|out of (?:the )?office|OOO|voicemail|left (?:a )?(?:vm|message))/i;

/**
 * Pleasantries only: the thanks phrase plus a few words ("Thanks for the call yesterday."). A
 * longer sentence that starts with thanks carries news ("thanks for confirming you'd like to go
 * ahead") and keeps its weight.
 */
const THANKS_START =
  /^\s*(?:[-*•]\s*)?(?:(?:thanks|thank you|many thanks|(?:i )?(?:really |truly )?appreciated?(?: it)?)(?: (?:so much|again|a lot))?(?: for(?: (?:your|the|taking|making|joining|hosting|sending|a))?)?|(?:it was )?(?:great|nice|good|lovely) (?:chatting|talking|speaking|meeting|to (?:chat|talk|speak|meet|see|connect))(?: with you)?|hope (?:you|all|your|this|the)|happy (?:monday|tuesday|wednesday|thursday|friday|new year|holidays))\b/i;
const PLEASANTRY_TAIL_WORDS = 6;

function isThanks(text: string): boolean {
  const m = native(THANKS_START).exec(text);
  if (!m) return false;
  const rest = text.slice(m[0].length).trim();
  return rest === '' || rest.split(/\s+/).length <= PLEASANTRY_TAIL_WORDS;
}

export function sentenceShape(text: string): SentenceShape {
  return {
    question: native(QUESTION_END).test(text),
    pitch: gatedTest(PITCH, text) && !native(REPORTED_ASK).test(text),
    scheduling: gatedTest(SCHEDULING, text),
    thanks: isThanks(text),
  };
}

/** Each sentence's shape: the metrics and the question cues both need them, so the engine reads them once. */
export function shapesOf(para: string, sentences: Array<{ start: number; end: number }>): SentenceShape[] {
  return sentences.map((s) => sentenceShape(para.slice(s.start, s.end)));
}

/**
 * Lines that greet ("Hi Sarah,") or close ("Best,", "Thanks, Paul", "— Alex"), read lower-cased:
 * without the i flag V8 compiles them ~5× faster (its Unicode letter classes need no case closure).
 */
const GREETING = /^\s*(?:hi|hello|hey|dear|good (?:morning|afternoon|evening)|greetings|hiya)\b(?:\s+[\p{L}.'-]+){0,3}\s*[,!:.]?\s*$/u;
const CLOSING =
  /^\s*(?:(?:best|kind|warm(?:est)?|many|with)?\s*(?:regards|wishes|thanks)|best|cheers|thanks(?: again| so much| a lot)?|thank you(?: again| so much)?|sincerely|all the best|talk (?:soon|then)|speak soon|take care|yours(?: truly)?|cordially|respectfully|warmly|gratefully|with gratitude|have a (?:great|good|nice) (?:day|week\w*)|[-\u2013\u2014]+\s*\p{L}+)(?:\s*[,!.]?\s*(?:\p{L}[\p{L}'-]*(?:\s+\p{L}[\p{L}'-]*)?)?)?\s*[,!.]?\s*$/u;
/** "- Security review required" in call notes is a bullet; a "- Alex" sign-off is one or two capitalised words. */
const DASH_BULLET = /^\s*-(?!\s*\p{Lu}\p{Ll}*(?: \p{Lu}\p{Ll}*)?\s*$)/u;
/** A signature line: a name, title or contact detail, with no sentence punctuation at its end. */
const SIGNATURE_LINE = /^\s*[^.?!\n]{1,60}$/;

export type ParagraphRole = 'greeting' | 'closing' | 'signature-like' | 'body';

/** Greetings, sign-offs and signatures are short; anything longer is body (and skips the regexes). */
const MAX_ROLE_LINE = 80;

export function paragraphRole(para: string): ParagraphRole {
  if (para.length > MAX_ROLE_LINE) return 'body';
  // Read lower-cased, CLOSING takes any words for a name, so a dash line is checked as written.
  const lower = para.toLowerCase();
  if (native(CLOSING).test(lower) && !native(DASH_BULLET).test(para)) return 'closing';
  if (native(GREETING).test(lower)) return 'greeting';
  const words = para.trim().split(/\s+/).length;
  if (words <= 6 && native(SIGNATURE_LINE).test(para) && !/[:?]/.test(para)) return 'signature-like';
  return 'body';
}
