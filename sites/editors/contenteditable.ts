import type { EditorFinder } from './finder';

/** Any other rich-text field: the fallback when no framework is recognised. */
export const contenteditable: EditorFinder = {
  framework: 'contenteditable',
  selector: '[contenteditable]:not([contenteditable="false"])',
};
