import { defineRule } from '../define-rule';

export default defineRule({
  match: [
    'demand .{0,6} (outstripped|outstripping|outstrips|outstrip|outpaced|outpacing|outpaces|outpace|exceeded|exceeds|exceeding) (our|the|current)? (supply|capacity|availability|stock)',
    'in (very|extremely|really|such|unusually|incredibly)? (high|huge|heavy|great|big) demand',
    '(due to|because of|given) the? (very|extremely|unusually)? (high|huge|heavy|overwhelming|strong|popular|great) demand',
    'demand (is|has been|was) (so|very|extremely|really|unusually|incredibly|insanely|crazy)? (high|huge|heavy|strong|through the roof|off the charts|overwhelming)',
    // A popularity badge next to a nudge: "Very popular - don't wait", "Popular right now".
    '[(very|super|extremely|hugely|really)? popular] (do not|hurry|selling|going|grab|order)',
    '^[(very|super|extremely|hugely|really)? popular right now]',
    '(high|huge|heavy|overwhelming) demand (for|on) (the|our|these|this) .? (product|item|items|plan|tier|offer|style|seats|spots|slots|program|pilot|model|size)',
    '[(popular|hot) (item|items|product|style|size)] (selling|going|sells|almost|nearly|won\'t)',
  ],
  unless: ['reported', /\b(your|their) (skills|engineers|people|team|staff|services|products?|talent|developers)\b[^.]*\bdemand\b/, /\bon[ -]demand\b/],
  severity: 'warning',
  message: 'Cites high demand to hurry the decision.',
  why: 'Pointing at demand tells the buyer to move before others do. The better question is whether this is right for them, which only they can answer, in their own time.',
  alternatives: [{ question: 'concerns' }],
  examples: {
    flag: [
      'Right now [[demand is outpacing our capacity]] for installs.',
'[[Demand for the on-prem edition has outstripped supply]].', 'Items in your cart are [[in VERY high-demand]].', '[[Due to high demand]], we can only hold carts briefly.', 'Heads up, [[demand has been huge]] for the enterprise tier.', '[[Demand has been so high]] that we are nearly out.', '[[Very popular]] - don\'t wait', '[[Popular right now]]'],
    pass: ['Demand for our own analysts has grown, so we hired two.', 'Your engineers are in high demand, so tooling should save them time.', 'Back by Demand', 'We offer on-demand training videos.', 'Popular searches: jeans, dresses, boots', 'The export is very popular with finance teams.'],
  },
});
