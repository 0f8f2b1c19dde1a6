// @vitest-environment happy-dom
/**
 * The options page against the fake browser: every rule listed and searchable, switches that
 * write settings, locks shown and enforced, and pack text rendered as text only.
 */
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsApp } from '../../components/options/OptionsApp';
import { useOptionsStore } from '../../components/options/options-store';
import { BUILT_IN_RULES } from '../../rules/index';
import { loadSettings } from '../../settings/index';
import { forgetSettingsItems } from '../../settings/storage';

beforeEach(() => {
  fakeBrowser.reset();
  forgetSettingsItems();
  useOptionsStore.setState({ state: null, loadError: null, undo: null, status: null });
});
afterEach(cleanup);

async function renderPage() {
  render(<OptionsApp />);
  await screen.findByRole('heading', { name: 'What Care Coach looks for' });
}

const evil = '<img src=x onerror="document.title=1"><script>document.title=2</script>';

function storedPack(over: Record<string, unknown> = {}) {
  return {
    pack: {
      name: `Team ${evil}`,
      version: '1.0.0',
      author: 'Enablement',
      rules: [
        {
          id: 'html-message',
          category: 'pressure',
          severity: 'warning',
          phrases: ['final answer'],
          message: `Flagged ${evil}`,
          why: 'Because.',
          examples: { flag: [`Is that your [[final answer]]? ${evil}`], pass: ['Fine.'] },
        },
      ],
      disable: [],
      locked: {},
      ...over,
    },
    fileName: 'team.yaml',
    importedAt: 1,
  };
}

describe('options page', () => {
  it('lists every built-in rule with its category, message and examples', async () => {
    await renderPage();
    expect(document.querySelectorAll('.rule-card')).toHaveLength(BUILT_IN_RULES.length);
    const first = BUILT_IN_RULES[0];
    const card = document.querySelector(`[data-rule-id="${first.id}"]`) as HTMLElement;
    expect(within(card).getByText(first.spec.message)).toBeTruthy();
    expect(within(card).getByText(first.spec.why)).toBeTruthy();
    expect(card.querySelectorAll('.example-list.is-flag li')).toHaveLength(first.spec.examples.flag.length);
    expect(card.querySelector('.example-list.is-flag mark')?.textContent).toBe(/\[\[(.*?)\]\]/.exec(first.spec.examples.flag[0])?.[1]);
  });

  it('search narrows the list to matching rules', async () => {
    await renderPage();
    const rule = BUILT_IN_RULES[BUILT_IN_RULES.length - 1];
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search rules' }), { target: { value: rule.id } });
    await waitFor(() => expect(document.querySelectorAll('.rule-card')).toHaveLength(1));
    expect(document.querySelector('.rule-card')?.getAttribute('data-rule-id')).toBe(rule.id);
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search rules' }), { target: { value: 'zzzz no such words' } });
    await screen.findByText('No rule matches your search.');
  });

  it('switches write settings: a rule, a category, the sensitivity', async () => {
    await renderPage();
    const rule = BUILT_IN_RULES[0];
    fireEvent.click(screen.getByRole('switch', { name: `Rule ${rule.id} on` }));
    fireEvent.click(screen.getByRole('switch', { name: 'Category dismissive on' }));
    fireEvent.click(screen.getByRole('radio', { name: /^High/ }));
    await waitFor(async () => {
      const s = await loadSettings();
      expect(s.disabledRules).toEqual([rule.id]);
      expect(s.categories).not.toContain('dismissive');
      expect(s.sensitivity).toBe('high');
    });
    // The turned-off rule shows up under Ignored, with a way back.
    const list = await screen.findByRole('list', { name: 'Rules you turned off' });
    expect(within(list).getByText(rule.id)).toBeTruthy();
  });

  it('shows locked settings as locked and does not let them change', async () => {
    await fakeBrowser.storage.managed.set({ settings: { sensitivity: 'low', categories: ['urgency'] } });
    await renderPage();
    expect(screen.getAllByText('Locked by your administrator').length).toBeGreaterThanOrEqual(2);
    const high = screen.getByRole('radio', { name: /^High/ }) as HTMLInputElement;
    expect(high.disabled).toBe(true);
    expect((screen.getByRole('switch', { name: 'Category pressure on' }) as HTMLInputElement).disabled).toBe(true);
    fireEvent.click(high);
    expect((await loadSettings()).sensitivity).toBe('low');
  });

  it('renders everything from a pack as text: no HTML, no script', async () => {
    await fakeBrowser.storage.local.set({ teamPack: storedPack() });
    document.title = 'options';
    await renderPage();
    const card = document.querySelector('[data-rule-id="team/html-message"]') as HTMLElement;
    expect(card).toBeTruthy();
    expect(within(card).getByText(`Flagged ${evil}`)).toBeTruthy();
    expect(document.querySelector('img, script')).toBeNull();
    expect(document.title).toBe('options');
    expect(screen.getByTestId('pack-current').textContent).toContain(`Team ${evil}`);
  });

  it('a corrupt stored value shows a notice and can be reset', async () => {
    await fakeBrowser.storage.local.set({ settings: { sensitivity: 'extreme', highlightStyle: 'both' }, settings$: { v: 2 } });
    await renderPage();
    const alert = await screen.findByText(/Your saved sensitivity could not be read/);
    expect(alert).toBeTruthy();
    expect((screen.getByRole('radio', { name: 'Both' }) as HTMLInputElement).checked).toBe(true);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Use the defaults and clear this notice' }));
    });
    await waitFor(() => expect(screen.queryByText(/Your saved sensitivity could not be read/)).toBeNull());
  });

  it('undo brings back a removed custom phrase', async () => {
    await fakeBrowser.storage.local.set({ settings: { customPhrases: [{ phrase: 'final offer', category: 'pressure', message: 'An ultimatum.' }] }, settings$: { v: 2 } });
    await renderPage();
    const list = screen.getByRole('list', { name: 'Custom phrases' });
    fireEvent.click(within(list).getByRole('button', { name: 'Remove' }));
    await waitFor(async () => expect((await loadSettings()).customPhrases).toEqual([]));
    fireEvent.click(await screen.findByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect((await loadSettings()).customPhrases.map((p) => p.phrase)).toEqual(['final offer']));
  });

  it('has a privacy section saying what is stored and what never is', async () => {
    await renderPage();
    const privacy = document.getElementById('privacy') as HTMLElement;
    expect(privacy.textContent).toContain('Call notes, only when you type them in the notes pad');
    expect(privacy.textContent).toContain('Your drafts.');
    expect(privacy.textContent).toContain('no analytics');
  });
});
