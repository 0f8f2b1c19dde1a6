import { defineRule } from '../define-rule';

export default defineRule({
  match: [
    '(less|fewer) than %stockNum% (is|are)? still? %stockLeft%',
    '(less than|fewer than|under|below) %stockNum% %stockAdj%? %stockNoun% %stockLeft%',
    '(less than|fewer than) %stockNum% .{1,2} %stockCounted% (%stLeft%|remain|remains)',
  ],
  unless: ['reported'],
  severity: 'warning',
  message: 'Claims fewer than a handful are left, to hurry the decision.',
  why: 'Telling someone there are fewer than a handful left is meant to make them decide now. Give them the facts and the time to weigh them.',
  alternatives: [{ rewrite: 'some still available' }, { question: 'concerns' }],
  examples: {
    flag: [ 'There are [[fewer than four charter memberships remaining]].','HURRY! [[LESS THAN 12 LEFT]].', 'There are [[fewer than five seats left]] in the cohort.', 'Currently [[less than 10 available]]'],
    pass: [ 'Fewer than 10 customers left us last year.','It took less than 10 minutes to set up.', 'Fewer than five people on your team use the export.', 'Most teams need fewer than 10 licenses to start.'],
  },
});
