/**
 * The in-page read path (settings/in-page.ts → state.ts → stored.ts): it reads storage directly
 * and applies a pending migration in memory, never writing. Checked against what WXT's storage
 * items give after their migrations (the extension pages' path), on every stored shape the
 * migrations handle, and for leaving storage as it found it.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from 'wxt/browser';
import { loadSettings as loadInPage, disableRuleFromPage } from '../../settings/in-page';
import { loadSettings as loadViaItems } from '../../settings/index';
import { readStoredValues } from '../../settings/stored';
import { forgetSettingsItems, settingsItems } from '../../settings/storage';
import { startRuleSwitch } from '../../settings/background/rule-switch';

const local = () => fakeBrowser.storage.local;

beforeEach(() => {
  fakeBrowser.reset();
  forgetSettingsItems();
  vi.restoreAllMocks();
});

const STORED: Array<[string, Record<string, unknown>]> = [
  ['nothing', {}],
  ['v2 settings', { settings: { sensitivity: 'high', disabledRules: ['urgency/offer-expires'] }, settings$: { v: 2 } }],
  ['v1 settings', { settings: { categories: ['urgency', 'pressure'], disabledSites: ['https://Mail.Google.com/mail/u/0/'], sensitivity: 'low' }, settings$: { v: 1 } }],
  ['settings without a version (v1)', { settings: { categories: ['scarcity'] } }],
  ['an unreadable v1 field', { settings: { categories: 'all', sensitivity: 'low' }, settings$: { v: 1 } }],
  ['a newer version', { settings: { sensitivity: 'low', newShape: true }, settings$: { v: 9 } }],
  ['not an object', { settings: 'garbage', settings$: { v: 2 } }],
  ['a corrupt pack', { teamPack: { pack: { name: 5 } } }],
];

describe('in-page reads', () => {
  it.each(STORED)('%s: the same effective settings as the items give, and storage untouched', async (_, stored) => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    await local().set(stored);
    const before = await local().get(null);
    const inPage = await loadInPage();
    expect(await local().get(null)).toEqual(before);
    // The pages' path migrates in storage first, then reads.
    expect(await loadViaItems()).toEqual(inPage);
    error.mockRestore();
  });

  it('gives what the migrated items hold', async () => {
    await local().set(STORED[2][1]);
    const raw = await readStoredValues();
    const items = settingsItems();
    expect(raw.settings).toEqual(await items.settings.getValue());
    expect(raw.settings).toEqual({ disabledCategories: ['scarcity', 'social-pressure', 'fear-guilt', 'adversarial', 'dismissive'], disabledSites: ['mail.google.com'], sensitivity: 'low' });
  });
});

describe('turning a rule off from a page', () => {
  /** The background's rule switch, reached the way a page reaches it: the fake browser hands runtime messages to every listener and gives back their answers. */
  function connectToBackground(): void {
    startRuleSwitch();
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (msg: unknown) => {
      let reply: unknown;
      await fakeBrowser.runtime.onMessage.trigger(msg, { id: fakeBrowser.runtime.id, tab: { id: 1 } as Browser.tabs.Tab }, (r: unknown) => (reply = r));
      await vi.waitFor(() => expect(reply).toBeDefined());
      return reply;
    });
  }

  it('asks the background, which makes the checked write', async () => {
    connectToBackground();
    await disableRuleFromPage('urgency/offer-expires');
    expect((await loadInPage()).disabledRules).toEqual(['urgency/offer-expires']);
  });

  it("rejects with the background's sentence when it refuses, and writes nothing", async () => {
    connectToBackground();
    await expect(disableRuleFromPage('Not A Rule Id')).rejects.toThrow(/Turned-off rules: must be a rule id/);
    expect((await loadInPage()).disabledRules).toEqual([]);
  });

  it('says so when nothing answers', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    await expect(disableRuleFromPage('urgency/offer-expires')).rejects.toThrow('The extension did not answer; the rule stays on.');
  });
});
