/** Mounts one coach UI (badge, panel, card) in its own shadow root, outside the editor. */
import { createRoot, type Root } from 'react-dom/client';
import { createShadowRootUi, type ContentScriptContext } from '#imports';
import type { CoachStore } from '../../components/coach-store';
import { CoachApp } from '../../components/CoachApp';
import { COACH_CSS } from '../../components/coach-styles';
import { UI_TAG, type MountedUi } from './protocol';

export async function mountCoachApp(ctx: ContentScriptContext, store: CoachStore): Promise<MountedUi> {
  const ui = await createShadowRootUi<Root>(ctx, {
    name: UI_TAG,
    position: 'inline',
    anchor: () => document.body,
    append: 'last',
    // Styles as text: no stylesheet fetch and no web-accessible file the page could probe.
    css: COACH_CSS,
    // Keys typed in the panel stay in the panel (Gmail's single-key shortcuts must not fire).
    isolateEvents: true,
    onMount(container) {
      const root = createRoot(container);
      root.render(<CoachApp store={store} />);
      return root;
    },
    onRemove(root) {
      root?.unmount();
    },
  });
  ui.mount();
  return { host: ui.shadowHost, remove: () => ui.remove() };
}
