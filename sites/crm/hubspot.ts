/**
 * HubSpot CRM record timeline: the note and email composers. HubSpot's rich text is built on
 * ProseMirror today (Draft.js in older builds). Unverified against a live portal: each selector
 * says which UI it is for.
 */
import { defineCrm } from './define-crm';

export const hubspot = defineCrm({
  id: 'hubspot',
  label: 'HubSpot',
  // app.hubspot.com and the regional data centres (app-eu1.hubspot.com, app-na2…).
  hosts: /^app(-[a-z]{2}\d+)?\.hubspot\.com$/,
  rules: [
    {
      // Timeline "Note" composer.
      ui: 'record timeline note (ProseMirror)',
      editor: '.ProseMirror',
      within: '[data-test-id="note-editor"], [data-selenium-test="note-editor"]',
      anchor: '[data-test-id="note-editor"], [data-selenium-test="note-editor"]',
    },
    {
      // Timeline "Email" composer: the quoted thread and the signature are not the rep's words.
      ui: 'record timeline email (ProseMirror)',
      editor: '.ProseMirror',
      within: '[data-test-id="email-editor"], [data-selenium-test="email-editor"]',
      anchor: '[data-test-id="email-editor"], [data-selenium-test="email-editor"]',
      exclude: ['blockquote', '.hs-signature', '[data-signature]'],
    },
    {
      // Older composers on Draft.js.
      ui: 'timeline composer (Draft.js, older builds)',
      editor: '.public-DraftEditor-content',
    },
  ],
  fallback: true,
});
