/**
 * The page script's own badge, for when the coach UI bundle can't be loaded (the browser refused
 * the injection, the extension was updated under the page): "coaching paused", with the reason
 * as its title and for screen readers. Plain DOM, no React, so it costs the page script little.
 */
import type { ContentScriptContext } from '#imports';
import type { CoachStore } from '../../components/coach-store';
import { COACH_BADGE_CSS } from '../../components/coach-styles';
import { placeBadge } from '../../components/placement';
import { PAGE_STRINGS as S } from '../../components/strings-page';
import { UI_TAG, type MountedUi } from './protocol';

export function mountFallbackBadge(ctx: ContentScriptContext, store: CoachStore): MountedUi {
  const host = document.createElement(UI_TAG);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = COACH_BADGE_CSS;
  const root = document.createElement('div');
  root.className = 'cc-root';
  root.dataset.status = 'paused';
  const badge = document.createElement('div');
  badge.className = 'cc-badge cc-badge-paused cc-interactive';
  badge.setAttribute('role', 'status');
  badge.dataset.testid = 'cc-badge';
  badge.dataset.fallback = 'true';
  const label = document.createElement('span');
  label.textContent = S.paused;
  const why = document.createElement('span');
  why.className = 'cc-sr';
  badge.append(label, why);
  root.append(badge);
  shadow.append(style, root);

  const render = () => {
    const s = store.getState();
    const reason = s.pausedReason ?? S.pausedUiUnavailable;
    badge.title = reason;
    why.textContent = reason;
    // Hidden while the editor is scrolled away or minimised (no visible box), as the full badge is.
    const at = s.layout.editor ? placeBadge(s.layout.editor) : null;
    badge.hidden = !at;
    if (at) {
      badge.style.left = `${at.right}px`;
      badge.style.top = `${at.bottom}px`;
    }
  };
  const unsubscribe = store.subscribe(render);
  render();
  document.body.append(host);
  let removed = false;
  const remove = () => {
    if (removed) return;
    removed = true;
    unsubscribe();
    host.remove();
  };
  ctx.onInvalidated(remove);
  return { host, remove };
}
