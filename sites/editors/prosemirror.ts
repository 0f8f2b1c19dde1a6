import type { EditorFinder } from './finder';

/** ProseMirror and what is built on it (Tiptap, Remirror; HubSpot's and Atlassian's editors). */
export const prosemirror: EditorFinder = {
  framework: 'prosemirror',
  selector: '.ProseMirror',
  // Widgets are decorations (mentions menus, placeholders drawn as nodes), not document text.
  exclude: '.ProseMirror-widget',
};
