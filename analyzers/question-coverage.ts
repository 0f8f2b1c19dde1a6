import type { QuestionId } from './types';
import type { SentenceShape } from './sentence-shape';
import { gatedTest } from './regex-gate';
import { native } from './native-regex';

/**
 * Which of the five questions a sentence already asks, paraphrases included ("what would
 * success look like for you by summer?" asks `outcome`). A sentence asks when it is a question,
 * an open invitation ("let me know if anything is unclear"), or, in call notes, a record that
 * the rep asked ("asked about their alternatives", "Q: what does success look like → …").
 */

const INVITATION =
  /\b(?:let me know|tell me|i(?:'d| would) (?:love|like) to (?:hear|know|understand|learn)|(?:i'm|i am) curious|curious (?:to hear|about|what|how|whether|if)|keen to (?:hear|understand|learn)|help me understand|walk me through|(?:can|could|would) you (?:share|walk|tell|describe)|share (?:what|how|whether|any)|happy to (?:hear|talk through|dig into))\b/i;

/** The rep's own record of asking: "asked about…", "Q: …", "- Asked them what…". */
const NOTE_RECORD =
  /^\s*(?:[-*•]\s*)?(?:\d+[.)]\s*)?(?:(?:q|question)\d*\s*[:.)-]|(?:i |we |rep |then |also )?(?:asked|probed|dug into)\b)|[;,:\u2013-]\s*(?:i |we |and |then |also )?asked\b|\b(?:i|we) (?:also )?asked\b|\basked (?:them|him|her|the (?:team|buyer|client|customer|group|cfo|ceo|vp|champion))\b/i;
/**
 * "they asked how…", "the CFO asked about…": the buyer's question, not ours; "want me to show you
 * how it integrates?" and "would a comparison help?" offer something and ask them nothing.
 */
const THEY_ASKED = /\b(?:they|he|she|client|customer|buyer|prospect|team|c[eft]o|vp|owner|champion|manager|director)\s+(?:also\s+)?asked\b|\b(?:want|like|shall|should|can) (?:me|I|us|we) (?:to )?(?:show|send|walk|demo)|\bwould an? [\w-]+(?: [\w-]+)? help\b/i;

/** "Any questions about the integration?" invites their questions, it does not ask ours. */
const THEIR_QUESTIONS = /\b(?:any|what|your|other|further|more) questions?\b|\bquestions? (?:you (?:have|might have|may have)|about|on|regarding)\b/i;

const TOPICS: Array<{ id: QuestionId; re: RegExp }> = [
  {
    id: 'outcome',
    re: /\b(?:succe\w*|outcomes?|goals?|objectives?|achieve|accomplish|hoping (?:to|for)|hope to (?:get|see)|get out of (?:this|it)|(?:a|the) win|ideal (?:result|state)|results? (?:you|would|are you|do you)|KPIs?|priorit(?:y|ies)|trying to (?:solve|fix|improve|do|get)|matters? most|six months|a year from now|(?:12|twelve) months|know (?:it|this|that) (?:worked|was worth)|how (?:would|will|do) you (?:know|measure|judge)|measure (?:it|this|whether)|down the (?:line|road)|(?:good|great|ideal|winning|best|better)[\w\s-]{0,25}look like|worth(?: it|while)|by (?:summer|spring|fall|autumn|winter|year[- ]end|the end of the year|q[1-4]))\b/i,
  },
  {
    id: 'concerns',
    re: /\b(?:concern\w*|worr\w*|hesita\w*|reservations?|roadblocks?|obstacles?|blockers?|risks?|push ?back|doubts?|get in the way|stand in the way|giv(?:es?|ing) you pause|uneasy|unsure|nervous|downsides?|sticking points?|hold(?:ing)? (?:this|things|it) up|(?:would|could|might) stop (?:this|it)|slow (?:this|things|it) down|what could go wrong|challenges? (?:do you|you|would you) (?:see|foresee|expect|anticipate)|objections?|keeps? you up at night|what would make you (?:hesitate|say no))\b/i,
  },
  {
    id: 'fit',
    re: /\b(?:workflows?|fit (?:in|into|with)|integrat\w*|(?:current|existing) (?:process\w*|set-?up|systems?|stack|tools?|way)|(?:need|have|had) to change|would change|adjust\w*|roll(?:ing)?[- ]?(?:it |this )?out|implement\w*|onboard\w*|adopt\w*|day[- ]to[- ]day|tools? (?:do|does|are|is) (?:you|your|the team)|tech stack|who (?:would|will) (?:own|maintain|manage|run)|how (?:are|is|do|does) (?:your|you|the team|the reps|they)\b[^?]{0,60}\b(?:today|currently|now)|(?:today|currently),? how|how (?:your|you|the|their) [\w\s]{0,30}(?:handle|manage|do|run|work|track|log)e?s?\b)\b/i,
  },
  {
    id: 'alternatives',
    re: /\b(?:alternatives?|other options?|options (?:are you|you're|you are) (?:considering|looking|weighing|evaluating)|otherwise|(?:use|do|choose|pick|try|go with|consider)(?: \w+)? instead|instead of (?:us|this)|if you (?:(?:did|do)(?:n't| not)|decided? not|choo?se not|(?:went|go) another|pass)|if not (?:us|this)|compar\w*|other (?:vendor|tool|solution|provider|platform|product)s?|(?:anyone|who|what) else (?:are|is|you|they)|(?:also|else) (?:considering|looking at|evaluating|talking to)|plan b|do(?:ing)? nothing|status quo|in[- ]house|build(?:ing)? (?:it|this|something|one) (?:yourselves|internally)|pros and cons|versus|vs\.?|stack up)\b/i,
  },
  {
    id: 'clarity',
    re: /\b(?:unclear|missing|confiden\w*|clarif\w*|(?:anything|something) (?:i|we) (?:have|did)(?:n't| not) (?:cover|answer|share|provide|explain|address)(?:e?d)?|(?:anything|what) else (?:(?:would|do|might|could) (?:you|your team) need|(?:would|could|might) help)|need (?:from me|from us) to (?:decide|feel|make|move)|feel (?:good|comfortable) (?:about|with|making)|(?:make|making) (?:the|a|this) decision|information (?:i|we) (?:have(?:n't| not)|can|could)|open questions?|questions?[\w\s]{0,20}(?:about|on|regarding) (?:the |our |this )?(?:contract|proposal|order form|terms|agreement|quote|pricing|paperwork))\b/i,
  },
];

export function askedIn(sentence: string, shape: SentenceShape): QuestionId[] {
  if (shape.scheduling) return [];
  const record = native(NOTE_RECORD).test(sentence) && !gatedTest(THEY_ASKED, sentence);
  const asking = record || ((shape.question || gatedTest(INVITATION, sentence) || /\?/.test(sentence)) && !gatedTest(THEY_ASKED, sentence));
  if (!asking) return [];
  const generic = gatedTest(THEIR_QUESTIONS, sentence);
  const out: QuestionId[] = [];
  for (const t of TOPICS) {
    if (generic && t.id !== 'clarity') continue;
    if (gatedTest(t.re, sentence)) out.push(t.id);
  }
  return out;
}
