/**
 * Lexicon macros for the pressure and fear-guilt rules (see rules/lexicon.ts). Names carry a
 * `p` (pressure) or `fg` (fear-guilt) prefix so they never collide with another family's.
 * Bodies are compromise alternations: contractions are written expanded where the tokenizer
 * expands them ("will not"), and kept whole where it does not ("i'd", "it's").
 */
import { CORE } from './core';

export const WORDS: Record<string, string> = {
  // The decision itself, as a verb phrase after "to": "you need to [sign]", "time to [move forward]".
  // Narrower than %commit% on purpose: no bare "book", "order", "approve", "close" or "buy"
  // ("you need to book a room", "you need to approve the invoice", "close the loop").
  pDecide:
    'sign|sign it|sign this|sign the contract|sign the agreement|sign the order form|sign the paperwork|commit|commit to this|commit to us|decide|make a decision|make the decision|make your decision|make a call|make the call|make up your mind|give me an answer|give me a yes|say yes|go ahead with this|go ahead with it|go ahead with the deal|go ahead and sign|go ahead and commit|go ahead and decide|go ahead and buy|move forward|move forward with this|pull the trigger|buy this|buy it|accept this|accept the offer|accept our offer|agree to this|agree to the deal|finalize this|finalise this|close this|close the deal|lock it in|lock this in|put pen to paper|get ink on paper|get the ink on paper|get this signed|get it signed|get the contract signed|get this done|get this over the line|take the deal|take this deal|take this offer|confirm the order|confirm your order|place the order|place your order',
  // The same decision as a gerund: "what's stopping you from [signing]".
  pDeciding:
    'signing|committing|deciding|moving forward|going ahead|saying yes|pulling the trigger|making a decision|making the decision|making the call|getting started|buying|purchasing|closing|finalizing|finalising|getting this signed|getting this done|taking the deal|taking this|accepting|agreeing|putting pen to paper|signing on|signing the contract|locking this in|locking it in|making the switch|switching|partnering with us|working with us',
  // "Now" words a close leans on, beyond the calendar words in %soonTime%.
  // The bare "week", "month"... are there because compromise does not backtrack: in "sign this
  // week" an optional "(it|this)?" before the time word has already taken "this".
  pNow: 'now|right now|today|tonight|immediately|right away|asap|this week|on this call|before we hang up|before you hang up|before the end of the call|by end of day|by eod|by tomorrow|by friday|by monday|this afternoon|this morning|week|afternoon|morning',
  // Either: calendar words or "now" words, for patterns that take both.
  pWhen: `${CORE.soonTime}|now|right now|immediately|right away|asap|on this call|before we hang up|this afternoon|this morning|week|weekend|month|quarter|afternoon|morning|call|we hang up|you hang up|i hang up|the call ends|end of the call|the end of the call|end of call|we get off the call|we get off the phone|i get off this call|i get off the call|i get off the phone|you get off the call|we end this call|we end the call|the end of this call|lunch|before lunch|end of business|i leave|i log off|i head out|i leave the office|her holiday|his holiday|the holidays|vacation`,
  // Papers a rep asks the buyer to sign or sends over for signature.
  pPaperwork:
    'contract|contracts|agreement|agreements|order form|order forms|paperwork|docusign|docs|documents|msa|sow|invoice|purchase order|po|signature page|signing link|e-sign|esign|redlines',
  // Where a close is pushed to: "get it [over the line]", "need this [signed]".
  pDone: 'over the line|across the line|wrapped up|locked in|signed|countersigned|closed|official|finalized|finalised|done|happen',
  // What gets signed, named or pointed at: "get [the contract] signed".
  pSigned: 'the order form|the contract|this contract|the signed contract|the agreement|the paperwork|the deal|this deal|the renewal|the po|the docs|the sow|the msa|it|this',
  // People a buyer should be free to consult before deciding ("no need to loop in [legal]").
  pApprover:
    'legal|your legal team|the legal team|your lawyer|your lawyers|your attorney|your counsel|procurement|your procurement team|purchasing|finance|your finance team|your boss|your manager|your cfo|your ceo|your cto|your vp|your director|your board|your leadership|leadership|your partner|your partners|your cofounder|your co founder|anyone else|anybody else|anyone|anybody|the committee|your committee|your security team|security',
  // Whose approval a rep may tell the buyer to skip: "your boss's approval", "legal sign-off".
  // The tokenizer keeps a possessive whole ("boss's"), so both forms are listed.
  pApproverPoss:
    "boss's|manager's|cfo's|ceo's|cto's|cio's|ciso's|vp's|director's|board's|legal's|finance's|procurement's|leadership's|lawyer's|lawyers'|committee's|team's|boss|manager|cfo|ceo|legal|finance|procurement|board|leadership|security|committee|lawyers",
  // The buyer's bosses and overseers, named in fear appeals ("explain to your CEO").
  pBoss:
    'ceo|cfo|cto|coo|cio|ciso|cmo|boss|bosses|board|manager|managers|vp|svp|evp|director|leadership|leadership team|executive team|exec team|execs|executives|management|founder|founders|owner|owners|investors|shareholders|stakeholders|superiors|higher ups|president|head of sales|head of operations|regulators|regulator|auditors',
  // What the buyer is said to have done wrong in a fear appeal ("why you [missed] this").
  fgFail:
    'missed|miss|missing|say|lost|lose|losing|passed|pass|passing|waited|wait|waiting|ignored|ignore|failed|fail|blew|dropped|did|said|turned|chose|skipped|let|hesitated|delayed|overpaid|wasted|walked|sat',
  // What a seller says they would lose in a fear appeal ("you'll lose even more [revenue]").
  fgLoss:
    'revenue|money|customers|clients|deals|sales|business|market share|ground|margin|margins|profit|profits|your best people|your top people|your best customers|your edge|your job|everything|thousands|millions',

  // What a close asks the buyer to give, as the first words of a co-occurrence pattern
  // (pressure/commit-by-deadline): the act or the token of it, never "decision" or "answer",
  // which urgency/decision-by reads as a deadline of its own.
  pAsk:
    'sign|countersign|countersigned|decide|finalise|finalize|approve|approval|authorize|authorise|commit|signature|countersignature|commitment|go ahead|green light|rubber stamp|verbal|a yes|yes or no|sign off|pen to paper|hancock|over the line|across the line|po|purchase order|signed|confirm the order|confirm your order|confirm the purchase|confirm the renewal',
  // The writer's sacrifice, named to be repaid: "I went out on a limb … for you".
  // (after went, gone, bent, stuck, put…: the verb is in the pattern).
  fgSacrifice:
    'out on a limb|to bat|to the mat|to the wall|to great lengths|above and beyond|out of my way|out of our way|the extra mile|over backwards|through hoops|heaven and earth|my neck|our necks|my reputation|my name|my credibility',
  // Intensifiers that leave an order or a guilt trip unchanged: "you [really] need to", "I've [honestly] gone to bat".
  pIntens: 'really|just|seriously|absolutely|definitely|simply|honestly',
  pNeedAdv: 'really|just|absolutely|badly|seriously',
  pSincere: 'really|honestly|seriously|truly',

  // Groups several patterns repeat, kept once for the in-page bundle's size.
  pYes: 'give me an answer|say yes|move forward|sign|commit|decide|agree|accept',
  pCloseWord: 'close|sign|signature|verbal|commitment|yes|deal|contract',

  fgTheirPeople: 'team|people|staff|employees|reps|customers|boss|board|ceo|cfo|manager|vp|investors',
  // Confirmshaming: the benefits a decline button pretends the shopper is rejecting.
  fgPerk:
    'discount|discounts|deal|deals|saving|savings|saving money|coupon|coupons|offer|offers|exclusive offers|special offers|exclusive deals|promo|promos|promotions|sale|sales|bargain|bargains|freebies|free stuff|free things|free money|free samples|free shipping|free gift|free gifts|gifts|prizes|a prize|rewards|perks|cash back|cashback|money|winning|fun|fun stuff|cool stuff|nice things|good stuff|good deals|great deals|early access|vip access|exclusive access|access|free|surprises|good things|percent off',
  // Confirmshaming: verbs of dislike in "I [hate] free stuff".
  fgDislike: 'hate|despise|dislike|loathe|detest|can not stand',
  // Confirmshaming: the same benefits as single words (compromise cannot follow a wildcard with a phrase).
  fgPerkWord:
    'discount|discounts|deal|deals|savings|coupon|coupons|offer|offers|promo|promos|promotions|sale|bargain|bargains|freebies|stuff|gift|gifts|prizes|prize|rewards|perks|cashback|money|fun|shipping|access|surprises|upgrade|bonus',
  // Confirmshaming: ways to say "save money" that a shopper is made to refuse.
  fgSave:
    'save|save money|save more|save big|save extra|save on|saving money|get a discount|get the discount|get a deal|get my discount|get free|get a free|get something free|win|be a winner|look my best|feel my best|look good|look great|protect my|protecting my|keeping my|protect it|be protected|treat myself|get rewarded|earn rewards|earn points|hear about deals|hear about sales|get deals|get offers|get exclusive',
  // Confirmshaming: the price a decline button pretends the shopper prefers to pay.
  fgFullPrice:
    'full price|the full price|full retail|retail|retail price|more|extra|double|twice as much|the regular price|regular price|top dollar|list price|sticker price|for shipping|shipping|the original price|original price|the normal price|normal price|a premium|more for',
  // Confirmshaming: how a decline button opens ("No thanks,", "Nah,").
  // Confirmshaming: how a decline button states a preference ("I'd rather", "I will just").
  fgIRather: "i would rather|i'd rather|i would prefer to|i prefer to|i'd prefer to|i want to|i like to|i love to|i am happy to|i will just|i will keep|i will continue|i will|let me",
  fgDecline: 'no thanks|no thank you|no thx|nah|nope|nah thanks|no way',
};

