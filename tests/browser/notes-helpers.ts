/**
 * Helpers for the notes real-browser tests: what the coach painted (CSS highlights registered
 * in the page, overlay boxes in our shadow layers), read from the page's main world.
 */
import type { Page } from 'playwright-core';

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
  width: number;
  height: number;
}

export interface PaintedHighlight {
  name: string;
  text: string;
  rects: Rect[];
}

/** Every range of every CSS highlight registered in the page (active-finding duplicates left out). */
export function highlights(page: Page): Promise<PaintedHighlight[]> {
  return page.evaluate(() => {
    const out: Array<{ name: string; text: string; rects: Rect[] }> = [];
    const toRect = (r: DOMRect) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom, width: r.width, height: r.height });
    for (const [name, h] of CSS.highlights as unknown as Map<string, Set<Range>>) {
      if (name.endsWith('-active')) continue;
      for (const r of h) out.push({ name, text: r.toString(), rects: [...r.getClientRects()].filter((x) => x.width > 0).map(toRect) });
    }
    return out;
  });
}

export interface OverlayBox extends Rect {
  /** The part of the viewport the layer lets show (its clip-path), or null when unclipped. */
  clip: Rect | null;
}

/** Boxes drawn in the overlay layers (textareas, editors in shadow roots), viewport coordinates. */
export function overlayBoxes(page: Page): Promise<OverlayBox[]> {
  return page.evaluate(() => {
    const out: OverlayBox[] = [];
    for (const host of document.querySelectorAll('care-coach-overlay')) {
      const layer = host.shadowRoot?.firstElementChild as HTMLElement | null;
      if (!layer) continue;
      // Serialised like margins: 1 to 4 values (Chrome drops repeated ones).
      const m = /^inset\(([^)]*)\)$/.exec(layer.style.clipPath);
      const clip = m
        ? (() => {
            const v = m[1].trim().split(/\s+/).map((x) => parseFloat(x));
            const [t, r = t, b = t, l = r] = v;
            const right = innerWidth - r;
            const bottom = innerHeight - b;
            return { left: l, top: t, right, bottom, width: right - l, height: bottom - t };
          })()
        : null;
      for (const box of layer.children) {
        const r = box.getBoundingClientRect();
        out.push({ left: r.left, top: r.top, right: r.right, bottom: r.bottom, width: r.width, height: r.height, clip });
      }
    }
    return out;
  });
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;
}

/** Every box shows only inside `field`: its layer's clip lies within the field and the box meets the clip. */
export function drawnWithin(boxes: OverlayBox[], field: Rect, slack = 1): boolean {
  return boxes.every((b) => b.clip !== null && inside(b.clip, field, slack) && intersects(b, b.clip));
}

/** The padding box of an element (where a textarea's text can show), viewport coordinates. */
export function paddingBox(page: Page, selector: string): Promise<Rect> {
  return page.evaluate((sel) => {
    const el = document.querySelector<HTMLElement>(sel)!;
    const r = el.getBoundingClientRect();
    const left = r.left + el.clientLeft;
    const top = r.top + el.clientTop;
    return { left, top, right: left + el.clientWidth, bottom: top + el.clientHeight, width: el.clientWidth, height: el.clientHeight };
  }, selector);
}

export function inside(inner: Rect, outer: Rect, slack = 1): boolean {
  return inner.left >= outer.left - slack && inner.right <= outer.right + slack && inner.top >= outer.top - slack && inner.bottom <= outer.bottom + slack;
}

/**
 * Records every change the page's DOM sees inside `selector` from now on (the coach must make
 * none until the rep applies something). Read back with `mutationsIn`.
 */
export async function watchMutations(page: Page, selector: string): Promise<void> {
  await page.evaluate((sel) => {
    const w = window as unknown as { __mutations: string[] };
    w.__mutations = [];
    const el = document.querySelector(sel)!;
    new MutationObserver((records) => {
      for (const r of records) w.__mutations.push(`${r.type}:${(r.target as Element).nodeName}`);
    }).observe(el, { subtree: true, childList: true, characterData: true, attributes: true });
  }, selector);
}

export function mutationsIn(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __mutations: string[] }).__mutations);
}

/**
 * The rep's "Allow" in the browser's permission prompt, which headless Chromium cannot show:
 * the same grant through the browser's own site-access setting (chrome://extensions). After
 * it, `permissions.request` for that origin resolves true at once, as after a click on Allow.
 */
export async function approvePermissionPrompt(context: import('playwright-core').BrowserContext, extensionId: string, origin: string): Promise<void> {
  const page = await context.newPage();
  await page.goto('chrome://extensions/');
  await page.evaluate(
    ([id, pattern]) => chrome.developerPrivate.addHostPermission(id, pattern),
    [extensionId, `${origin}/*`] as const,
  );
  await page.close();
}

/** The id of the tab showing `page`, from the extension's service worker. */
export async function tabIdOf(context: import('playwright-core').BrowserContext, page: Page): Promise<number> {
  await page.bringToFront();
  const sw = context.serviceWorkers()[0];
  return sw.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0].id!);
}

/** Turns coaching on for an origin the way the popup does, minus the popup (for tests about editors). */
export async function optIn(context: import('playwright-core').BrowserContext, extensionId: string, origin: string): Promise<void> {
  await approvePermissionPrompt(context, extensionId, origin);
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  // Playwright's evaluate counts as a user gesture; the background hears permissions.onAdded.
  const granted = await page.evaluate((o) => chrome.permissions.request({ origins: [`${o}/*`] }), origin);
  if (!granted) throw new Error(`permission for ${origin} was not granted`);
  const sw = context.serviceWorkers()[0];
  for (let i = 0; i < 50; i++) {
    const ids = await sw.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).map((s) => s.id));
    if (ids.includes(`care-coach-notes@${origin}`)) break;
    await page.waitForTimeout(100);
  }
  await page.close();
}
