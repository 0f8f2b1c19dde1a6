import type { EditorFinder } from './finder';

/** Lexical (Meta). Decorator nodes are contenteditable=false islands, left out by the snapshot. */
export const lexical: EditorFinder = {
  framework: 'lexical',
  selector: '[data-lexical-editor="true"]',
};
