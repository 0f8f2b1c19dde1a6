/**
 * Settings in browser.storage (WXT's fake browser): defaults, writes, versioned migrations, and
 * corrupt values falling back one field at a time with a notice.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CATEGORIES } from '../../analyzers/types';
import {
  addCustomPhrase,
  ignoreFinding,
  repairSettings,
  restoreIgnored,
  setCategoryEnabled,
  setSensitivity,
  setSiteEnabled,
  unignore,
  SettingsError,
} from '../../settings/actions';
import { DEFAULT_SETTINGS, disableRule, isIgnored, isSiteEnabled, loadSettings, loadSettingsState, watchSettings } from '../../settings/index';
import { forgetSettingsItems } from '../../settings/storage';

const local = () => fakeBrowser.storage.local;

beforeEach(() => {
  fakeBrowser.reset();
  forgetSettingsItems();
});

describe('reading and writing', () => {
  it('gives the defaults when nothing is stored', async () => {
    const s = await loadSettings();
    expect(s).toEqual(DEFAULT_SETTINGS);
    expect((await loadSettingsState()).notices).toEqual([]);
  });

  it('stores only what the user changed, at the current version', async () => {
    await setSensitivity('high');
    expect(await local().get(['settings', 'settings$'])).toEqual({ settings: { sensitivity: 'high' }, settings$: { v: 2 } });
    expect((await loadSettings()).sensitivity).toBe('high');
  });

  it('keeps other settings when one changes', async () => {
    await setSensitivity('low');
    await setCategoryEnabled('dismissive', false);
    await setSiteEnabled('https://Mail.Google.com/mail/u/0/#inbox', false);
    const s = await loadSettings();
    expect(s.sensitivity).toBe('low');
    expect(s.categories).toEqual(CATEGORIES.filter((c) => c !== 'dismissive'));
    expect(s.disabledSites).toEqual(['mail.google.com']);
    expect(isSiteEnabled(s, 'mail.google.com')).toBe(false);
    expect(isSiteEnabled(s, 'acme.my.salesforce.com')).toBe(true);
  });

  it('"turn off this rule" from a card lands in the turned-off list', async () => {
    await disableRule('urgency/offer-expires');
    await disableRule('urgency/offer-expires');
    expect((await loadSettings()).disabledRules).toEqual(['urgency/offer-expires']);
  });

  it('ignores a wording for one rule, and undo puts it back in place', async () => {
    await ignoreFinding({ ruleId: 'urgency/offer-expires', text: 'Offer  EXPIRES today' });
    await ignoreFinding({ ruleId: 'scarcity/only-n-left', text: 'only 3 left' });
    let s = await loadSettings();
    expect(isIgnored(s, { ruleId: 'urgency/offer-expires', text: 'offer expires today' })).toBe(true);
    expect(isIgnored(s, { ruleId: 'scarcity/only-n-left', text: 'offer expires today' })).toBe(false);
    const first = s.ignored[0];
    await unignore(first);
    s = await loadSettings();
    expect(s.ignored.map((i) => i.text)).toEqual(['only 3 left']);
    await restoreIgnored(first);
    s = await loadSettings();
    expect(s.ignored.map((i) => i.text)).toEqual(['offer expires today', 'only 3 left']);
  });

  it('refuses an invalid custom phrase with the field and the reason, saving nothing', async () => {
    await expect(addCustomPhrase({ phrase: 'x', category: 'pressure', message: 'm' })).rejects.toThrow(new SettingsError('phrase: must be at least 2 characters'));
    await expect(addCustomPhrase({ phrase: 'final offer', category: 'nope' as never, message: 'm' })).rejects.toThrow(/^category: "nope" is not one of scarcity/);
    expect(await local().get('settings')).toEqual({});
  });

  it('refuses a site that is not a hostname', async () => {
    await expect(setSiteEnabled('not a site!', false)).rejects.toThrow('"not a site!" must be a hostname like "mail.google.com"');
  });

  it('tells watchers about changes', async () => {
    const seen: string[] = [];
    const stop = watchSettings((s) => seen.push(s.sensitivity));
    await setSensitivity('high');
    await vi.waitFor(() => expect(seen).toEqual(['high']));
    stop();
    await setSensitivity('low');
    await new Promise((r) => setTimeout(r, 20));
    expect(seen).toEqual(['high']);
  });
});

describe('corrupt or unknown stored values', () => {
  it('falls back field by field, with a notice, and keeps every other setting', async () => {
    await local().set({
      settings: { sensitivity: 'extreme', highlightStyle: 'background', disabledRules: ['urgency/offer-expires'], disabledCategories: 'urgency' },
      settings$: { v: 2 },
    });
    const state = await loadSettingsState();
    expect(state.effective.sensitivity).toBe('medium');
    expect(state.effective.categories).toEqual([...CATEGORIES]);
    expect(state.effective.highlightStyle).toBe('background');
    expect(state.effective.disabledRules).toEqual(['urgency/offer-expires']);
    expect(state.notices.map((n) => n.id)).toEqual(['settings:disabledCategories', 'settings:sensitivity']);
    expect(state.notices[1].text).toBe(
      'Your saved sensitivity could not be read ("extreme"), so sensitivity went back to the default (medium). Your other settings are unchanged.',
    );
  });

  it('a value that is not settings at all gives the defaults and a notice', async () => {
    await local().set({ settings: 'garbage', settings$: { v: 2 } });
    const state = await loadSettingsState();
    expect(state.effective).toEqual(DEFAULT_SETTINGS);
    expect(state.notices.map((n) => n.id)).toEqual(['settings:unreadable']);
  });

  it('an unreadable team pack is set aside without touching settings', async () => {
    await local().set({ settings: { sensitivity: 'high' }, settings$: { v: 2 }, teamPack: { pack: { name: 42 } } });
    const state = await loadSettingsState();
    expect(state.effective.pack).toBeNull();
    expect(state.effective.sensitivity).toBe('high');
    expect(state.notices.map((n) => n.id)).toEqual(['pack:unreadable']);
  });

  it('repair writes back what could be read and clears the notices', async () => {
    await local().set({ settings: { sensitivity: 'extreme', highlightStyle: 'both', futureSetting: 7 }, settings$: { v: 2 } });
    await repairSettings();
    expect(await local().get('settings')).toEqual({ settings: { highlightStyle: 'both', futureSetting: 7 } });
    expect((await loadSettingsState()).notices).toEqual([]);
  });

  it('a write keeps keys this version does not know (a newer version wrote them)', async () => {
    await local().set({ settings: { futureSetting: { a: 1 } }, settings$: { v: 2 } });
    await setSensitivity('low');
    expect((await local().get('settings')).settings).toEqual({ futureSetting: { a: 1 }, sensitivity: 'low' });
  });

  it('a change to one setting drops an unreadable one instead of failing', async () => {
    await local().set({ settings: { sensitivity: 42, highlightStyle: 'both' }, settings$: { v: 2 } });
    await setCategoryEnabled('urgency', false);
    expect((await local().get('settings')).settings).toEqual({ highlightStyle: 'both', disabledCategories: ['urgency'] });
  });
});

describe('migrations', () => {
  it('upgrades v1 (categories that were on) to v2 (categories that are off)', async () => {
    await local().set({
      settings: { categories: ['urgency', 'pressure'], disabledSites: ['https://Mail.Google.com/mail/u/0/', 'acme.my.salesforce.com'], sensitivity: 'high' },
      settings$: { v: 1 },
    });
    const s = await loadSettings();
    expect(s.categories).toEqual(['urgency', 'pressure']);
    expect(s.disabledSites).toEqual(['mail.google.com', 'acme.my.salesforce.com']);
    expect(s.sensitivity).toBe('high');
    expect(await local().get(['settings', 'settings$'])).toEqual({
      settings: {
        disabledCategories: ['scarcity', 'social-pressure', 'fear-guilt', 'adversarial', 'dismissive'],
        disabledSites: ['mail.google.com', 'acme.my.salesforce.com'],
        sensitivity: 'high',
      },
      settings$: { v: 2 },
    });
  });

  it('treats a stored value without a version as v1', async () => {
    await local().set({ settings: { categories: ['scarcity'] } });
    expect((await loadSettings()).categories).toEqual(['scarcity']);
  });

  it('an unreadable v1 field survives the migration as a notice, not a crash', async () => {
    await local().set({ settings: { categories: 'all', sensitivity: 'low' }, settings$: { v: 1 } });
    const state = await loadSettingsState();
    expect(state.effective.sensitivity).toBe('low');
    expect(state.effective.categories).toEqual([...CATEGORIES]);
    expect(state.notices.map((n) => n.id)).toEqual(['settings:disabledCategories']);
  });

  it('a value from a newer version is still read field by field', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    await local().set({ settings: { sensitivity: 'low', newShape: true }, settings$: { v: 9 } });
    expect((await loadSettings()).sensitivity).toBe('low');
    error.mockRestore();
  });
});
