import { defineRule } from '../define-rule';

/** "Selling fast", "going fast", "flying off the shelves", "filling up quickly". */
export default defineRule({
  match: [
    '(selling out|running out|selling|sell|sells|disappearing|filling up|filling|booking up|being snapped up|getting snapped up|being claimed|getting claimed|being booked|getting booked|being taken|getting taken) (really|pretty|very|super|so)? (fast|quickly|quick|rapidly|like hotcakes)',
    '(seats|spots|slots|places|spaces|tickets|stock|items|licenses|licences|invites|openings|units) (is|are) (going|filling up|disappearing|being snapped up|getting snapped up|being claimed)',
    '^[going (fast|quickly)]',
    '(%stockSubject%|they|these) (is|are) (going|moving) (fast|quickly|quick)',
    '%stockSubject% (for|in|on|at) .{1,3} (is|are) (going|moving|disappearing) (fast|quickly|quick)',
    "(they are|these are) (going|selling|moving) (just as|as|so|really|pretty|super) (fast|quickly|quick)",
    'flying off the (shelves|shelf)',
    '(being|getting) snapped up',
    '[(get|gets|got|are|were) snapped up] (within|in|fast|quickly|quick|immediately|right away)',
    // "r" for "are" in quick notes; any countable supply, not just seats, maybe with what
    // they are for in between ("spots for the spring intake are going quickly").
    '%stockCounted% .{0,5} (are|is|r) (going|selling|disappearing|filling up|being snapped up|being claimed|being booked) (really|so|pretty|very|super|incredibly)? (fast|quickly|quick|rapidly)',
    '(selling|going|booking up|filling up|selling out|disappearing|moving) like (crazy|wildfire|hotcakes)',
    '(selling|going|booking up|filling up|selling out|disappearing|moving) (quicker|more quickly|faster) than (expected|usual|ever|anticipated|we expected|we thought|i expected|we planned|last year)',
    // "are few and going fast".
    '(few|scarce|limited) and [(going|selling|disappearing) (fast|quickly|quick)]',
    // Habitual: "the bootcamp seats tend to vanish".
    '%stockCounted% (tend to|usually|always|often) (vanish|disappear|go fast|go quickly|fill up|get snapped up|get claimed|get taken)',
    '%stockSubject% (are|is|r|re)? (filling up|going fast|disappearing|flying)',
  ],
  unless: ['reported', /\b(going|moving) (fast|quickly|quick) through\b/, /\b(support|bug|service) (queue|tickets?)\b/, /\b(fast|quickly) as (they|we|you|i|he|she|it) (can|could)\b|\bas (fast|quickly) as possible\b/, /\b(time|things|the (process|project|rollout|implementation|team|market)) (is|are) (going|moving) (fast|quickly)/, /\b(going|moving) (fast|quickly) (on|with) (your|our|the) (side|end|team|project|rollout|implementation)/],
  severity: 'warning',
  message: 'Says it is selling fast to hurry the decision.',
  why: '"Selling fast" borrows other buyers\' choices to rush this one. What matters is whether it is right for them, on the timeline that works for them.',
  alternatives: [{ rewrite: 'available' }, { question: 'concerns' }],
  examples: {
    flag: [ '[[Places on the leadership course are moving fast]].',
      '[[Seats in the autumn cohort are going fast]].',
 'FYI [[seats r filling up]] for the June cohort.','The workshop [[seats tend to vanish]] within a day.', 'The Q2 calendar is [[filling up really quickly]].', 'The spring cohort is [[filling up quicker than we expected]].', 'Places are scarce and [[going fast]].', 'The conference [[passes are going really fast]] this year.', 'Tickets sold out last year, and [[they are going just as fast]] now.', 'Hurry, this style is [[selling fast]]!', 'Spring workshop [[seats are going fast]].', 'The new kits are [[flying off the shelves]].', 'Pilot [[slots are being snapped up]].', 'The founder-rate [[licences are going quickly]].', 'Workshop [[seats r going fast]]', 'This jacket is [[selling faster than expected]]!', 'Early-access spots [[get snapped up]] within days.'],
    pass: [
      'Tickets for the support queue are going quickly through triage now.',
'Your reps tend to vanish after 5pm, ha.', 'They are going just as fast as they can on the migration.', 'Things are moving fast on our side with the integration.', 'Your rollout is going quickly, nice work.', 'The demo went well.', 'Your licences are moving quickly through procurement, thanks.', 'The rollout is going faster than expected.'],
  },
});
