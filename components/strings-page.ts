/**
 * The strings the page scripts say themselves, without the coach UI: the paused states and the
 * screen-reader announcements. Kept apart from ./strings.ts (which includes them in `S`) so the
 * page scripts don't carry the panel's and card's words, which load with the coach UI.
 */
import type { Category } from '../analyzers/types';

export const CATEGORY_LABEL: Record<Category, string> = {
  scarcity: 'Scarcity',
  urgency: 'Urgency',
  pressure: 'Pressure',
  'social-pressure': 'Social pressure',
  'fear-guilt': 'Fear or guilt',
  adversarial: 'Adversarial',
  dismissive: 'Dismissive',
};

export const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const PAGE_STRINGS = {
  paused: 'Coaching paused on this page',
  pausedWhy:
    'This page looks different from what Care Coach expects, so it is not reading this draft. Your email is not affected. Updating the extension usually fixes this.',
  pausedError: 'Something went wrong while reading this draft, so coaching is paused here. Your email is not affected.',
  pausedUiUnavailable:
    'Care Coach could not load its coach panel on this page, so coaching is paused here. Your text is not affected. Reloading the page usually fixes this.',
  announceApplied: 'Replaced. Press Ctrl+Z to undo.',
  announceInserted: 'Question inserted. Press Ctrl+Z to undo.',
  announceIgnored: 'Ignored this time.',
  announceRuleOff: 'Rule turned off. You can turn it back on in the options.',
  announceStale: 'That text changed, so the suggestion was not applied.',
  announceRefused: 'The editor did not accept the change. Nothing was modified.',
  announceNoCursor: 'Place the cursor in your draft first.',
  announceStep: (i: number, n: number, category: string, message: string) => `Finding ${i} of ${n}, ${category}: ${message}`,
  announceNoFindings: 'No findings in this draft.',
  announcePanel: (findings: number, score: number | null) =>
    score === null ? 'Care Coach panel open.' : `Care Coach panel open. ${plural(findings, 'finding', 'findings')}, care score ${score}.`,
} as const;
