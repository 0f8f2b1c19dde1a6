// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createSnapshot, sameText } from '../../sites/snapshot';
import { GMAIL_EXCLUDE } from '../../sites/gmail';

function body(html: string): HTMLElement {
  document.body.replaceChildren();
  const el = document.createElement('div');
  el.setAttribute('contenteditable', 'true');
  // Test markup built by the test itself (happy-dom has no Trusted Types).
  el.innerHTML = html;
  document.body.append(el);
  return el;
}

const GMAIL_DRAFT =
  '<div dir="ltr">Hi Sam,<div><br></div><div>This offer <b>expires</b> Friday.</div><div><br></div><div>Best,</div><div>Alex</div><br clear="all"><div><br></div>' +
  '<span class="gmail_signature_prefix">-- </span><br><div dir="ltr" class="gmail_signature" data-smartmail="gmail_signature">Only 2 seats left!</div></div>' +
  '<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Mon, Sam wrote:<br></div><blockquote class="gmail_quote">The offer expires today?</blockquote></div>';

describe('createSnapshot', () => {
  it('reads the rep\'s text with a newline per line, leaving quotes and signatures out', () => {
    const snap = createSnapshot(body(GMAIL_DRAFT), { exclude: GMAIL_EXCLUDE });
    expect(snap.text.replace(/\n+$/, '')).toBe('Hi Sam,\n\nThis offer expires Friday.\n\nBest,\nAlex');
    expect(snap.text).not.toMatch(/seats|wrote|today/);
  });

  it('maps every span back to the DOM and back again', () => {
    const root = body(GMAIL_DRAFT);
    const snap = createSnapshot(root, { exclude: GMAIL_EXCLUDE });
    for (const word of ['Hi Sam', 'offer expires Friday', 'expires', 'Best', 'Alex']) {
      const start = snap.text.indexOf(word);
      const range = snap.toRange(start, start + word.length)!;
      expect(range.toString()).toBe(word);
      expect(snap.offsetOf(range.startContainer, range.startOffset)).toBe(start);
      expect(snap.offsetOf(range.endContainer, range.endOffset)).toBe(start + word.length);
    }
  });

  it('collapses source whitespace and maps nbsp 1:1', () => {
    const root = body('<div>\n   Hello\n   there,\u00a0\u00a0friend  </div>\n  <p>Next</p>');
    const snap = createSnapshot(root);
    expect(snap.text).toBe('Hello there,  friend \nNext\n');
    const start = snap.text.indexOf('there,  friend');
    expect(sameText(snap.toRange(start, start + 14)!.toString(), 'there,  friend')).toBe(true);
  });

  it('refuses ranges once the text they came from changed', () => {
    const root = body('<div>This offer expires Friday.</div>');
    const snap = createSnapshot(root);
    expect(snap.isCurrent()).toBe(true);
    (root.firstChild!.firstChild as Text).data = 'This deal expires Friday.';
    expect(snap.isCurrent()).toBe(false);
    expect(snap.toRange(5, 10)).toBeNull();
  });

  it('returns null for positions outside the rep\'s text', () => {
    const root = body(GMAIL_DRAFT);
    const snap = createSnapshot(root, { exclude: GMAIL_EXCLUDE });
    const sig = root.querySelector('.gmail_signature')!.firstChild!;
    expect(snap.offsetOf(sig, 2)).toBeNull();
    expect(snap.offsetOf(document.body, 0)).toBeNull();
  });

  it('gives element positions the offset of the next text', () => {
    const root = body('<div>One</div><div>Two</div>');
    const snap = createSnapshot(root);
    expect(snap.text).toBe('One\nTwo\n');
    expect(snap.offsetOf(root, 1)).toBe(snap.text.indexOf('Two'));
  });
});
