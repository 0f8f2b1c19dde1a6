import { defineRule } from '../define-rule';

export default defineRule({
  match: [
    '(close|closing|sign|signing|lock|locking|get|getting|push|pushing|rush|rushing|land|landing|wrap|wrapping|nail|bag|grab|hook) (the deal|this deal|the buyer|the client|the account|the signature|a signature|the contract|them|him|her|it|ink)? (up|in|down)? (prior to|before) (the buyer|the client|the prospect|the cfo|they|he|she|procurement) (get a chance to|have a chance to|have time to|get time to|can|could|even|actually|ever)? %advEscape%',
    '(prior to|before) (the buyer|the client|the prospect|they|he|she) (get|gets|have|has) (a chance|the chance|time) to %advEscape%',
    '(prior to|before) (the buyer|the client|the prospect|procurement|legal|they|he|she) (come to their senses|/^reads?$/ the fine print|/^ha[sv]e?$/ second thoughts|/^changes?$/ their mind|/^gets?$/ cold feet|/^figures?$/ it out|/^looks?$/ elsewhere|/^shops?$/ around|/^finds?$/ out|/^wises?$/ up|/^catch[es]*$/ on|/^reali[sz]e?s?$/|/^notices?$/|cool off)',
    '(know|knows|knew) what (hit|happened to) (them|him|her)',
  ],
  severity: 'warning',
  message: 'Plans to close before the buyer can compare or think it over.',
  why: "Racing a buyer to the signature before they can look around treats their judgment as the obstacle. A decision that survives comparison is one they'll stand behind.",
  alternatives: [{ rewrite: 'make sure they have what they need to compare' }, { question: 'alternatives' }],
  examples: {
    flag: [
      'Have to [[close them before they talk to the competition]].',
      '[[Get the signature before procurement can shop around]].',
      'Send the order form Friday [[before they have time to think it over]].',
      '[[Lock it in before they realize]] the add-ons are extra.',
      'Get them to [[sign before they wise up]].',
      '- get the signature before they [[know what hit them]]',
    ],
    pass: [
      'They want the security pack before they talk to legal.',
      'Happy for them to compare us with other vendors before deciding.',
      'Send the pricing before they meet with finance on Tuesday.',
    ],
  },
});
