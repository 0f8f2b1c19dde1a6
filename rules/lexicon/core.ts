/**
 * Shared vocabulary for rule patterns. A rule writes `%name%` and the compiler replaces it with
 * the alternation below, so a new synonym is added once, here, for every rule that uses it.
 * Entries are compromise alternation bodies: words or short phrases separated by `|`.
 */
export const CORE: Record<string, string> = {
  // Time words for manufactured deadlines.
  soonTime: 'today|tonight|tomorrow|now|midnight|noon|eod|eow|cob|friday|monday|tuesday|wednesday|thursday|saturday|sunday|this week|this weekend|this month|this quarter|end of day|end of the day|end of week|end of the week|end of month|end of the month|end of quarter|end of the quarter|quarter end|month end|year end|the weekend|the end of the day|the end of the week|the end of the month|the end of the quarter|the 1st|the first|the 15th|the 30th|the 31st|close of business|close of play',
  // What a pattern points back at: "sign [it]", "explain [that] again".
  thisThat: 'this|that|it',
  // Small word sets many patterns repeat, named once for the in-page bundle's size.
  theOur: 'the|this|that|our|your',
  pThem: 'the buyer|the client|the customer|them|him|her',
  fgWould: 'are going to|is going to|will|would',
  theirThe: 'the|their|this|that',
  fgCould: 'are going to|is going to|will|could|would',
  stockTaken: 'spoken for|taken|gone|claimed|booked|reserved|allocated',
  disPlain: 'obviously|clearly|evidently|apparently',
  honest: 'really|honestly',
  spAll: 'everyone|everybody',
  pWillI: 'am going to|are going to|will',
  dueBy: 'by|before',
  stLeft: 'left|remaining',
  advMain: 'main|biggest|real|only|key|big|last',
  never: 'do not|never',
  fgWill: 'is going to|will|would',
  theMy: 'the|this|that|your|our|my',
  priceWord: 'price|prices|pricing|rate|rates',
  only: 'just|only',
  youTeam: 'your team|you',
  // Buyer-facing second person.
  you: 'you|your|yours|you all|y\'all',
};
