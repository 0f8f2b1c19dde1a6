/**
 * Pipedrive: notes on a deal, person or organization, and the note of an activity. Class names
 * are hashed in the current UI; these selectors lean on test ids and roles. Unverified against
 * a live company account: each selector says which UI it is for.
 */
import { defineCrm } from './define-crm';

export const pipedrive = defineCrm({
  id: 'pipedrive',
  label: 'Pipedrive',
  // company.pipedrive.com
  hosts: /(^|\.)pipedrive\.com$/,
  rules: [
    {
      // "Notes" tab of a deal/person/organization detail view: a rich-text contenteditable.
      ui: 'detail view note (contenteditable)',
      editor: '[contenteditable="true"]',
      within: '[data-testid="note-editor"], [data-test="note-editor"]',
      anchor: '[data-testid="note-editor"], [data-test="note-editor"]',
    },
    {
      // Schedule/edit activity modal: the "Note" field, rich text.
      ui: 'activity note (contenteditable)',
      editor: '[contenteditable="true"]',
      within: '[data-testid="activity-note"], [data-test="activity-note"]',
      anchor: '[role="dialog"]',
    },
    {
      // Activity "Note" in the older modal was a plain textarea.
      ui: 'activity note (older modal, textarea)',
      editor: 'textarea',
      within: '[data-testid="activity-note"], [data-test="activity-note"], .activityNote',
      anchor: '[role="dialog"]',
    },
  ],
  fallback: true,
});
