/** The bench's typing page is the test suite's Gmail compose with a generated draft as its body. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { composeWithDraft } from '../../bench/browser-typing';

const fixture = readFileSync(join(__dirname, '..', 'fixtures', 'gmail', 'compose.html'), 'utf8');

describe('composeWithDraft', () => {
  const draft = '<div>Only $5 left &amp; the price goes up Friday.</div><div><br></div><div>Best,</div>';
  const html = composeWithDraft(fixture, draft);

  it('puts the draft in the compose body and drops the greeting, signature and quoted thread', () => {
    const body = /g_editable="true"[^>]*>([\s\S]*?)<\/div><\/div><\/td><\/tr><\/tbody><\/table>/.exec(html);
    expect(body?.[1]).toBe(draft);
    expect(html).not.toContain('gmail_quote');
    expect(html).not.toContain('gmail_signature');
  });

  it('keeps the rest of the compose as the fixture has it', () => {
    const [before] = fixture.split(/(?<=g_editable="true"[^>]*>)/);
    expect(html.startsWith(before)).toBe(true);
    expect(html.endsWith(fixture.slice(fixture.lastIndexOf('</div></div></td></tr></tbody></table>')))).toBe(true);
  });

  it('says what is wrong when the fixture has no compose body', () => {
    expect(() => composeWithDraft('<html></html>', draft)).toThrow(/no compose body/);
  });
});
