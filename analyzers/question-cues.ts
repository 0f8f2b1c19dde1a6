import type { QuestionId } from './types';
import type { SentenceShape } from './sentence-shape';
import { gatedTest, mayMatchText } from './regex-gate';
import { native } from './native-regex';

/**
 * The cues in a sentence that make one of the five questions fit (shared/questions.md, table
 * "suitable points"). Weights encode strength and specificity: a concern the buyer raised says
 * more than a tool they mentioned; a decision point more than a passing feature word.
 */
export interface CueHit {
  id: QuestionId;
  weight: number;
  /** Noun phrase naming what prompted it, combined across cues for fit and alternatives. */
  topic: string;
  /** Full human description, when the rule has a better one than "they mentioned <topic>". */
  say?: string;
}

interface CueRule {
  id: QuestionId;
  re: RegExp;
  weight: number;
  /** Text just before the match that turns it off (negation, reassurance, the writer's own doubt). */
  notAfter?: RegExp;
  /** The whole sentence turns it off. */
  unless?: RegExp;
  /** A check on the match the regex can't make (under the i flag a capital can't be required). */
  accept?: (m: RegExpExecArray, sentence: string) => boolean;
  /** A bare name (a tool); in a comparison it names an alternative, not their workflow. */
  nameOnly?: boolean;
  /** Sentence shapes where the words describe something else (a pitch lists "integrations"). */
  skipIn?: Array<keyof SentenceShape>;
  /** Only shown when the rule has no `say`. */
  topic?: (m: RegExpExecArray, sentence: string) => string;
  say?: (m: RegExpExecArray, sentence: string, topic: string) => string;
}

/** The clause from the match on, at most `words` words: the quoted evidence in a cue. */
export function snippet(sentence: string, from: number, words = 6): string {
  const rest = sentence.slice(from).split(/[,;.!?()\n]|\s[-\u2013\u2014]\s|\s+(?:but|so|because)\s/)[0];
  const parts = rest.trim().split(/\s+/);
  const cut = parts.slice(0, words).join(' ');
  return parts.length > words ? `${cut}\u2026` : cut;
}

const quoted = (m: RegExpExecArray, s: string) => snippet(s, m.index);
/** The words matched, lower-cased unless an acronym ("API", "SSO"). */
const named = (m: RegExpExecArray) => (/^[A-Z]{2,}s?$/.test(m[0]) ? m[0] : m[0].toLowerCase());
/** "they raised “…”": a lead-in and the quoted cue. */
const said = (lead: string) => (_m: RegExpExecArray, _s: string, t: string) => `${lead}\u201c${t}\u201d`;
const RAISED = said('they raised ');

/** Capitalised names after "with/to/against/from…": the vendors a comparison is about. */
const NAME_STOP = /^(?:I|We|You|They|Our|Your|Their|The|This|That|Q\d|EO[DW]|ROI|C[EFTO]O|VP|\w+day|(?:Jan|Feb|Ma[ry]|Apr|Ju[nl]|Aug|Sep|Oct|Nov|Dec)\w*)$/;
function namesNear(sentence: string, from: number): string[] {
  const clause = sentence.slice(from, from + 90);
  const names: string[] = [];
  const re = /\b(?:with|to|against|vs\.?|versus|and|or|from|at|like|than|over|is|are)\s+(\p{Lu}[\p{L}\p{N}.&'-]*(?:\s+\p{Lu}[\p{L}\p{N}.&'-]*)?)/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(clause))) {
    const name = m[1].replace(/[.']+$/, '');
    if (!NAME_STOP.test(name.split(/\s+/)[0]) && !names.includes(name)) names.push(name);
  }
  return names.slice(0, 2);
}

/** Business tools buyers name when they describe how they work today; case-sensitive names ("they use <Name>" catches any other). */
const TOOLS =
  /\b(?:Salesforce|Hub[Ss]pot|Net[Ss]uite|Excel|Google Drive|Sheets|Quick[Bb]ooks|Xero|SAP|Oracle|Workday|ServiceNow|Zendesk|Freshdesk|Intercom|Jira|Confluence|Asana|Trello|Notion|Airtable|Slack|Dynamics|Pipedrive|Zoho|Marketo|Pardot|Mailchimp|Klaviyo|Shopify|Magento|WooCommerce|BigCommerce|Stripe|Tableau|Power BI|Looker|Snowflake|Gong|Chorus|Outreach|Salesloft|Greenhouse|Lever|BambooHR|ADP|Gusto|Epic|Cerner|PowerSchool|Canvas|Blackboard|Procore|DocuSign|Monday\.com|ClickUp|Smartsheet|Dropbox|SharePoint|Okta|Outlook|Gmail|Follow Up Boss|athenahealth|Dentrix|Square|Toast|Clio|Guesty|Buildertrend)\b/;

const GENERIC_INVITE = /\b(?:let me know|feel free|happy to (?:answer|help with|address|discuss|talk through)|(?:reach|get) (?:out|back) (?:to me )?(?:with|if)|if you have any|any (?:other |further )?(?:questions|concerns))\b/i;
const NEGATED = /\b(?:no|not|without|zero|never|nothing to|do(?:n't| not)|no need to|none of the|free of)\s+(?:\w+\s+)?$/i;
const WRITER_SELF = /\b(?:I'm|I am|I was|I'd|I|we're|we are|we)\s+(?:\w+\s+)?$/i;

/**
 * Turns a decision-point cue off: the paperwork is already signed, it is their current contract, a
 * competitor's quote, or ours is only being put together.
 */
const DONE_OR_NOT_OURS = /\b(?:thanks? (?:you )?for signing|(?:is|was|ha(?:s|ve) been|were|are|got|all|already|just) (?:fully |now )?(?:signed|executed)|(?:received|got|have|for) (?:the |your )?signed\b|countersigned|executed (?:contract|agreement)|(?:current|existing|old) contract|(?<!the |our )contract with|contract (?:ends|expires|renews|up)|in agreement|(?:lower|competing|rival) (?:quote|proposal|bid)|(?:quote|proposal|bid)s? from (?!us)|(?:could|can|will) be ready|pu(?:t|ll)\w* together)\b/i;

const DP = ': a decision point';
/** Topics that say less than a named one; the chooser prefers a specific topic to these. */
export const COMPARING = 'comparing options';
export const STAYING = 'staying with what they have';
export const TODAYS_TOOLS = 'the tools they use today';

/** Alternatives that end in a space expect a name or a place next ("kept in Airtable", "in the shared inbox"), not any word. */
const NAME_OR_PLACE = /^(?:\p{Lu}|(?:(?:the|an?|their|his|her)(?! (?:week|day|month|year|few|couple|holiday|weekend)s?\b)|shared|spreadsheets?|paper|e-?mail|text|binders?|clipboards?)\b)/u;
const NAME_NEXT = (m: RegExpExecArray, s: string) => !/\s$/.test(m[0]) || native(NAME_OR_PLACE).test(s.slice(m.index + m[0].length));

const PITCH_ONLY: Array<keyof SentenceShape> = ['pitch'];
const LOGISTICS_OR_PITCH: Array<keyof SentenceShape> = ['pitch', 'scheduling'];

/** The rules by question, each question's in order (of equal weights, the first is its primary cue). */
const RULES: Record<QuestionId, Array<Omit<CueRule, 'id'>>> = {
  concerns: [
    // concerns: the buyer's hesitation, objection, worry, risk, budget or timing problem
    {
      re: /\b(?:concern\w*|worr\w*|hesita\w*|reservations?|objections?|push(?:ed)?[- ]?back|skeptic\w*|balk\w*|nervous|uneasy|apprehensive|roadblocks?|blockers?|obstacles?|red flags?|deal[- ]?breakers?|(?:show[- ]?stopper|non[- ]starter)s?|underwhelm\w*|disappoint\w*|frustrat\w*|sore point|afraid|scared|fears?|anxious|sticking points?|cold feet|on the fence|second thoughts|doubts?|(?:not|isn't|aren't) (?:yet )?(?:convinced|sold)|unconvinced|wary|learning curve|resistance|overkill|too (?:compl\w*|many (?:tools|apps|logins))|(?:big\w*|main|real) (?:issue|problem|hurdle|unknown|question mark)|disrupt(?!\w*ive)\w*|downtime|slow (?:\w+ ){0,2}down|(?:raised|ha[sd]) (?:\w+ )?(?:(?:question|issue|problem)s|trouble)|what happens (?:if|to)|(?:problem|issue) for (?:them|him|her|their))\b/gi,
      weight: 5,
      notAfter: NEGATED,
      // "Let me know if you have any questions or concerns" is a courtesy, not a concern they raised.
      unless: GENERIC_INVITE,
      skipIn: PITCH_ONLY,
      topic: quoted,
      say: RAISED,
    },
    {
      re: /\b(?:risks?|risky|security|privacy|complian\w*|GDPR|HIPAA|SOC ?2)\b(?![- ]free)/gi,
      weight: 4,
      notAfter: /\b(?:no|not|zero|without|reduc\w*|low\w*|minimi[sz]\w*|mitigat\w+|de-?risk\w*|less)\s+(?:\w+\s+)?$/i,
      skipIn: PITCH_ONLY,
      topic: quoted,
      say: RAISED,
    },
    {
      re: /\b(?:budgets? (?:\w+ ){0,2}(?:approval|(?:froz|freez|tight|cut|limit|constrain|issue|lock|spent|exhaust|gone|allocat)\w*)|(?:no|limited|tight|frozen|small(?:er)?|reduced) budgets?|over (?:\w+ )?budget|(?:hiring|spending) freeze|too (?:high|steep|much)|expensive|pricey|costly|can(?:not|['\u2019]t) afford|out of (?:\w+ )?reach|big (?:spend|investment|ask)|a lot of money|adds up|(?:money|cash(?: flow)?|funds)(?: is| are)? (?:tight|short)|more than (?:\w+ ){1,3}(?:spend|pay)|(?:pric\w*|cost|quote|number|term)s? (?:is|are|was|were|seem\w*|look\w*|fe(?:lt|els)|came in) (?:(?:high|steep)(?:er)?|above|over|a lot|an issue|a (?:problem|concern)|too|more than)|(?:higher|more) than (?:\w+ )?(?:expect|hop|budget|plann|want)ed|sticker shock|(?:hard|tough) to (?:justify|swallow)|(?:number|math|pric\w*|budget)s? (?:do(?:es)?|wo)n['\u2019]t (?:work|add up|fit)|price (?:objection|sensitiv\w*)|cheaper(?! (?:quote|bid|offer))|(?:ask|push)\w* (?:for|about) (?:a )?(?:discount|(?:lower|better) (?:price|terms)))\b/gi,
      weight: 5,
      skipIn: PITCH_ONLY,
      unless: /\b(?:sav(?:es?|ing)|(?:cut|reduc|lower)\w* (?:\w+ )?costs|cost-effective|affordable)\b/i,
      topic: quoted,
      say: said('budget came up: '),
    },
    {
      // A noun compound's head decides its topic: "integration costs" is about cost, not fit.
      re: /\b(?:budget|budgets|costs|cost of|fees|switching costs?|total cost|price point|pricing concerns?)\b/gi,
      weight: 3,
      skipIn: LOGISTICS_OR_PITCH,
      unless: /\b(?:sav(?:es?|ing)|(?:cut|reduc|lower)\w* (?:your|their|\w+ costs)|cost-effective|affordable|at no (?:extra )?cost|no (?:[\w-]+ )?fees|budget (?:\w+ ){0,2}(?:approved|allocated|secured|signed off|in place|confirmed))\b/i,
      topic: quoted,
      say: said('they mentioned '),
    },
    {
      re: /\b(?:timing|(?:not|isn't) (?:the )?right (?:time|moment)|bad time|not a priority|(?:other|competing) priorities|bandwidth|too busy|can(?:not|['\u2019]t) (?:commit|take on)|(?:do(?:es)?(?:n't| not) have|short on|lack\w*) (?:the |enough )?(?:time|staff|people|capacity|resources)|short-?(?:staff|hand)ed|no time (?:to|for)|re-?org\w*|restructur\w*|stretched (?:thin)?|too (?:early|soon)|not (?:ready|now)|(?<=(?:until|till|to|into|maybe) )next (?:fiscal )?year|on hold|postponed|paused|(?:revisit|circle back|reconnect) (?:in|next|after|later)|drag\w* \w+ feet|slip\w* (?:to|past|into)|(?:gone|went) (?:quiet|dark)|stall\w*|wait (?:until|till) (?:next|after|q\d))\b/gi,
      weight: 4,
      skipIn: LOGISTICS_OR_PITCH,
      notAfter: /\b(?:no|the right|perfect|good|great)\s+$/i,
      topic: quoted,
      say: said('timing came up: '),
    },
    {
      re: /\b(?:did(?:n't| not) go well|went (?:badly|poorly|sideways)|(?:got|been|were|was) (?:burned|let down)|off guard|bad experience|painful (?:rollout|migration|switch|experience|implementation)|(?:(?:feel|seem|fel)\w*|is) (?:like )?(?:a lot|too (?:much|big|long|risky)|risky|steep|tight|heavy|unrealistic|aggressive|a stretch|a big ask)|(?:a )?big commitment|(?:too|very) (?:long|big) (?:a )?(?:commitment|contract|term)|(?:it|that|this|they|which) failed|overspen\w*|tanked|gun[- ]shy|went back to|sat unused|tried (?:something like )?(?:this|that|it) (?:before|already|in \d{4}|last year)|(?:wants?|ask\w* for|needs?) (?:customer )?(?:references|proof|case studies))\b/gi,
      weight: 4,
      topic: quoted,
      say: RAISED,
    },
    {
      // Reassuring or acknowledging a worry (or conceding their point) means they have one worth
      // asking about; what the point was about (a cost, a competitor) says more, so it weighs less.
      re: /\b(?:(?:fair|good|valid) points?|point taken|(?:nothing|no need) to worry|(?:don't|do not|not to) worry|rest assured|(?:hear\w*|understand|get) you on (?:the )?[\w-]+(?: [\w-]+)?)/gi,
      weight: 3.5,
      topic: quoted,
      say: said('you answer a worry before asking about it: '),
    },
    {
      re: /\b(?:(?:not|(?:is|are|was|were)n't) (?:yet )?(?:sure|comfortable|keen|thrilled|happy)|unsure|undecided|torn between|cautious|careful)\b/gi,
      weight: 4,
      notAfter: WRITER_SELF,
      topic: quoted,
      say: said('they sound unsure: '),
    },
    {
      re: /\b(?:flagged|sign[- ]off from|approval from|needs? (?:to )?(?:get )?approv\w*|run (?:it|this) (?:by|past)|check with \w+ (?:boss|manager|c[ef]o|vp|legal|team|board|director|head)|(?:legal|security|procurement|approval) (?:review|team|questionnaire|process)|board approval|(?:cfo|ceo|vp|boss|board|finance|it team)(?: is| was| has| needs| wants)? (?:needs convincing|pushing back))\b/gi,
      weight: 3,
      notAfter: WRITER_SELF,
      topic: quoted,
      say: said('a possible roadblock: '),
    },
  ],

  fit: [
    // fit: implementation, integration, onboarding, rollout, migration, today's tools, adoption
    {
      // "integration costs" is about cost (the head noun), so the lookahead leaves it to concerns.
      re: /\b(?:integrat\w*|implement\w*|onboard\w*|roll(?:ing)?[- ]?(?:it |this )?out|import\w* (?:your|their|existing|historical|old|legacy|all)|re-?key\w*|across (?:\w+ )?(?:sites|locations|branches|offices|stores|clinics|regions|departments)|(?:does|do|handles?) (?:[\w-]+ )?differently|migrat\w*|deploy\w*|workflows?|adopt\w*|change management|day[- ]to[- ]day|go[- ]live|cut[- ]?over|middleware|alongside(?! (?:us|our)\b)|(?:data|inventory|two-way) (?:import|export|sync|transfer)|sync(?:s|ing)? (?:with|every)|(?:connect|hook|plug)\w* (?:it |this )?(?:up )?(?:to|with|into)|APIs?|SSO|SAML|single sign-on|provisioning|up to speed|tech stack|set(?:ting)?[- ]?ups?(?! (?:with )?(?:an?|some|the) (?:[\w-]+ ){0,2}(?:call|time|meeting|demo|chat|session|quick|trial|account|login|sandbox))|train(?:ing|ed)|(?:need|have) to (?:learn|be trained))\b(?!\s+(?:costs?|fees?|pricing|price))/gi,
      weight: 3,
      skipIn: PITCH_ONLY,
      topic: named,
    },
    {
      // Their conditions: who would run it, where and how they work, what they already have, a
      // team that changes or grows (who will adopt it, what would have to change).
      re: /\b(?:(?:current|existing|manual|internal|their|your|old|legacy) (?:[\w-]+ ){0,2}(?:process\w*|set-?up|systems?|stack|tools?|crm|erp|database)|(?:current|existing|old|legacy) (?:[\w-]+ ){0,2}(?:store|data|records|lists?)|maintain(?:s|ed|ing)? it|who (?:would|will) (?:own|maintain|manage|run) (?:it|the \w+)|patchwork|mix of|macros|cop\w*(?: and |-| )?past\w*|double[- ]entry|re-?enter\w*|personal (?:phone|device)s?|own (?:[\w-]+ )?(?:tracker|(?:spread)?sheet|list|system)s?|no (?:central|single|shared) [\w-]+|on paper|whiteboard|sticky note|typ(?:e[sd]?|ing) (?:\w+ )?(?:up|in|into)\b|runs? off|new (?:hires|vp|head|director|manager|lead|c[emfrot]o)|inherit\w*|(?:just|recently) (?:left|joined)|hired|hiring(?= (?:more|new|an?\b|\d))|merg\w*|acqui(?:red|sition)|headcount|upmarket|(?:grow|doubl|tripl|expand|scal)\w*(?= (?:the\w*|its|into|to|from)\b)|phas\w* (?:it |this )?in|start\w* (?:small|with (?:one|a single|a few))|(?:more|new|second|another|other|remaining) (?:\w+ )?(?:clinic|site|location|store|branche|market|state|countrie|region|warehouse)s?|works? with (?:their|your|the) (?:existing |current )?[\w-]+|(?:would|will|does|do) (?:it )?work with (?:it|this|our|the)|(?:would|will|could|can) (?:\w+ )?use (?:it|this) (?:daily|(?:every|each) day|on|in|from|with|during|for)|works? (?:in the field|remotely|on the road|on[- ]site|from (?:tablets|phones|the truck))|offline|(?:they|you|we|team) already (?:ha(?:ve|s)|us(?:es?|ing)|owns?))\b/gi,
      weight: 3,
      skipIn: PITCH_ONLY,
      topic: named,
    },
    {
      re: /\b(?:(?:tools?|stack|systems?|tech|software)\s*[:-]|(?:they|you|team|reps|staff|agents)\s+(?:currently |still |mostly |mainly )?(?:us(?:es?|ing)|runs? on|lives? in|works? in|rel(?:y|ies) on|(?:track|manage) (?:it|this|everything) in)\b|(?:us(?:es?|ing)|rel(?:y|ies) on) (?:an? |the )?(?:(?:pen and )?paper|spreadsheets?|whiteboards?|text messages|phone calls|shared (?:inbox|drive|sheet)|manual)\b|(?:handl|manag|track|log|do|run|work)\w*\b[^.?!]{0,60}\b(?:today|currently|right now|at the moment)\b|(?:today|currently|right now|at the moment),? (?:the(?:y|ir)?|each|every\w*|all|your)\b|(?:currently|usually|typically|still) (?:handl|manag|track|log|do(?!n)|run|us|keep|book|rel|enter|send|print|updat|fill|post|chas|count|record)\w*|by hand|manually|(?:they|you)(?:'ve| have) (?:been )?us(?:ed|ing)|us(?:ing|es?) (?=\p{Lu})|(?:mov|switch)\w* (?:away |over )?from (?:paper|spreadsheets?|manual)|(?:in|on|into) (?:[\w-]+ ){0,3}(?:(?:spread|work)?sheets?|workbooks?)|(?:(?:track|manag|stor|handl|schedul|liv|enter|submit|coordinat|export|organi[sz]|clock)(?:e[sd]?|ed|ing|s)?|log(?:s|ged)?|keeps?|kept|plan(?:s|ned)?|run(?:s|ning)?|do(?:es|ing|ne)?|work(?:s|ing)?|sits?)\s+(?:[\w-]+\s+){0,4}(?:in|on|over|with|through|via)\s+)/giu,
      weight: 3,
      skipIn: LOGISTICS_OR_PITCH,
      accept: NAME_NEXT,
      topic: () => TODAYS_TOOLS,
    },
    {
      // Even inside a pitch, how *their* people work is their workflow: "so your reps wouldn't
      // need to change how they log calls" is the place to ask what would have to change.
      re: /\b(?:chang|learn|switch|adjust|rethink)\w* how (?:they|you|their|your)\b|\bhow (?:your|their) [\w ]{0,20}(?:work|handl|book|manag|track|log|run)/gi,
      weight: 3,
      topic: () => 'how their team works today',
    },
    {
      // A tool as the place their work happens ("updates inventory in QuickBooks") is their practice.
      re: new RegExp(`\\b(?:in|into|via) ${TOOLS.source.slice(2)}`, 'g'),
      weight: 3,
      // "I'll post the recap in Slack" is the writer's errand.
      notAfter: /\b(?:I|we)\b/i,
      nameOnly: true,
      skipIn: LOGISTICS_OR_PITCH,
      topic: () => TODAYS_TOOLS,
    },
    {
      re: new RegExp(`${TOOLS.source}|\\bspreadsheets?\\b`, 'g'),
      weight: 2,
      nameOnly: true,
      skipIn: LOGISTICS_OR_PITCH,
      topic: (m) => m[0],
    },
  ],

  alternatives: [
    // alternatives: competitors, other vendors, in-house, status quo, doing nothing, comparison
    {
      re: /\b(?:compar\w*|(?:evaluat\w*|looking at|considering)\s+(?:us|you|other|a few|several|options|vendors|tools|solutions)|shortlist\w*|RFP|bake[- ]?off|side[- ]by[- ]side|head[- ]to[- ]head|versus|vs\.?|weighing (?:up )?(?:options|vendors|tools)|shopping around|(?:also|still) (?:looking at|talking (?:to|with)|speaking with|considering|evaluating|triall?ing|piloting|demoing)|(?:other|another|several|a few|multiple|two|three) (?:\w+ )?(?:vendor|provider|option|solution|tool|platform|product|quote|bid)s?|competi(?:tors?|tion)|(?:lower|cheaper|compet(?:ing|itive)|rival) (?:quote|bid|offer|price)|alternatives?|outsourc\w*|finalists|fallback|plan b|alongside (?:us|our)|default (?:choice|option)|front-?runner|leaning towards?|(?:choos|decid)\w* between|hir(?:e|ing) (?:another|an extra|more)|(?:measure|stack)s? up|differ\w* from|instead of (?:buy|switch)\w*|u[ps] against|(?:quote|proposal|bid)s? from (?!us)|quoted (?:them|him|her)|what else is out there|rest of the market|one of the options|(?:other|the) options (?:you|they)(?:'re| are)?\s*(?:look|consider|weigh)\w*|look(?:ing)? around)\b/gi,
      weight: 4.5,
      notAfter: /\b(?:your|their|his|her)\s+(?:\w+\s+)?$/i,
      skipIn: PITCH_ONLY,
      topic: (m, s) => {
        const names = namesNear(s, m.index);
        if (names.length) return `a comparison with ${names.join(' and ')}`;
        return /^(?:competitor|alternative)/i.test(m[0]) ? m[0].toLowerCase() : COMPARING;
      },
    },
    {
      re: /\b(?:in[- ]house|home[- ]?(?:grown|built)|internal(?:ly built)? (?:tool|build|solution|system)|(?:build|script|cod|develop|writ)\w*\b[^.?!]{0,30}\b(?:themselves|yourselves|ourselves|internally|on (?:their|your) own)|roll(?:ing)? (?:their|your) own|DIY|bespoke|(?:hack|cobble)\w* (?:\w+ )?together|build (?:vs\.?|or) buy|their own (?:tool|solution|system|version)|(?:tool|system|app|platform)s? (?:they|you|their team)(?:'ve| have)? built|(?:dev|engineering|it) team (?:could|can|would|might|wants to) build)\b/gi,
      weight: 4.5,
      // "They use HubSpot and a homegrown tool for billing" is the tool they run today (fit), not
      // a build they might choose instead; unless building comes up in the same sentence.
      unless: /^(?!.*\bbuil(?:d|t|ding)\b).*\b(?:us(?:es?|ing|ed)|run(?:s|ning)?|rel(?:y|ies) on|on)\b[^.?!;]{0,40}\b(?:a|an|the|their|its|our) (?:home[- ]?grown|in[- ]house|internal) (?:tool|system|app|platform|database|crm|spreadsheet|portal)s?\b/i,
      topic: () => 'an in-house build',
    },
    {
      // Under the i flag \p{Lu} folds to any cased letter, so "stick with \p{Lu}" takes any word.
      re: /\b(?:status quo|do(?:ing)? nothing|(?:stick|stay)(?:ing)? (?:with|on) \p{Lu}|keep(?:ing)? (?:doing it|using|(?:the|their|your) (?:current|existing|spreadsheet))|things (?:as|the way) they are|get by|make do|(?:they|he|she|team|director|manager|boss)(?:'d| would) rather|rather than (?:switch|chang|buy|bring|mov)\w*|not (?:chang\w* anything|switch\w*)|(?:current|existing) (?:vendor|provider|supplier|agency|contract|(?:tool|system|platform|solution)s? (?:is|are) (?=\p{Lu}))|(?:contract|renewal) with (?=\p{Lu})|working (?:ok(?:ay)?|fine|for now)|(?:well|good) enough|(?:switch|chang)\w* (?:might|may|is|would)(?:n't| not) (?:be )?worth|not worth (?:it|switch|chang)|(?:happy|satisfied)(?: enough)? with (?:their|what)|incumbent|(?:old|previous|former|prior) (?:[\w-]+ )?(?:vendor|provider|supplier|agency)s?|parted ways|ditch\w*|mov(?:ed|ing) off|muddl\w*|open to switching|renew(?:ing)? (?:with|what)|switch(?:ing)? (?:away |over )?from(?! (?:paper|spreadsheets?|manual|pen|whiteboards?))|replac(?:e|ing) \p{Lu})/giu,
      weight: 4.5,
      skipIn: PITCH_ONLY,
      topic: (m, s) => {
        if (/nothing/i.test(m[0])) return 'doing nothing';
        if (/^(?:o|p|f|dit|mov)/i.test(m[0])) return 'the vendor they left';
        const names = namesNear(s, m.index);
        return names.length ? `staying with ${names.join(' and ')}` : STAYING;
      },
      // "a contract with Oracle" is theirs; "the contract with the changes" is ours.
      accept: (m, s) => !/^c\w+ w/i.test(m[0]) || /^\p{Lu}/u.test(s.slice(m.index + m[0].length)),
    },
  ],

  clarity: [
    // clarity: the decision point
    {
      re: /\b(?:order form|contract|agreement|MSA|SOW|statement of work|proposal|quot(?:e|ation)|pricing (?:proposal|sheet)|final (?:pric\w*|terms)|(?:renewal|commercial|contract|the|our) terms|paperwork|redlines?|DocuSign|e-?signature|purchase order|PO)\b(?! (?:turnaround|times?|requests?|process))/gi,
      weight: 4,
      unless: DONE_OR_NOT_OURS,
      topic: (m) => `the ${/^docusign$/i.test(m[0]) ? 'DocuSign envelope' : named(m)}`,
      say: (_m, s, t) => {
        if (/\b(?:asked for|requested|wants?|waiting (?:for|on))\b/i.test(s)) return `they asked for ${t}${DP}`;
        return `${t} ${/s$/.test(t) ? 'are' : 'is'} ${/\b(?:attached|enclosed|here(?:'s| is)|sen[dt]\w*|ready|drafted|prepared|review)\b/i.test(s) ? 'ready' : 'on the table'}${DP}`;
      },
    },
    {
      re: /\bsign(?:ed|ing)?\b(?![- ](?:on|off|up|in|ups)\b)|\b(?:signatures?|your initials|initial (?:here|(?:each )?page))\b/gi,
      weight: 3.5,
      notAfter: /\b(?:a|the|any|good|great|positive|warning|clear|early)\s+$/i,
      unless: DONE_OR_NOT_OURS,
      say: () => `a signature is next${DP}`,
    },
    {
      re: /\b(?:ready to (?:move forward|go ahead|proceed|sign|buy|commit|purchase|(?:get )?start(?:ed)?)|(?:wants?|agreed|keen|eager|plan\w*|looking|hoping) to (?:move forward|go (?:ahead|with)|proceed)|green light|verbal (?:yes|commit\w*|agreement)|next steps? (?:to|towards?|for) (?:sign|purchase|buy|close|move forward)|final (?:decision|approval)|decision (?:by|this week|next week|on whether)|(?:make|making) (?:a|the|their|your) decision|make (?:it|this|things) official|in writing|pen to paper|finish line|(?:last|final) step|dotted line|good to go|go[- ]ahead)\b/gi,
      weight: 4.5,
      say: (m) => `${/decision|next|final/i.test(m[0]) ? 'a decision is coming up' : 'they are ready to move forward'}${DP}`,
    },
    {
      re: /\b(?:move forward|moving forward with|let's get (?:you )?started|shall we get started|to get started,? (?:just|simply)|ready when you are|just (?:reply|say) (?:yes|the word)|(?:here(?:'s| is)|attached (?:is|are)) (?:our|the) pricing)\b/gi,
      weight: 3,
      say: () => `a closing call to action${DP}`,
    },
  ],

  outcome: [
    // outcome: pitching features or proposing a demo before their goals are known; early discovery
    {
      re: /\b(?:demo|walk-?through|(?:walk\w*|take|r[au]n) (?:you |your team )?through|show you (?:how|what|around|it|a (?:few|couple)|some|our)|to show you|screen[- ]?share|in action|tour|(?:quick|short|proper) look|trial|account|sandbox|pilot|proof of concept|POC|book a (?:call|meeting|time|slot)|(?:hop on|open to|worth|free for) a (?:[\w-]+ ){0,2}(?:call|chat|conversation)|send (?:you|over) (?:\w+ ){0,3}(?:video|deck|overview|case stud\w+|customer stor\w+)|you(?:'d| would) like to see it|showing (?:you )?how)\b/gi,
      weight: 2.5,
      unless: /\b(?:thanks? (?:you )?for (?:the|your|joining|attending)|(?:after|during|in) (?:the|our) demo|(?:demo|pilot|trial|tour) (?:follow[- ]?up|recap|went|was|notes|debrief|results)|post[- ]demo|(?:great|good|nice) demo)\b/i,
      say: () => 'you propose a demo before asking about their goals',
    },
    {
      re: /\b(?:(?:goals?|objectives?|success criteria) (?:(?:are|is) )?(?:unclear|unknown|vague|tbd|not (?:yet )?(?:clear|defined|set|discussed))|no (?:clear )?(?:goals?|objectives|specifics)|inbound (?:lead|inquiry)|new lead|downloaded (?:\w+ )?(?:pricing|guide|white ?paper|e-?book)|not (?:sure|clear)(?: yet)? what (?:they|success|problem)|(?:filled|filling) (?:in|out) (?:the|a|our) form)/gi,
      weight: 4,
      say: () => 'their goals are not clear yet',
    },
    {
      re: /\b(?:discovery|intro(?:ductory)? (?:call|mtg|meeting)|(?:first|cold) (?:call|meeting|mtg)|initial call)\b/gi,
      weight: 1.5,
      say: () => 'early discovery: their goals are not written down yet',
    },
  ],
};
const CUE_RULES: CueRule[] = (Object.keys(RULES) as QuestionId[]).flatMap((id) => RULES[id].map((r) => ({ ...r, id })));

/** One pitchy sentence (often an answer to their question) is not enough alone; two are. */
export const PITCH_TOPIC = 'features';
/** Marketing claims: one such sentence is a pitch whether or not it answers them. */
const HYPE = /\b(?:the (?:\w+est|only) way|(?:market|industry)[- ]lead|best[- ]in[- ]class|award[- ]winning|trusted by|in (?:seconds|minutes|half)|overnight|(?:hour|day|week)s instead of|you(?:'ll| will) love)/i;
const PITCH_CUE: CueRule = {
  id: 'outcome',
  re: /./g,
  weight: 2,
  topic: () => PITCH_TOPIC,
  say: () => 'you are pitching features before asking about their goals',
};

/**
 * Every cue in one sentence, at most one per rule (the first that survives its checks). Several
 * cues for one question in one sentence are one piece of evidence: the strongest keeps its weight.
 */
export function sentenceCues(sentence: string, shape: SentenceShape): CueHit[] {
  const hits: Array<CueHit & { nameOnly?: boolean }> = [];
  if (shape.pitch) hits.push({ ...hit(PITCH_CUE, /./.exec(sentence) as RegExpExecArray, sentence), weight: gatedTest(HYPE, sentence) || native(LIST3).test(sentence) ? HYPE_WEIGHT : PITCH_CUE.weight });
  for (const rule of CUE_RULES) {
    if (rule.skipIn?.some((k) => shape[k])) continue;
    if (!mayMatchText(rule.re, sentence)) continue;
    if (rule.unless && native(rule.unless).test(sentence)) continue;
    rule.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = rule.re.exec(sentence))) {
      if ((!rule.notAfter || !native(rule.notAfter).test(sentence.slice(Math.max(0, m.index - 28), m.index))) && (!rule.accept || rule.accept(m, sentence))) {
        hits.push({ ...hit(rule, m, sentence), nameOnly: rule.nameOnly });
        break;
      }
      if (m[0].length === 0) rule.re.lastIndex++;
    }
  }
  const comparing = hits.some((h) => h.id === 'alternatives');
  const kept = comparing ? hits.filter((h) => !(h.nameOnly && h.id === 'fit')) : hits;
  const best = new Map<QuestionId, number>();
  for (const h of kept) best.set(h.id, Math.max(best.get(h.id) ?? 0, h.weight));
  const seen = new Set<QuestionId>();
  return kept.map(({ nameOnly: _n, ...h }) => {
    const primary = h.weight === best.get(h.id) && !seen.has(h.id);
    if (primary) seen.add(h.id);
    return primary ? h : { ...h, weight: h.weight * SAME_SENTENCE };
  });
}

/** "adds A, B and C": a pitch that lists three things is a feature list, not an answer to them. */
const LIST3 = /,.*(?:,| and )/;

const SAME_SENTENCE = 0.3;
const HYPE_WEIGHT = 2.5;

function hit(rule: CueRule, m: RegExpExecArray, sentence: string): CueHit {
  const topic = rule.topic?.(m, sentence) ?? '';
  return { id: rule.id, weight: rule.weight, topic, say: rule.say?.(m, sentence, topic) };
}

/** The buyer's goals are already on the page, so a pitch is no longer "before their goals". */
export const GOALS_KNOWN =
  /\b(?<!(?:n't|not|no) (?:\w+ ){0,3})(?:your|their|his|her) (?:goals?|objectives?|priorit\w*|targets?)\b(?! (?:are |is )?(?:unclear|unknown|vague|not))|\bgoals?:(?! ?(?:unclear|unknown|tbd|\?))|\b(?:you|they) (?:(?:want|hope|need)\w*|are hoping) to (?:cut|reduce|grow|increase|improve|hit|reach|get|save|double|halve)|\bsuccess (?:for (?:you|them)|looks like|would (?:look|be|mean))/i;
