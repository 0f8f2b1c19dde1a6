import { defineRule } from '../define-rule';

/** "The last pilot slot", "last unit at this price", "Last one available", "Last 1 in stock". */
export default defineRule({
  match: [
    '(one|a single|one last) .{0,2} %stockCounted% (i|we) can still (hold|save|offer|give|reserve|squeeze)',
    '(last|final) (remaining|available|open)? (spot|seat|slot|unit|license|licence|opening|invite|ticket|pair|piece|allocation|kit|copy|spots|seats|slots|units|licenses|licences|openings|invites|tickets|pairs|pieces|places|kits|copies)',
    '^[last (one|pair|piece|unit|item|few|chance to buy)]',
    '(last|final) (pilot|beta|onboarding|implementation|partner|partnership|launch|founding|early|design partner|cohort|workshop|training|demo) (spot|seat|slot|unit|license|licence|opening|invite|place|position|spots|seats|slots|openings|invites|places)',
    '(last|final) (few|remaining|/^[0-9]+$/|one|two|three|couple of) %stockAdj%? %stockUnit%',
    'last (one|/^[0-9]+$/|items|item|units|pieces) (%stLeft%|available|in stock|at this price|in this colour|in this color|in this size)',
    '(one|two|some) of (the|our) (last|final) %stockUnit%',
    '[(last|final) (batch|production run|shipment)] (we will|we are|we can|ever|available|left|in stock|at this price)',
    'the last of (the|our|these|those) .{0,2} %stockCounted% (is|are)? (%stLeft%|going|selling|disappearing|moving|flying|available)',
    '(last|final) (remaining|available) .{0,2} (%stockUnit%|bundle|bundles)',
  ],
  unless: ['reported', /\b(in|on) (your|my|our) (calendar|schedule|agenda|diary)\b/, /\b(tickets?|issues?|bugs?) (you|we|they|your team) (raised|filed|opened|logged|submitted|reported)\b/, /\blast few (hours|days|minutes|weeks|months)\b/, /\blast (unit test|unit of|place (i|we|you|they|to)|piece of)\b/, /\b(agenda|on (the|my|our) list|last (item|point) (i|we) (want|wanted|need|have))\b/, /\b(last|final) (session|seat) (we|i|you) (had|did|ran)\b/],
  severity: 'warning',
  message: 'Calls it the last one to hurry the decision.',
  why: '"The last one" makes waiting feel like losing. If it is truly the last, say so plainly and ask what they need to decide; if it is not, the claim will cost their trust.',
  alternatives: [{ question: 'concerns' }],
  examples: {
    flag: [ 'The jacket you liked is the [[last one in this colour]].',
'There is [[one onboarding slot we can still offer]] this month.',       "The [[last remaining demo kit]] is yours if you want it.", 'FYI [[the last of the launch-price licences are going]] fast.','It is the [[last unit]] we have at this price.', 'We are holding the [[last pilot slot]] for you until Friday.', '[[Last one available]]', '[[Last 1 in stock]]', 'Warning: [[Last items in stock]]!', 'These are the [[final few seats]] in the cohort.', 'It is the [[last batch]] we will make of these.'],
    pass: [ 'The last of the items on your checklist are done, nice work.','The last open slot on your calendar is fine for the demo.', 'The last few tickets you opened are closed now.', 'Last week you mentioned onboarding was slow.', 'On the last call we had, you raised the export limits.', 'The last item on the agenda is pricing.', 'Last few hours to grab the bundle at this price.', 'The last batch of invoices went out on Monday.', 'Your last shipment arrived two days late, sorry about that.'],
  },
});
