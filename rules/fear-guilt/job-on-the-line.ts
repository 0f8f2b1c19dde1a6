import { defineRule } from '../define-rule';

/** Threats to the buyer's job or standing: "it's your job on the line". */
export default defineRule({
  match: [
    'your (job|career|neck|head|reputation|position|seat|credibility|bonus|promotion|name|livelihood) (will be|could be|might be|may be|would be|is)? (literally|really|definitely|truly|basically)? (on the chopping block|on the line|on the block|at stake|at risk|in jeopardy)',
    '(it is|that is|it\'s|that\'s) your (job|career|neck|head|reputation|credibility) on the line',
    'your (job|career|position|bonus|reputation|promotion|credibility) (might|may|could|will|does|really)? (depend|depends|ride|rides|hinge|hinges|rest|rests) on',
    'you (could|might|will|may|would|can) (be risking|lose|risk) your (job|position|seat|bonus|credibility|reputation|career)',
    'you (could|might|will|may|would|can) (get|be) (let go|fired|sacked|canned|replaced|demoted|blamed)',
    'heads (are going to|will|could|might) roll',
    'you (could|might|will|may|would) be out of (a job|work|a seat)',
    '(think about what happens|what will happen|what happens) to your (job|career|reputation|position|bonus|credibility) (if|when)',
    'career (limiting|ending|suicide)',
    '(risk|risking|gamble|gambling|bet|betting|jeopardize|jeopardise|jeopardizing|jeopardising) your (career|job|reputation|credibility|position|bonus|promotion|livelihood)',
    '(it is|it\'s|that is|that\'s|it will be) your (job|career|neck|head|reputation|credibility) (if|when)',
    '(people|managers|folks|leaders|executives|directors|buyers|cfos|ctos|cisos) (get|got|have been|are|were) (fired|let go|sacked|canned|demoted) (for|over) (decisions|mistakes|choices|calls|less|this|things|outages|breaches)',
    'your (head|neck) (is going to|will|could|might) (roll|be on the block|be on the line)',
    '(people|managers|leaders|executives|folks|others|ctos|cisos|cfos|directors) (have|has)? (lost|lose|been fired from) (their|his|her) (jobs|job|careers|career|heads) over',
  ],
  unless: ['buyer-raised', 'reported', 'asking-buyer'],
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
      'If the launch slips, [[your head will roll]].',
      '[[Managers have lost their jobs over]] outages like this.',
      'You would be crazy to [[risk your career]] over a few thousand dollars.',
      '[[It’s your neck if]] it goes sideways.',
      '[[People get fired for decisions]] like this.',
    ],
    pass: [
      'You mentioned your bonus depends on the Q3 launch, so let us plan backwards from it.',
      'Your reputation for great service is why we reached out.',
      'Is your team at risk of missing the migration window?',
      'Your job title will appear on the admin page.',
      'It is your call if you want to phase the rollout.',
      'People get promoted for projects like this, and we would love to help.',
    ],
  },
});
