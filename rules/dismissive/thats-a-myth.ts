import { defineRule } from '../define-rule';

// "If that's not true for your team, tell me": checking, not overriding.
const CHECKING = /\b(if|whether|unless|in case) (any of )?(that|this|it)('s| is)? (not )?(true|a myth|wrong|how it works|accurate|inaccurate|correct|way off|off base)/;
// "You're right, that's a myth we should correct": agreeing with the buyer, not overriding them.
const AGREEING = /\b(you('re| are| were) right|good point|fair point|agreed)\b/;

export default defineRule({
  match: [
    '(that is|this is) (%honest%|just|simply|totally|completely|frankly|all)? (a|an|another)? (common|old|total|complete|popular|industry)? (old wives tale|old wives\' tale|urban legend|fairy tale|myth|misconception|fallacy)',
    '(that|this) is (flat out|just|simply|totally|completely|absolutely|plain|frankly|honestly)? plain? (not the case|flat wrong|dead wrong|not true|a lie|untrue|false|nonsense|wrong|incorrect|not accurate|inaccurate|not correct|way off|off base|not quite right)',
    '(that|this) is (just|simply|really|totally|completely)? not how (%thisThat%|any of this|any of it|the product|our product|the industry|the market|things|software) (works|work|operates)',
    '(nonsense|baloney|hogwash|malarkey|poppycock)',
    '(that is|this is) (just|simply|really)? (a|an) (common|classic|typical|rookie|beginner|beginner\'s|basic) (mistake|misunderstanding|error|misreading)',
    '(that is|this is) (just|simply|really)? not a thing',
    '(does not|do not) (really|even|quite)? hold (water|up)',
  ],
  noDefaultGuards: true,
  unless: ['reassurance', CHECKING, AGREEING, /\bnot (true|the case) (for|of|in|on|with|when)\b/, /\bno[ -]nonsense\b|\bnonsense (word|words|poem|poems|verse|rhyme|rhymes|song|songs)\b/],
  severity: 'warning',
  message: "Dismisses the buyer's point as a myth or untrue instead of exploring it.",
  why: 'Declaring a buyer\'s belief a myth puts them on the defensive. They got that idea somewhere; ask where, then share what you have seen.',
  alternatives: [{ rewrite: 'I see it a bit differently, and here is why' }, { question: 'concerns' }],
  examples: {
    flag: [
      'With respect, [[that is simply not accurate]].',
      '[[That\'s way off]], the migration is two days.',

      "Lock-in? [[That's a myth]].",
      "[[That's simply not true]], the API is open.",
      "[[That's not how it works]] with usage billing.",
      "Honestly, [[that's just wrong]].",
      "That objection [[doesn't hold water]].",
      "[[That's simply not the case]].",
      'Honestly, the idea that migrations take months is [[nonsense]].',
      "[[That's a common mistake]] people make.",
      "[[That's just not a thing]] with our platform.",
    ],
    pass: [
      'If any of this is not accurate, please correct me.',

      "If that's not true for your team, tell me and I'll adjust the plan.",
      'The myth of the overnight migration is something we address in the guide.',
      "I see it a bit differently, and here is why.",
      'No-nonsense pricing: one plan, one price.',
      "That's not true for the Pro plan; SSO is included there.",
      'This is not the case for enterprise plans, which include SSO.',
      "You're right, that's a myth we should correct in our docs.",
      'That was a common mistake in our old setup guide, so we rewrote it.',
    ],
  },
});
