import type { EditorFinder } from './finder';

/** Draft.js. Its placeholder is a sibling of the content root, so nothing to leave out. */
export const draft: EditorFinder = {
  framework: 'draft',
  selector: '.public-DraftEditor-content',
};
