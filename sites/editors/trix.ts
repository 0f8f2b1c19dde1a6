import type { EditorFinder } from './finder';

/** Trix (Basecamp, HEY, Rails Action Text): the custom element itself is editable. */
export const trix: EditorFinder = {
  framework: 'trix',
  selector: 'trix-editor',
  exclude: 'figure[data-trix-attachment]',
};
