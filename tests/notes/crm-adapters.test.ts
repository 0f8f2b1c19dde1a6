// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { adapterFor, BUILT_IN_CRMS, BUILT_IN_MATCHES, genericAdapter } from '../../sites/crm/index';
import { salesforce } from '../../sites/crm/salesforce';
import { hubspot } from '../../sites/crm/hubspot';
import { pipedrive } from '../../sites/crm/pipedrive';

const FIXTURES = join(__dirname, '..', 'fixtures', 'crm');

function load(file: string): void {
  const html = readFileSync(join(FIXTURES, file), 'utf8');
  document.body.innerHTML = /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? '';
}
const byTestId = (id: string) => document.querySelector<HTMLElement>(`[data-testid="${id}"]`)!;
const at = (url: string) => new URL(url) as unknown as Location;

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('which adapter serves a page', () => {
  it.each([
    ['https://acme.lightning.force.com/lightning/r/Opportunity/006/view', 'salesforce'],
    ['https://acme--uat.sandbox.lightning.force.com/lightning/page/home', 'salesforce'],
    ['https://acme.my.salesforce.com/00T/e', 'salesforce'],
    ['https://app.hubspot.com/contacts/123/record/0-1/456', 'hubspot'],
    ['https://app-eu1.hubspot.com/contacts/123/record/0-1/456', 'hubspot'],
    ['https://acme.pipedrive.com/deal/42', 'pipedrive'],
    ['https://crm.example-inhouse.com/accounts/7', 'opt-in'],
    ['https://www.hubspot.com/pricing', 'opt-in'],
    ['https://lightning.force.com.evil.example/', 'opt-in'],
  ])('%s → %s', (url, id) => {
    expect(adapterFor(at(url)).id).toBe(id);
  });

  it('every built-in host pattern of the manifest belongs to an adapter', () => {
    for (const pattern of BUILT_IN_MATCHES) {
      const host = /^https:\/\/([^/]+)\//.exec(pattern)![1].replace('*.', 'acme.');
      expect(BUILT_IN_CRMS.some((a) => a.matches(at(`https://${host}/`))), pattern).toBe(true);
    }
  });

  it('the opt-in adapter is labelled with the site and escapes its hostname', () => {
    const a = genericAdapter('crm.example-inhouse.com');
    expect(a.label).toBe('crm.example-inhouse.com');
    expect(a.matches(at('https://crmXexample-inhouse.com/'))).toBe(false);
  });
});

describe('Salesforce', () => {
  it('Log a Call comments: the textarea in lightning-textarea, anchored to it', () => {
    load('salesforce-log-a-call.html');
    const [h, ...rest] = salesforce.findEditors(document);
    expect(rest).toEqual([]);
    expect(h.kind).toBe('textarea');
    expect(h.element).toBe(byTestId('editor'));
    expect(salesforce.ruleFor(h.element)).toBe('Log a Call comments (lightning-textarea)');
    expect(h.anchor().tagName).toBe('LIGHTNING-TEXTAREA');
  });

  it('rich-text notes in a shadow root: Quill, found from the focused node, anchored across the shadow boundary', () => {
    const host = document.createElement('lightning-input-rich-text');
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<div class="ql-container"><div class="ql-editor" contenteditable="true"><p>Plan: <b>go in</b> for the kill.</p></div></div>';
    const editor = shadow.querySelector<HTMLElement>('.ql-editor')!;
    expect(salesforce.findEditors(document)).toEqual([]);
    const h = salesforce.editorAt(editor.querySelector('b')!.firstChild!)!;
    expect(h.element).toBe(editor);
    expect(salesforce.ruleFor(editor)).toBe('rich-text note (lightning-input-rich-text, Quill)');
    expect(h.anchor()).toBe(host);
    expect(h.snapshot().text.trim()).toBe('Plan: go in for the kill.');
    expect(h.textKind).toBe('note');
  });
});

describe('HubSpot', () => {
  it('the timeline note composer (ProseMirror)', () => {
    load('hubspot-note.html');
    const [h] = hubspot.findEditors(document);
    expect(hubspot.ruleFor(h.element)).toBe('record timeline note (ProseMirror)');
    expect(h.snapshot().text.trim()).toBe('Dana mentioned Gong and an in-house build.\nPlan: go in for the kill on Thursday and overcome their objections.');
  });

  it("the email composer leaves out the quoted reply and the signature", () => {
    load('hubspot-email.html');
    const [h] = hubspot.findEditors(document);
    expect(hubspot.ruleFor(h.element)).toBe('record timeline email (ProseMirror)');
    const text = h.snapshot().text;
    expect(text).toContain('This offer expires Friday');
    expect(text).not.toContain('spots left');
    expect(text).not.toContain('objections');
  });
});

describe('Pipedrive', () => {
  it('deal notes', () => {
    load('pipedrive-note.html');
    const [h] = pipedrive.findEditors(document);
    expect(pipedrive.ruleFor(h.element)).toBe('detail view note (contenteditable)');
    expect(h.snapshot().text).toContain('go in for the kill');
  });

  it('activity notes, anchored to the modal', () => {
    load('pipedrive-activity.html');
    const [h] = pipedrive.findEditors(document);
    expect(pipedrive.ruleFor(h.element)).toBe('activity note (contenteditable)');
    expect(h.anchor().getAttribute('role')).toBe('dialog');
  });

  it('an editor no rule knows is still coached (fallback by framework)', () => {
    document.body.innerHTML = '<div class="ProseMirror" contenteditable="true"><p>New UI</p></div>';
    const [h] = pipedrive.findEditors(document);
    expect(pipedrive.ruleFor(h.element)).toBe('fallback');
  });
});
