import type { EditorFinder } from './finder';

/** A plain multi-line field ("Log a Call" comments, most in-house tools). */
export const textarea: EditorFinder = {
  framework: 'textarea',
  selector: 'textarea',
};
