import { defineRule } from '../define-rule';
import { eachTarget } from '../lexicon/conflict-and-tone';

export default defineRule({
  match: eachTarget([
    '(make|makes|making|made|get|getting|force|forcing|push|pushing) %advTarget% to? (give in|blink first|back down|roll over|cry uncle|cave|crack|fold|buckle|surrender|submit|break|beg|blink)',
    '%advThey% (is going to|are going to|will|should|usually|always|eventually)? cave',
    '%advThey% (is going to|are going to|will|should|usually|always|eventually) (blink first|roll over|give in|crack|buckle|break)',
    '(who|whoever) blinks first',
    // Unsettling them on purpose (scaring them is fear-guilt's): "rattle the CTO with the breach stats" (said by the rep, as a plan).
    '^(rattle|spook|unnerve|unsettle|shake) %advTarget%',
    '(need to|lets|let us|plan to|and) [(rattle|spook|unnerve|unsettle) %advTarget%]',
    '(make|makes|making|let|watch|get|leave) %advTarget% to? (sweat|squirm|beg|cry uncle|grovel)',
    // Told as a win afterwards: "they finally caved on the term", "procurement folded on price".
    '%advThey% (finally|eventually|totally|completely|basically)? (caved|buckled|blinked|gave in|backed down|rolled over)',
    '[%advThey% (finally|eventually|totally|completely|basically)? folded] (on|under|at|after|like|and)',
  ]),
  unless: [/\b(the|their|our|your|this|that) (box|boxes|shelf|shelves|frame|screen|case|hinge|seal|paint|plastic|glass)\b/],
  severity: 'warning',
  message: 'Aims to make the buyer give in, as if the deal were a contest.',
  why: 'If the buyer "caves", they did not choose; they lost. That feeling sticks to the product and to you. Aim for a decision they are glad to make.',
  alternatives: [{ rewrite: 'see what would make this work for them' }, { question: 'concerns' }],
  examples: {
    flag: [
      'Plan: [[get the CFO to cave]] on Friday.',
      '[[Spook the buyer]] with the outage numbers, then offer the fix.',
      'Plan to [[unsettle their CFO]] with the audit findings.',
      '- [[rattle him]] on the renewal call',

      'Good call: [[procurement finally caved]] on the payment terms.',
      '[[She folded]] on the multi-year term after the second call.',
      'Hold firm on price and [[make them cave]].',
      "Don't budge, [[they'll crack]] by Friday.",
      'Keep the silence going and see [[who blinks first]].',
      'Send the price late and [[let them sweat]].',
    ],
    pass: [
      'The price increase spooked them, so we should slow down and listen.',
      'We do not want to scare the team with too many slides.',

      'They folded the analytics add-on into their Q3 plan.',
      'We backed down on the auto-renewal clause, it was unfair.',
      'The cheap cases crack after a few drops, they told us.',
      'Make them comfortable with the rollout plan first.',
      'If the price does not work for them, we should talk about a smaller scope.',
    ],
  },
});
