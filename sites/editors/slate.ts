import type { EditorFinder } from './finder';

/** Slate. Its placeholder sits inside the root; empty lines hold a U+FEFF in a zero-width span. */
export const slate: EditorFinder = {
  framework: 'slate',
  selector: '[data-slate-editor="true"]',
  exclude: '[data-slate-placeholder], [data-slate-zero-width]',
};
