/**
 * Lexicon macros for the social-pressure (`sp…`), adversarial (`adv…`) and dismissive (`dis…`)
 * rules (see rules/lexicon.ts). The prefixes keep names clear of the other families' macros.
 * Bodies are compromise alternations: contractions written expanded where the tokenizer expands
 * them ("do not"), regex terms with no `|` or `(` inside.
 */
export const WORDS: Record<string, string> = {
  // ---- social pressure: the crowd a rep points at -------------------------------------------
  // Who "already switched": the buyer's competitors and peers, or a crowd of lookalikes.
  spPeers:
    'competitors|competition|rivals|peers|peer companies|industry peers|counterparts|neighbors|neighbours|colleagues in the industry|peer group|competitor|closest competitor|biggest competitor|main competitor|top competitors|biggest competitors|main competitors|closest competitors',
  // Organisations like the buyer's: "companies like yours", "other clinics", "teams in your space".
  // Single words only: crowd-already-adopted puts it right after a wildcard.
  spOrgs:
    'companies|teams|businesses|firms|brokerages|shops|schools|clinics|agencies|brands|organizations|organisations|orgs|practices|hospitals|retailers|banks|stores|startups|districts|departments|groups|leaders|cfos|ceos|ctos|vps|operators|owners|providers|manufacturers|distributors|labs|studios|restaurants|nonprofits|universities|performers|players|dealerships|lenders|insurers|carriers|councils|charities|unions|wholesalers|franchises|franchisees|dealers|resellers|brokers|chains|hotels|airlines|publishers|platforms',
  // One of those organisations, in "every [agency] in your region": single words only.
  spOrgOne:
    'company|team|business|firm|brokerage|shop|school|clinic|agency|brand|organization|organisation|org|practice|hospital|retailer|bank|store|startup|district|department|group|leader|cfo|ceo|cto|coo|cio|vp|operator|owner|provider|manufacturer|distributor|lab|studio|restaurant|nonprofit|university|player|performer|dealership|lender|insurer|carrier|council|charity|union|wholesaler|chain|hotel|airline|publisher|competitor|rival|peer|one',
  // The crowd a rep names without a count: the buyer's rivals and peers. Single words.
  spOthers: 'competitors|competitor|competition|rivals|rival|peers|counterparts|counterpart|neighbors|neighbours',
  // A move to the seller on its own: "three of your competitors [signed] with us". Single words,
  // past tense or in progress; bare "use" describes and needs "already" (spAlreadyDoing).
  spJoined:
    'switched|switching|signed|migrated|migrating|adopted|adopting|joined|upgraded|converted|transitioned|onboarded|enrolled|subscribed|partnered|standardized|standardised|flocking',
  // What a crowd has "already" done: any sign of being on board, ahead, or using it. Single words.
  spAlreadyDoing:
    'switched|switching|signed|migrated|migrating|adopted|adopting|joined|joining|upgraded|upgrading|converted|transitioned|onboarded|enrolled|subscribed|partnered|standardized|standardised|flocking|moved|moving|using|use|uses|live|customers|customer|clients|client|users|ahead|trust|trusting|rely|relying|running|seeing|getting|reaping|benefiting|benefitting|saving|aboard|onboard|winning|automating|automated|outpacing|rolled|rolling|deployed|implemented|implementing|bought|buying|purchased|invested|investing|chose|chosen|picked|committed|there|modernized|modernised|digitized|digitised|leaving',
  // "companies [like yours]".
  spLike: 'like yours|like you|like your team|like your company|your size|of your size|similar to yours|in your position|in your shoes|in your situation',
  // Where those lookalikes are: "in your [space]".
  spDomain: 'space|industry|sector|market|vertical|field|niche|region|area|network|peer group|category|segment|city|state|town|world|country|league|community',
  // What the crowd "already" did: adopted, switched, signed, got ahead.
  spAdopted:
    'moved|moving|moved over|switched|switched over|switching|made the switch|made the move|made the jump|making the switch|making the move|making the jump|migrated|migrating|signed|signing|signed up|signing up|signed on|adopted|adopting|joined|joining|upgraded|upgrading|using|use|uses|on board|onboard|on our platform|with us|bought in|buying in|invested|investing|rolled out|rolling out|standardized on|standardised on|chosen|chose|choosing|gone with|went with|going with|partnered with|jumped on|jumping on|jumping ship|on the bandwagon|seeing results|getting results|benefiting|benefitting|reaping|saving|ahead|pulling ahead|getting ahead|moving ahead|leaving you behind|outpacing you|on it|doing it|doing this|implementing|implemented|deploying|deployed|live|live on|live with|up and running|in production|running on|relying on|rely on|trust us|trusting us|working with us|bought|buying|purchased|converted|converting|transitioned|transitioning|flocking|flocking to us|lining up|coming over|piling in',
  // The crowd's move in a numbers claim ("500 companies [signed up]"): no bare "use", which
  // describes ("most teams use spreadsheets"), only using *us*.
  spCrowdVerb:
    'moved|moving|moved over|switched|switched over|switching|made the switch|made the move|made the jump|migrated|migrating|signed|signed up|signing up|signed on|adopted|adopting|joined|joining|jumped on|jumping on|upgraded|upgrading|on board|onboard|gone with|went with|chose|chosen|rely on us|relying on us|trust us|trusting us|use us|use our|uses our|using our|using us|using this|on our platform|run on our|running on our|runs on us|run on us|runs on our|running on us|invested in|flocking|flocking to us|live on|live with|up and running with|standardized on|standardised on|seeing results|getting results|pulling ahead|getting ahead|leaving you behind|outpacing you|made this move|made this switch',
  // A big crowd in numbers: "thousands of teams", "500+ companies".
  spCrowdSize:
    'thousands|hundreds|millions|dozens|countless|most|majority|half|/^[0-9][0-9,+]*k?$/|/^[0-9][0-9,.]*[0-9]%$/|/^[0-9]+%$/',
  // Who is in that crowd.
  spCrowdNoun:
    'teams|companies|customers|clients|builders|contractors|carriers|forwarders|businesses|brands|users|organizations|organisations|orgs|firms|agencies|schools|clinics|hospitals|retailers|leaders|professionals|people|reps|sales teams|marketers|developers|founders|cfos|ctos|ceos|vps|managers|enterprises|startups|smbs|banks|stores|shops|practices|restaurants|agents|brokers|partners|institutions|districts|municipalities|nonprofits|your industry|the industry|your space|your sector|your market|your network|your peer group|your region|your vertical|your field',

  // The odd one out in "don't be the only [team] still...".
  spOddOne:
    'one|ones|team|teams|company|companies|business|businesses|firm|firms|agency|agencies|school|schools|clinic|clinics|practice|practices|shop|shops|store|stores|brand|brands|org|orgs|organization|organisation|player|players|department|departments|district|districts|hospital|hospitals|cfo|ceo|leader|leaders|person|people|group|office|offices|retailer|retailers|bank|banks|vendor|vendors|startup|startups|restaurant|restaurants|customer|customers',

  // ---- social pressure: shop activity notifications ------------------------------------------
  // How many shoppers: digits ("1,626", "210+"), number words and vague crowds.
  spCount:
    'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|multiple|numerous|few|dozens|hundreds|thousands|lots|/^[0-9][0-9,.+]*k?[+]?$/',
  // Hedges in front of a count: "over 250 people", "more than 1,000 sold".
  spAbout: 'over|more than|nearly|almost|about|around|at least|upwards of|close to|roughly|approximately|approx|some|another',
  // Who they are.
  spShoppers:
    'people|person|persons|users|user|customers|customer|shoppers|shopper|visitors|visitor|buyers|buyer|others|other|other people|other customers|other shoppers|other users|other buyers|other persons|of people|of customers|of shoppers|of users|of buyers|of visitors|guests|members|fans|folks|travelers|travellers|readers|students|clients|parents|families|owners|riders|drivers|gamers|collectors|moms|dads|women|men',
  // What they did: bought.
  // ("1,204 claimed" on a deal is a supply counter, left to the scarcity rules.)
  spBought: 'bought|purchased|ordered|grabbed|snagged|booked|picked up|scooped up',
  // A stretch of recent time: "in the last 24 hours", "today", "this week".
  spRecently:
    'today|yesterday|tonight|recently|this week|this month|this morning|this hour|just now|right now|currently|now|in the last|in the past|in last|in past|during the last|during the past|over the last|over the past|within the last|within the past|since yesterday|last week|last month|last night|per day|per hour|per week|a day|an hour|a week|each day|every day|every hour',
  // Units of an "N minutes ago" popup.
  spAgoUnit:
    'second|seconds|sec|secs|minute|minutes|min|mins|hour|hours|hr|hrs|day|days|week|weeks|/^[0-9]+m$/|/^[0-9]+h$/|/^[0-9]+mins?$/|/^[0-9]+hrs?$/',
  // A single shopper named by a popup: "someone" ("a shopper" is spelled out in the patterns,
  // because a pattern must start with single words to stay cheap).
  spSomeone:
    'someone|somebody',

  // ---- adversarial: the buyer as opponent ---------------------------------------------------
  // The people a note treats as the target, as an object ("corner [them]", "squeeze [procurement]").
  // Rules write %advTarget% and wrap their patterns in eachTarget(), which spells it out as three
  // patterns that each start cheaply: a pronoun or team word, or a determiner, maybe a word, and a role.
  advObject: 'them|him|her|procurement|purchasing|legal|finance',
  advDet: 'the|their|this|that|these|those',
  // The same people as the subject that opens a pattern, in two cheap single-word steps:
  // "procurement [is the enemy]", "their [cfo] is the target".
  advSubject: 'they|he|she|procurement|purchasing|legal|finance',
  advRole:
    'buyer|buyers|prospect|prospects|client|clients|customer|vp|cfo|ceo|cto|coo|cio|director|champion|committee|board|owner|founder|gatekeeper|gatekeepers|procurement|purchasing|legal|finance|team|boss|account|lead|guy|guys|decision maker|decision makers|economic buyer|buying committee|procurement team|legal team|finance team|budget holder|head|manager|skeptic|sceptic|skeptics|holdout|holdouts|members|detractor|blocker|blockers|controller|counsel|lawyer|lawyers|gc|dean|principal|gal|folks|people',
  // A single person on the buyer's side, as a pattern's subject: "their [cfo] is the obstacle".
  advPerson: 'vp|cfo|ceo|cto|coo|cio|ciso|director|champion|guy|gal|lead|manager|head|boss|gatekeeper|buyer|owner|founder|controller|counsel|skeptic|sceptic',
  // What a buyer holds out with, one word each (for use right after a wildcard).
  advDefenseWord:
    'objection|objections|pushback|resistance|defenses|defences|defense|defence|hesitation|hesitations|reservations|skepticism|scepticism|doubts|excuses|arguments|argument|counterarguments|stalling|concerns|worries',
  // What a buyer holds out with: objections, pushback, resistance.
  advDefense:
    'objection|objections|argument|arguments|counterarguments|pushback|push back|resistance|defenses|defences|defense|defence|guard|walls|wall|hesitation|hesitations|reservations|skepticism|scepticism|doubts|concerns|excuses|stalling|no|no\'s|nos',
  // The buyer's side as the subject of a give-in: "[procurement] caved".
  advThey: 'the buyer|the client|the cfo|they|he|she|procurement|legal|the champion',
  // Whose objections: "crush [all their] objections"; advTheirAny adds "remaining", "last", "final".
  advTheirAll: 'all of their|all their|their|his|her|the|any|all|every|those|these|each',
  advTheirAny: 'all of their|all their|their|his|her|the|any|all|every|those|these|each|remaining|last|final',
  // What an objection is about: "their [pricing] objection".
  advTopic: 'price|pricing|budget|security|legal|last|final|remaining|main|biggest|little|usual',

  // Groups several patterns repeat, kept once for the in-page bundle's size.
  disGrasp: 'know what you are talking about|see the big picture|see the bigger picture|see the point|get the point|get it|get how|get what|get why|know how|understand how|understand what|understand why|understand|grasp|comprehend|follow|realize|realise|appreciate|read',
  disClaim: 'objection|argument|logic|reasoning|point|claim|comparison|concern|math|maths|numbers|complaint|request|idea',
  advObstacle: 'obstacle|roadblock|problem to solve|thorn in our side',
  spCartWord: 'cart|carts|basket|baskets|bag|bags|trolley|trolleys|wishlist|wishlists',

  disNobody: 'none of our other customers|none of our customers|none of our clients|no other customer|no other client|nobody|no one',
  spShopper: 'shopper|customer|buyer|visitor|user|guest|person',
  advEnemy: 'other side|enemy|opposition|opponent|adversary',
  disFailTo: 'are failing to|do not|did not|can not|fail to|failed to|are not|refuse to|cannot',
  spCartOne: 'cart|basket|bag|trolley|wishlist',
  advTheirSome: 'their|his|her|the|any|all|every|those|these',
  spBuys: 'bought|purchased|ordered|booked',
  // Ways of getting out of the rep's reach: shopping around, thinking it over.
  advEscape:
    'talk to the competitor|talk to a competitor|talk to the competition|talk to another vendor|talk to other vendors|talks to the competitor|talks to the competition|speak to the competitor|speak to the competition|see the competitor|see the competition|meet the competitor|meet the competition|hear from the competitor|shop around|shops around|look elsewhere|looks elsewhere|look around|compare|compare us|compare vendors|compare options|compare prices|get other quotes|get another quote|get competing quotes|realize|realise|realizes|realises|figure it out|figures it out|figure out|figures out|find out|finds out|wise up|wises up|change their mind|change his mind|change her mind|changes their mind|think too hard|think it over|thinks it over|think twice|sleep on it|sleeps on it|read the fine print|read the contract|do their homework|does their homework|cool off|cool down|come to their senses|get cold feet|gets cold feet|have second thoughts|has second thoughts|catch on|catches on|notice|notices',

  // ---- dismissive: overriding the buyer's view ----------------------------------------------
  // What a buyer raised, as a dismissive sentence names it.
  disConcern: 'concern|concerns|problem|problems|issue|issues|risk|risks|objection|objections|worry|worries|question|questions|point|points|complaint|complaints|fear|fears|argument|thing',
  // Words that belittle it.
  disBelittle:
    'silly|dumb|stupid|ridiculous|noise|absurd|naive|naïve|irrelevant|overblown|exaggerated|unfounded|baseless|misplaced|invalid|moot|overstated|paranoid|pointless|trivial|nonsense|laughable|petty|made up|imaginary|imagined|not valid|not relevant|beside the point|a non issue|a nonissue|bogus|weak|lame|flimsy|overdone|far fetched|hysterical|a smokescreen|a smoke screen|just an excuse|an excuse|a joke|a red herring|a nothing burger|a non starter|just noise|white noise|dramatic|overdramatic|melodramatic|alarmist',
  // How a buyer or their team is "being" when a rep waves their caution away: "your IT team is just
  // being [lazy]".
  disBeing:
    'overly cautious|too cautious|too careful|overly picky|too picky|overly protective|overprotective|paranoid|dramatic|difficult|unreasonable|stubborn|irrational|silly|naive|ridiculous|absurd|picky|fussy|pedantic|precious|obstinate|childish|petty|hysterical|overdramatic|lazy|obstructive|awkward|short sighted|shortsighted|closed minded|narrow minded|unhelpful|obtuse|dense|slow|a pain|a nuisance|a blocker',
  // "As I [said] before": ways a writer repeats themselves at the reader.
  disSaid:
    'said|explained|stated|told you|pointed out|noted|wrote|emphasized|emphasised|made clear|made it clear|clarified|outlined|spelled out|spelt out|laid out|covered|answered|addressed|already said|already explained|already told you|already stated|already pointed out|already noted|already mentioned|already covered|already answered|already addressed',
  // "before": how often it was said already.
  disAgain:
    'before|already|earlier|previously|twice|three times|several times|multiple times|many times|a few times|more than once|repeatedly|again|last time|numerous times|countless times|a dozen times|over and over|a million times|a hundred times|in my last email|in my previous email|in my last message|in my previous message|in my earlier email|on every call|in every email',
};



/** "Happy to connect you with a few of your peers who use us": a reference offered, not a crowd (social-pressure guards). */
export const REFERENCE_OFFER = /\b(happy|glad|able) to (connect|introduce|put you in touch|share)|\bif (that|it) (would help|helps|is useful|would be useful|is helpful|'s helpful)|\breference (call|customer|check)/;

/** Spell %advTarget% out as an object word, or a determiner and a role (see advObject above). */
export function eachTarget(patterns: string[]): string[] {
  return patterns.flatMap((p) =>
    p.includes('%advTarget%')
      ? [
          p.replaceAll('%advTarget%', '%advObject%'),
          p.replaceAll('%advTarget%', '%advDet% %advRole%'),
          // One word between: "the IT guy", "their procurement lead", "the buying committee".
          p.replaceAll('%advTarget%', '%advDet% . %advRole%'),
        ]
      : [p],
  );
}
