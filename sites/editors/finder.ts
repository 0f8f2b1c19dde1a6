/** One editor framework: how to recognise its editable root and what inside it is not the user's text. */
export type EditorFramework =
  | 'prosemirror'
  | 'quill'
  | 'draft'
  | 'slate'
  | 'lexical'
  | 'ckeditor5'
  | 'trix'
  | 'textarea'
  | 'contenteditable';

export interface EditorFinder {
  readonly framework: EditorFramework;
  /** Matches the element the framework makes editable (the root, not a wrapper). */
  readonly selector: string;
  /** Subtrees inside the root that are not the user's words: placeholders, widgets, carets. */
  readonly exclude?: string;
}

/** A field found on the page, before it becomes an EditorHandle. */
export interface FoundEditor {
  readonly element: HTMLElement;
  readonly finder: EditorFinder;
}
