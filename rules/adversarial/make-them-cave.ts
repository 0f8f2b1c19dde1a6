import { defineRule } from '../define-rule';
import { eachTarget } from '../lexicon/conflict-and-tone';

export default defineRule({
  match: eachTarget([
    '[(make|makes|making|made|get|getting|force|forcing|push|pushing) %advTarget% (give in|blink first|back down|roll over|cry uncle|cave|crack|fold|buckle|surrender|submit|break|beg|blink)]',
    '[(the buyer|the client|the cfo|they|he|she|procurement|legal) (is going to|are going to|will|should|usually|always|eventually)? cave]',
    '[(the buyer|the client|the cfo|they|he|she|procurement|legal) (is going to|are going to|will|should|usually|always|eventually) (blink first|roll over|give in|crack|buckle|break)]',
    '[(who|whoever) blinks first]',
    '[(make|makes|making|let|watch|get|leave) %advTarget% (to)? (sweat|squirm|beg|cry uncle|grovel)]',
  ]),
  unless: [/\b(the|their|our|your|this|that) (box|boxes|shelf|shelves|frame|screen|case|hinge|seal|paint|plastic|glass)\b/],
  severity: 'warning',
  message: 'Aims to make the buyer give in, as if the deal were a contest.',
  why: 'If the buyer "caves", they did not choose; they lost. That feeling sticks to the product and to you. Aim for a decision they are glad to make.',
  alternatives: [{ rewrite: 'see what would make this work for them' }, { question: 'concerns' }],
  examples: {
    flag: [
      'Hold firm on price and [[make them cave]].',
      "Don't budge, [[they'll crack]] by Friday.",
      'Keep the silence going and see [[who blinks first]].',
      'Send the price late and [[let them sweat]].',
    ],
    pass: [
      'The cheap cases crack after a few drops, they told us.',
      'Make them comfortable with the rollout plan first.',
      'If the price does not work for them, we should talk about a smaller scope.',
    ],
  },
});
