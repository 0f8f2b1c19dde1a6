/** Sample coach states for component tests: shaped like the engine's output, built by hand. */
import { vi } from 'vitest';
import type { CareScore, Metrics, QuestionSuggestion } from '../../analyzers/types';
import { createCoachStore, type CoachActions, type CoachState, type ShownFinding } from '../../components/coach-store';

export const FINDINGS: ShownFinding[] = [
  {
    key: 'urgency/offer-expires@body:10-30',
    place: 'body',
    ruleId: 'urgency/offer-expires',
    category: 'urgency',
    severity: 'strong',
    start: 10,
    end: 30,
    text: 'offer expires Friday',
    message: 'A deadline on the offer pushes them to decide on your clock.',
    why: 'A made-up expiry makes the buyer choose between deciding now and losing out.',
    alternatives: [
      { kind: 'rewrite', text: 'this pricing is available while you decide' },
      { kind: 'question', questionId: 'concerns', text: 'What are your biggest concerns right now?' },
    ],
  },
  {
    key: 'scarcity/only-n-left@body:40-62',
    place: 'body',
    ruleId: 'scarcity/only-n-left',
    category: 'scarcity',
    severity: 'warning',
    start: 40,
    end: 62,
    text: 'only have 3 spots left',
    message: 'A countdown of spots hurries the decision.',
    why: 'Scarcity claims make people act before they are sure.',
    alternatives: [{ kind: 'rewrite', text: 'some availability' }],
  },
  {
    key: 'urgency/last-chance@extra:0-11',
    place: 'extra',
    ruleId: 'urgency/last-chance',
    category: 'urgency',
    severity: 'hint',
    start: 0,
    end: 11,
    text: 'Last chance',
    message: 'Calling it a last chance adds pressure.',
    why: 'It frames waiting as losing.',
    alternatives: [],
  },
];

export const SCORE: CareScore = {
  value: 42,
  parts: [
    { id: 'pressure', label: 'No pressure', points: 10, max: 45, explanation: '3 pressure phrases cost 35 points.' },
    { id: 'questions', label: 'Questions that show you care', points: 0, max: 25, explanation: 'Asks no question yet.' },
  ],
};

export const METRICS = {
  words: 52,
  sentences: 6,
  questions: 0,
  openQuestions: 0,
  youWords: 3,
  selfWords: 2,
  youShare: 0.6,
  readingGrade: 3.4,
  featureListWithoutQuestion: true,
} as Metrics;

export const QUESTIONS: QuestionSuggestion[] = [
  { id: 'concerns', text: 'What are your biggest concerns or roadblocks about this decision right now?', cue: 'a deadline you set', at: 30 },
  { id: 'fit', text: 'How do you see this fitting into your current workflow?', cue: 'they mentioned their rollout', at: 80 },
];

import type { Mock } from 'vitest';

export type MockActions = { [K in keyof CoachActions]: Mock<CoachActions[K]> };

export function mockActions(): MockActions {
  return {
    togglePanel: vi.fn<CoachActions['togglePanel']>(),
    selectFinding: vi.fn<CoachActions['selectFinding']>(),
    step: vi.fn<CoachActions['step']>(),
    openCard: vi.fn<CoachActions['openCard']>(),
    closeCard: vi.fn<CoachActions['closeCard']>(),
    hoverCard: vi.fn<CoachActions['hoverCard']>(),
    apply: vi.fn<CoachActions['apply']>(),
    ignore: vi.fn<CoachActions['ignore']>(),
    disableRule: vi.fn<CoachActions['disableRule']>(),
    insertQuestion: vi.fn<CoachActions['insertQuestion']>(),
    focusEditor: vi.fn<CoachActions['focusEditor']>(),
  };
}

export function activeStore(actions: CoachActions, extra: Partial<CoachState> = {}) {
  return createCoachStore(actions, {
    status: 'active',
    findings: FINDINGS,
    score: SCORE,
    metrics: METRICS,
    questions: QUESTIONS,
    covered: ['outcome'],
    revision: 1,
    ...extra,
  });
}
