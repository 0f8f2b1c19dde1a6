/** The coach's keyboard shortcut, shared by the page script (no React) and the panel. */

/** Alt+Shift+C: open the coach panel, then step through findings. */
export function isStepShortcut(e: { altKey: boolean; shiftKey: boolean; ctrlKey: boolean; metaKey: boolean; code: string }): boolean {
  return e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && e.code === 'KeyC';
}
