/**
 * The contract between site adapters, the painter and the coach UI. Adapters find editors and
 * read them; they never judge text. One implementation of painting, cards and panels serves
 * every site (Gmail, CRMs, any opted-in site).
 */

/** What the engine analyses, plus a way back from offsets to the page. */
export interface TextSnapshot {
  /** The rep's own text: quoted replies, signatures and non-editable islands left out. */
  readonly text: string;
  /** DOM range for [start, end) of `text`, or null when the editor changed since the snapshot. */
  toRange(start: number, end: number): Range | null;
  /** Offset in `text` of a DOM position (for caret hit-testing), or null when outside the text. */
  offsetOf(node: Node, offset: number): number | null;
}

export type EditorKind = 'contenteditable' | 'textarea';

/** One editable field being coached. */
export interface EditorHandle {
  readonly kind: EditorKind;
  /** The editable element (contenteditable root, textarea or input). */
  readonly element: HTMLElement;
  /** Text kind for the engine: emails in Gmail, notes in CRMs. */
  readonly textKind: 'email' | 'note';
  snapshot(): TextSnapshot;
  /** Replace [start, end) through the editor's own input path so Ctrl+Z undoes it. */
  replace(start: number, end: number, text: string): boolean;
  /** Insert at an offset (or at the caret when `at` is null), through the input path. */
  insert(at: number | null, text: string): boolean;
  /** Where the badge and panel anchor (e.g. Gmail's compose window). */
  anchor(): HTMLElement;
  /** Extra text analysed with the body, e.g. the subject line; never painted. */
  extraText?(): string;
  /**
   * The field `extraText` comes from (e.g. Gmail's subject input), so a session can listen to it
   * and apply a suggestion there through the same input path. Null when hidden or absent.
   */
  extraField?(): HTMLInputElement | HTMLTextAreaElement | null;
  /** True while the editor is still attached to the page; sessions end when it turns false. */
  isAlive?(): boolean;
  /**
   * The caret's offset in `snapshot().text`, for editors whose caret the session can't follow
   * through DOM selection ranges (textareas: `selectionStart`). Null when unknown.
   */
  caretOffset?(): number | null;
}

/** A site adapter: which pages, how to find editors. No judging, no UI. */
export interface SiteAdapter {
  readonly id: string;
  matches(location: Location): boolean;
  /** Editors present under `root` (called on start and for each added subtree). */
  findEditors(root: ParentNode): EditorHandle[];
  /** True when the page looks like the site but the expected structure is missing. */
  looksBroken?(doc: Document): boolean;
}
