/**
 * Enterprise policy and team packs: precedence (policy > pack locks > user > defaults), locks that
 * refuse changes, a missing policy in both browsers' shapes, and the policy's own pack.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setSensitivity, setHighlightStyle, setRuleEnabled, setSiteEnabled } from '../../settings/actions';
import { canDisableRules, engineFor, loadSettings, loadSettingsState, toAnalyzeOptions } from '../../settings/index';
import { importPack } from '../../settings/pack-actions';
import { removePack } from '../../settings/pack-store';
import { refreshPolicyPack } from '../../settings/policy-pack';
import { forgetSettingsItems } from '../../settings/storage';
import { defaultEngine } from '../../analyzers/index';

const GOOD = readFileSync(join(__dirname, '..', 'fixtures', 'packs', 'good', 'full.json'), 'utf8');
const MINIMAL = readFileSync(join(__dirname, '..', 'fixtures', 'packs', 'good', 'minimal.yaml'), 'utf8');

beforeEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
  forgetSettingsItems();
});

describe('no policy', () => {
  it("Chrome's empty object means no policy", async () => {
    const state = await loadSettingsState();
    expect(state.effective.locked).toEqual([]);
    expect(state.policy.packText).toBeNull();
    expect(state.notices).toEqual([]);
  });

  it("Firefox's rejection means no policy, and nothing else breaks", async () => {
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockRejectedValue(new Error('Managed storage manifest not found'));
    await setSensitivity('high');
    const state = await loadSettingsState();
    expect(state.effective.sensitivity).toBe('high');
    expect(state.effective.locked).toEqual([]);
    expect(state.notices).toEqual([]);
    expect(await refreshPolicyPack()).toBeNull();
  });
});

describe('precedence: policy > pack locks > user > defaults', () => {
  it('each layer wins over the ones below it, key by key', async () => {
    await setSensitivity('low'); // user
    await setHighlightStyle('both'); // user, nobody overrides
    const imported = await importPack(GOOD, 'full.json'); // pack locks sensitivity: high
    expect(imported.errors).toEqual([]);
    let s = await loadSettings();
    expect(s.sensitivity).toBe('high');
    expect(s.highlightStyle).toBe('both');
    expect(s.lockedBy.sensitivity).toEqual({ by: 'pack', name: 'Acme Sales' });

    await fakeBrowser.storage.managed.set({ settings: { sensitivity: 'medium', disabledSites: ['intranet.example.com'] } });
    s = await loadSettings();
    expect(s.sensitivity).toBe('medium');
    expect(s.disabledSites).toEqual(['intranet.example.com']);
    expect(s.lockedBy.sensitivity).toEqual({ by: 'policy', name: 'your administrator' });
    expect(s.lockedBy.disabledSites).toEqual({ by: 'policy', name: 'your administrator' });
    expect(s.locked.sort()).toEqual(['disabledSites', 'sensitivity']);
    expect(s.highlightStyle).toBe('both');

    await fakeBrowser.storage.managed.clear();
    await removePack();
    s = await loadSettings();
    expect(s.sensitivity).toBe('low');
    expect(s.locked).toEqual([]);
  });

  it('a locked setting refuses changes and says who locked it', async () => {
    await importPack(GOOD, 'full.json');
    await expect(setSensitivity('low')).rejects.toThrow('Sensitivity is locked by the team pack "Acme Sales".');
    await fakeBrowser.storage.managed.set({ settings: { disabledRules: [], disabledSites: [] } });
    await expect(setRuleEnabled('urgency/offer-expires', false)).rejects.toThrow('Turned-off rules is locked by your administrator.');
    await expect(setSiteEnabled('mail.google.com', false)).rejects.toThrow('Sites is locked by your administrator.');
    expect(canDisableRules(await loadSettings())).toBe(false);
    expect((await loadSettings()).sensitivity).toBe('high');
  });

  it('an invalid policy value is ignored with a notice; the rest of the policy applies', async () => {
    await fakeBrowser.storage.managed.set({ settings: { sensitivity: 'max', highlightStyle: 'background' } });
    const state = await loadSettingsState();
    expect(state.effective.sensitivity).toBe('medium');
    expect(state.effective.highlightStyle).toBe('background');
    expect(state.effective.locked).toEqual(['highlightStyle']);
    expect(state.notices.map((n) => n.text)).toEqual([
      'Your administrator\'s policy sets sensitivity to a value this version can\'t use ("max" is not one of low, medium, high), so that part of the policy is ignored.',
    ]);
  });
});

describe("the policy's team pack", () => {
  it('is checked once by the background, then replaces the user pack and blocks imports', async () => {
    await importPack(MINIMAL, 'minimal.yaml');
    await fakeBrowser.storage.managed.set({ pack: GOOD });
    let state = await loadSettingsState();
    expect(state.policyPack).toEqual({ state: 'pending' });
    expect(state.effective.pack?.source).toBe('user');

    const verdict = await refreshPolicyPack();
    expect(verdict?.ok).toBe(true);
    state = await loadSettingsState();
    expect(state.policyPack.state).toBe('ok');
    expect(state.effective.pack?.source).toBe('policy');
    expect(state.effective.pack?.pack.name).toBe('Acme Sales');
    expect(state.userPack?.pack.name).toBe('Minimal');

    const refused = await importPack(MINIMAL, 'minimal.yaml');
    expect(refused.ok).toBe(false);
    expect(refused.errors).toEqual(['Your administrator provides the team pack, so another one cannot be imported.']);

    // Same text: no second check.
    const again = await refreshPolicyPack();
    expect(again?.checkedAt).toBe(verdict?.checkedAt);
  });

  it('an invalid policy pack is not used, and says why', async () => {
    await importPack(MINIMAL, 'minimal.yaml');
    await fakeBrowser.storage.managed.set({ pack: 'name: Broken\nversion: "1"\n' });
    await refreshPolicyPack();
    const state = await loadSettingsState();
    expect(state.policyPack).toEqual({ state: 'invalid', errors: ['author: is required'] });
    expect(state.effective.pack?.pack.name).toBe('Minimal');
    expect(state.notices.map((n) => n.id)).toEqual(['policy:pack-invalid']);
    expect(state.notices[0].text).toContain('first: author: is required');
  });

  it('a policy pack that is not text is reported', async () => {
    await fakeBrowser.storage.managed.set({ pack: { name: 'x' } });
    const state = await loadSettingsState();
    expect(state.notices.map((n) => n.id)).toEqual(['policy:pack']);
  });
});

describe('engineFor', () => {
  it('is the default engine without a pack', async () => {
    expect(engineFor(await loadSettings())).toBe(defaultEngine());
  });

  it("adds the pack's rules, drops the rules it turns off, and is reused while the pack is the same", async () => {
    const disabled = 'urgency/offer-expires';
    const text = 'Heads up: this offer expires Friday. Any chance you can ink it by Friday?';
    expect(defaultEngine().analyze(text).findings.map((f) => f.ruleId)).toContain(disabled);

    const pack = JSON.parse(GOOD);
    pack.disable = [disabled];
    const r = await importPack(JSON.stringify(pack), 'full.json');
    expect(r.errors).toEqual([]);
    const s = await loadSettings();
    const engine = engineFor(s);
    const found = engine.analyze(text, toAnalyzeOptions(s, 'email')).findings;
    expect(found.map((f) => f.ruleId)).toContain('team/ink-by-day');
    expect(found.find((f) => f.ruleId === 'team/ink-by-day')?.text).toBe('ink it by Friday');
    expect(found.map((f) => f.ruleId)).not.toContain(disabled);
    expect(engineFor(await loadSettings())).toBe(engine);
  });

  it("the user's turned-off rules reach the engine as ignored rules", async () => {
    await importPack(GOOD, 'full.json');
    await setRuleEnabled('team/ink-by-day', false);
    const s = await loadSettings();
    const found = engineFor(s).analyze('Any chance you can ink it by Friday?', toAnalyzeOptions(s, 'email')).findings;
    expect(found.map((f) => f.ruleId)).not.toContain('team/ink-by-day');
  });
});
