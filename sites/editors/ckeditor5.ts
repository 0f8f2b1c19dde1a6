import type { EditorFinder } from './finder';

/** CKEditor 5 (classic, inline and balloon builds all mark the editable this way). */
export const ckeditor5: EditorFinder = {
  framework: 'ckeditor5',
  selector: '.ck-editor__editable',
  // The hidden container CKEditor uses to keep a widget selection for screen readers.
  exclude: '.ck-fake-selection-container, .ck-widget__type-around',
};
