import { defineRule } from '../define-rule';

/** Threats to the buyer's job or standing: "it's your job on the line". */
export default defineRule({
  match: [
    'your (job|career|neck|head|reputation|position|seat|credibility|bonus|promotion|name|livelihood) (is|will be|could be|might be|may be|would be)? (on the line|at stake|at risk|on the chopping block|in jeopardy|on the block)',
    '(it is|it\'s|that is|that\'s) your (job|career|neck|head|reputation|credibility) on the line',
    'your (job|career|position|bonus|reputation|promotion|credibility) (might|may|could|will|does|really)? (depend|depends|ride|rides|hinge|hinges|rest|rests) on',
    'you (could|might|will|may|would|can) (lose|be risking|risk) your (job|position|seat|bonus|credibility|reputation|career)',
    'you (could|might|will|may|would|can) (get|be) (fired|sacked|let go|canned|replaced|demoted|blamed)',
    'heads (will|are going to|could|might) roll',
    'career (limiting|ending|suicide)',
  ],
  unless: ['buyer-deadline', 'reported', 'asking-buyer'],
  severity: 'strong',
  message: 'Threatens the buyer\'s job or standing to push a decision.',
  why: 'Fear for their job makes people defensive, not decisive. Talk about what success would look like for them instead.',
  alternatives: [{ rewrite: 'I want this to go well for you' }, { question: 'outcome' }],
  examples: {
    flag: [
      'If this project slips, [[it’s your job on the line]].',
      '[[Your reputation is at stake]] with the board.',
      '[[Your job might depend on]] getting this right.',
      'Without proper backups, [[you could lose your job]] over one outage.',
      'Missing the audit would be [[career limiting]].',
    ],
    pass: [
      'You mentioned your bonus depends on the Q3 launch, so let us plan backwards from it.',
      'Your reputation for great service is why we reached out.',
      'Is your team at risk of missing the migration window?',
      'Your job title will appear on the admin page.',
    ],
  },
});
