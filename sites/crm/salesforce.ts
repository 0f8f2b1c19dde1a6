/**
 * Salesforce Lightning Experience. Unverified against a live org (no public DOM reference):
 * each selector says which UI it is for; check them on a real tenant and fix here.
 */
import { defineCrm } from './define-crm';

export const salesforce = defineCrm({
  id: 'salesforce',
  label: 'Salesforce',
  // Lightning (my.domain.lightning.force.com, sandboxes included) and My Domain (.my.salesforce.com).
  hosts: /(^|\.)(lightning\.force\.com|my\.salesforce\.com)$/,
  rules: [
    {
      // Notes (Enhanced Notes) and rich-text fields: lightning-input-rich-text is Quill inside.
      ui: 'rich-text note (lightning-input-rich-text, Quill)',
      editor: '.ql-editor',
      within: 'lightning-input-rich-text',
      anchor: 'lightning-input-rich-text',
    },
    {
      // Older Aura rich-text editor (same Quill, different wrapper).
      ui: 'rich-text field (Aura, .slds-rich-text-editor)',
      editor: '.ql-editor',
      within: '.slds-rich-text-editor',
      anchor: '.slds-rich-text-editor',
    },
    {
      // Log a Call quick action: "Comments" is a long text area in a lightning-textarea.
      ui: 'Log a Call comments (lightning-textarea)',
      editor: 'textarea',
      within: 'lightning-textarea',
      anchor: 'lightning-textarea',
    },
    {
      // Log a Call in the Aura activity publisher.
      ui: 'Log a Call comments (Aura publisher, textarea.slds-textarea)',
      editor: 'textarea.slds-textarea',
      anchor: '.slds-form-element',
    },
  ],
  fallback: true,
});
