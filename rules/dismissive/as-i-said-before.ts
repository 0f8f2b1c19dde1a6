import { defineRule } from '../define-rule';

// "As I mentioned on the call" is a neutral pointer; repetition words make it a reproach.
export default defineRule({
  match: [
    '[(as|like) (i|we) (have|had)? (already)? %disSaid% %disAgain%]',
    '[(as|like) (i|we) (have|had)? already (told you|pointed out|mentioned|said|explained|stated|noted)]',
    '[(as|like) (i|we) (have|had)? (mentioned|noted) (more than once|a few times|several times|multiple times|many times|before|previously|twice|repeatedly|again)]',
    '[(as|like) (i|we) (told you|said)]',
    '[(i|we) (have|had)? already (told you|gone over|been over|gone through|been through|explained|answered|covered|addressed|said) (this|that|it)]',
    '[(i|we) (have|had) (told you|gone over|been over|explained|answered|said|covered) (this|that|it) %disAgain%]',
    '[(walk you through|tell you|go over|explain|say|repeat) (this|it|that|myself)? (for the last time|one more time|yet again|once more)]',
    '[(as per|per) my (last|previous|earlier|prior) (email|message|note|mail|reply)]',
    '[(do not|don\'t) know how else to (explain|say|put|phrase) (it|this|that)]',
    '[(if you had|had you) (paid attention|listened|looked|read)]',
    '[(as|like) (previously|already) (stated|explained|mentioned|said|noted)]',
    '[for the (second|third|fourth|fifth|last|hundredth|umpteenth|nth) time]',
    '[how many times (do|must|should|will|have) (i|we)]',
  ],
  unless: [/\b(happy|glad|gladly|love) to\b/, /\b(as|like) (i|we) (said|told you|mentioned) (on|in|during|at|when|last|yesterday|to)\b/, /\b(as|like) (i|we) (said|told you) (i|we)('d| would| will|'ll)\b/],
  severity: 'warning',
  message: 'Reminds the buyer they were already told, which reads as impatience.',
  why: "If something needs saying again, it was not clear yet, and that is on the writer. Say it again plainly, without the reproach, and check it landed.",
  alternatives: [{ rewrite: 'To recap' }, { question: 'clarity' }],
  examples: {
    flag: [
      '[[As I said before]], the price includes onboarding.',
      '[[As I already explained twice]], SSO is on every plan.',
      '[[Like I said]], the import handles duplicates.',
      '[[Per my last email]], the contract is attached.',
      "Honestly, I [[don't know how else to explain it]].",
      '[[If you had read]] the proposal, you would know it is included.',
      "[[I've already explained this]] to your team.",
      "[[I've told you this three times]] now.",
      'Let me [[explain this one more time]].',
      "I'm repeating this [[for the third time]]: the export is CSV.",
    ],
    pass: [
      'As I mentioned on our call, the pilot can start in May.',
      'As you said, onboarding was slow last year.',
      'As I mentioned, here is the security overview you asked for.',
      'Like I said to your CFO, we can break the invoice into quarters.',
      'Just as I said I would, I sent the deck to your team.',
      'Happy to walk you through it one more time on a call.',
    ],
  },
});
