import type { EditorFinder } from './finder';

/** Quill 1/2 (Salesforce's lightning-input-rich-text). `.ql-container` wraps; `.ql-editor` is editable. */
export const quill: EditorFinder = {
  framework: 'quill',
  selector: '.ql-editor',
  // Quill parks the caret in a span holding U+FEFF while a format is pending.
  exclude: '.ql-cursor',
};
