import { defineRule } from '../define-rule';

/** Call-note plans to work on the buyer's fear or guilt: "play up the audit risk, make her nervous". */
export default defineRule({
  match: [
    'guilt trip %pThem%',
    'remind %pThem% (that|of|about|how)? (their|his|her) (last|previous|past|old) .{0,2} (failed|failure|blew|mistake|went|disaster|flopped|fiasco|miss|outage|breach)',
    '(play up|play on|exploit|stoke|hammer on|hammer|milk|lean on|leverage|work|tap into) (the|their|his|her)? .{0,2} (fear|fears|risk|anxiety|worry|worries|insecurity|insecurities|nerves|guilt)',
    '(make|get) (%pThem%|the cfo) (nervous|scared|afraid|worried|panicked|paranoid|sweat|panic|feel guilty|feel bad|feel responsible|feel stupid|feel foolish|feel small|feel exposed)',
    // Their standing held over them: "remind her that her head's on the block".
    'remind (%pThem%|the .) (that|of|about|how)? (their|his|her) (job|head|neck|career|reputation|bonus|seat|promotion|predecessor)',
    '(scare|frighten|spook|guilt|guilt trip) (%pThem%|the cfo) (a bit|a little|a lot)? (into|with|about)',
  ],
  unless: ['reported'],
  severity: 'warning',
  message: 'Plans to use the buyer’s fear or guilt to move the deal.',
  why: 'Notes shape the next call. A plan to make them nervous leads to a decision they may regret; a plan to understand their risks leads to one they will defend.',
  alternatives: [{ rewrite: 'talk through the risks they see' }, { question: 'concerns' }],
  examples: {
    flag: [
      '- [[Remind the CFO that his predecessor]] was let go after the breach',
      '- [[Lean on the guilt]] about the missed SLA',
      '- Plan: [[make the CFO feel responsible]] for the churn numbers',
      'Next call, [[remind him that his bonus]] rides on this.',
      '- [[remind her of their last failed]] rollout and push on timing','- [[guilt trip him]], mention the free workshop', 'Thursday: [[scare him a little about]] the renewal gap.', 
      '- [[play up the audit risk]], then ask for the signature',
      'Next call: [[make her nervous]] about the renewal gap.',
      '[[Scare them into]] the premium tier with the breach stats.',
    ],
    pass: [
      'Lean on the integration team if the import stalls.',
      'Remind her that her team can keep the old reports during the pilot.',
      'Make them feel welcome at the onsite.',
      '- remind her of the rollout dates we agreed',
      'Ask what risks worry them most about the migration.',
      'Do not make them nervous about the cutover; share the rollback plan.',
      'Play up the time savings in the demo.',
    ],
  },
});
