/**
 * The context guards (analyzers/context.ts): each is tested on the sentence and span it would
 * see from a rule hit, both where it must turn the hit off and where it must leave it on.
 */
import { describe, expect, it } from 'vitest';
import { GUARDS, DEFAULT_GUARDS, isGuarded, normalizeForGuards, type GuardName } from '../../analyzers/context';

/** A guard input from a sentence with the match marked [[like this]]. */
function input(marked: string) {
  const start = marked.indexOf('[[');
  const end = marked.indexOf(']]') - 2;
  if (start < 0 || end < start) throw new Error(`mark the match with [[ ]]: ${marked}`);
  return { sentence: normalizeForGuards(marked.replace('[[', '').replace(']]', '')), start, end };
}

const guard = (name: GuardName, marked: string) => GUARDS[name](input(marked));

function table(name: GuardName, on: string[], off: string[]) {
  describe(name, () => {
    it.each(on)('turns off: %s', (s) => expect(guard(name, s)).toBe(true));
    it.each(off)('leaves on: %s', (s) => expect(guard(name, s)).toBe(false));
  });
}

table(
  'negated',
  [
    "You don't [[have to decide]] anything today.",
    'This is not [[a limited-time offer]].',
    "There's never [[a deadline on our side]].",
    "I'm not saying [[you need to sign today]].",
    "You won't really [[need to commit]] until the pilot ends.",
    "We offer plans that don't [[expire before Friday]].",
    "It's a platform that won't [[lock you in]].",
  ],
  [
    '[[You need to sign today]].',
    "No, [[you need to sign today]].",
    "No doubt [[you'll regret it]] later.",
    "If you don't act now [[you'll regret it]].",
    "Unless you don't care about margins [[you'll lose even more revenue]].",
    "If we don't hear back [[by Friday, the discount is gone]].",
    "I can't stress this enough, but [[you need to sign today]].",
    "Teams that don't switch now will be [[left behind]].",
    "Law firms that don't digitise will be [[left in the dust]].",
    "Anyone who hasn't signed will [[lose the discount]].",
    "Firms that never adopted it are [[falling behind]].",
  ],
);

table(
  'reassurance',
  [
    'No pressure to [[sign before the quarter ends]].',
    "There's no rush to [[make a decision]].",
    '[[Sign whenever]], no rush.',
    "It's totally up to you whether [[you sign this month]].",
    "Take all the time you need before [[you decide]].",
  ],
  [
    'No pressure, but [[the price goes up Monday]].',
    "There's no reason not to [[go ahead with this]].",
    "There's no better time [[to sign]] than now.",
    '[[You need to sign today]].',
  ],
);

table(
  'writer-obligation',
  [
    'I [[need to check]] with my manager.',
    'We [[have to finalize]] the SOW on our side.',
    'My team [[needs to review]] the redlines first.',
  ],
  [
    'We need you [[to sign by Friday]].',
    'I need [[your signature by Friday]].',
    '[[You need to sign]] today.',
    'Our offer [[must be signed]] today.',
    'Get the signed form back to me [[by Friday]].',
  ],
);

table(
  'buyer-deadline',
  [
    'Your board meets March 3, so [[a decision by then]] would fit.',
    'Your renewal date is June 30, [[per the current agreement]].',
    'As you said, [[the deadline is Friday]].',
    'You mentioned [[the budget closes Friday]].',
  ],
  ['We need [[a decision by end of day]].', '[[This offer expires]] tonight.', 'Ahead of your renewal, [[the upgrade price goes up]] on 1 January.'],
);

table(
  'buyer-raised',
  [
    'You mentioned [[the risk of a failed migration]].',
    'As you said, [[your job depends on a smooth launch]].',
    'You were worried [[you could lose your best reps]] during the switch.',
    'Your CFO flagged that [[every month of delay costs you]].',
  ],
  [
    '[[You’ll lose even more revenue]] if you wait.',
    'I said [[your job is on the line]].',
    'Imagine explaining to [[your board]] why you missed this.',
    '[[Your board will want to know]] why you said no.',
  ],
);

table(
  'reported',
  [
    'They said [[only 2 seats were left]] on the other plan.',
    'She mentioned [[they need to sign by the 30th]].',
    'Their CFO asked whether [[the price goes up]] in March.',
    'The customer told us [[it was now or never]] for them.',
    'Never write "[[take it or leave it]]" in a follow-up.',
  ],
  [
    '[[Take it or leave it]].',
    'As I said, [[you need to sign today]].',
    'My VP said [[you need to sign today]].',
    'We said [[only 2 seats are left]].',
    'That said, [[every clinic in your region has switched]].',
    'Having said that, [[you need to sign today]].',
  ],
);

table(
  'asking-buyer',
  [
    'Do you [[need to sign]] before your fiscal year ends?',
    'When do [[you need a decision]] by?',
    'Quick question: is there a date [[you need to decide by]]?',
    'So, what timeline [[do you need to hit]]?',
  ],
  [
    "What's stopping [[you from signing]] today",
    '[[You need to sign]] today, right?',
    'Will you [[sign today]]?',
    'Why not [[sign today]]?',
    'Could you get me [[a decision by end of day]]?',
    'Can you please send us [[your answer by Friday]]?',
  ],
);

table(
  'negated-inside',
  [
    "[[Your competitors haven't switched]] yet.",
    '[[None of your peers have signed]].',
    '[[Your rivals are not using]] it.',
  ],
  [
    '[[Your competitors have already switched]].',
    "Don't worry, [[your peers signed]] last week.",
    '[[Your competitors not only switched]] but expanded.',
  ],
);

table(
  'mid-clause',
  [
    'You can [[sign today]] if that suits you.',
    "We'll [[sign today]] on our side.",
    'I hope to [[sign today]].',
  ],
  [
    '[[Sign today]] and we start Monday.',
    'Great call, [[sign it now]].',
    'No more back and forth; [[sign today]].',
    'It is a fit, so [[sign it now]].',
    'Please [[sign today]].',
    'Contract sent, pls [[sign asap]].',
  ],
);

describe('isGuarded', () => {
  it('applies the default guards and extra regular expressions', () => {
    expect(DEFAULT_GUARDS).toEqual(['negated', 'reassurance']);
    expect(isGuarded(DEFAULT_GUARDS, [], input("You don't [[have to decide]] today."))).toBe(true);
    expect(isGuarded(DEFAULT_GUARDS, [], input('[[You have to decide]] today.'))).toBe(false);
    expect(isGuarded([], [/\bsign in\b/], input('[[You need to sign]] in to the portal.'))).toBe(true);
  });

  it('resets a global regular expression between calls', () => {
    const re = /decide/g;
    const g = input('[[You have to decide]] today.');
    expect(isGuarded([], [re], g)).toBe(true);
    expect(isGuarded([], [re], g)).toBe(true);
  });

  it('keeps offsets when normalizing: same length, lower case, straight apostrophes', () => {
    const s = 'You’LL Regret IT';
    const n = normalizeForGuards(s);
    expect(n).toBe("you'll regret it");
    expect(n.length).toBe(s.length);
  });

  it('stays fast on long input (guards run on every hit)', () => {
    const long = `${'we talked about onboarding and the rollout plan, '.repeat(400)}[[you need to sign today]].`;
    const g = input(long);
    const t0 = performance.now();
    for (let i = 0; i < 50; i++) for (const name of Object.keys(GUARDS) as GuardName[]) GUARDS[name](g);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});
