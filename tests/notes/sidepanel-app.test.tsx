// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SidePanelApp } from '../../components/sidepanel/SidePanelApp';
import { Checklist } from '../../components/sidepanel/Checklist';
import { checklist } from '../../components/sidepanel/checklist';
import { CALLS_KEY, loadCalls } from '../../components/sidepanel/notes-store';
import { MSG_CRM_NOTE, MSG_CRM_NOTE_GONE } from '../../components/sidepanel/messages';

beforeEach(() => {
  fakeBrowser.reset();
});
afterEach(() => cleanup());

const pad = () => screen.getByTestId('sp-pad') as HTMLTextAreaElement;
const ticked = () =>
  [...screen.getByTestId('sp-checklist').querySelectorAll('li[data-done="true"]')].map((li) => `${li.getAttribute('data-question')}:${li.getAttribute('data-source')}`);

function type(value: string) {
  const el = pad();
  el.value = value;
  fireEvent.input(el);
}

describe('Checklist component', () => {
  it('shows progress and lets the rep tick a question asked aloud, but not untick one the notes show', () => {
    const toggled: string[] = [];
    render(<Checklist items={checklist(['outcome'], ['fit'])} onToggleManual={(id) => toggled.push(id)} />);
    expect(screen.getByTestId('sp-progress').textContent).toBe('2 of 5 asked');
    const boxes = screen.getAllByRole('checkbox');
    expect(boxes.map((b) => b.getAttribute('aria-checked'))).toEqual(['true', 'false', 'true', 'false', 'false']);
    expect((boxes[0] as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(boxes[2]);
    fireEvent.click(boxes[3]);
    fireEvent.click(boxes[0]);
    expect(toggled).toEqual(['fit', 'alternatives']);
  });
});

describe('SidePanelApp', () => {
  it('starts a call, ticks the checklist from the notes, and saves them to local storage', async () => {
    render(<SidePanelApp />);
    await screen.findByTestId('sp-pad');
    expect(ticked()).toEqual([]);
    type('They use Gong and an in-house build.\nWhat would success look like for you by summer?');
    await waitFor(() => expect(ticked()).toEqual(['outcome:notes']), { timeout: 3000 });
    await waitFor(async () => expect((await loadCalls()).calls[0]?.notes).toContain('in-house build'), { timeout: 3000 });
    expect(Object.keys(await fakeBrowser.storage.local.get(null))).toContain(CALLS_KEY.slice('local:'.length));
  });

  it('suggests the next question with its cue from what the buyer said', async () => {
    render(<SidePanelApp />);
    await screen.findByTestId('sp-pad');
    type('They mentioned Gong and an in-house build.');
    await waitFor(() => expect(screen.getByTestId('sp-next').getAttribute('data-question')).toBe('alternatives'), { timeout: 3000 });
    expect(screen.getByTestId('sp-cue').textContent).toMatch(/in-house build/);
  });

  it('reopens the saved call with its notes', async () => {
    const first = render(<SidePanelApp />);
    await screen.findByTestId('sp-pad');
    type('Budget frozen until Q3.');
    await waitFor(async () => expect((await loadCalls()).calls[0]?.notes).toBe('Budget frozen until Q3.'), { timeout: 3000 });
    first.unmount();
    render(<SidePanelApp />);
    await waitFor(() => expect(pad().value).toBe('Budget frozen until Q3.'));
  });

  it('clears the call only after a second, explicit click', async () => {
    render(<SidePanelApp />);
    await screen.findByTestId('sp-pad');
    type('Private notes.');
    await waitFor(async () => expect((await loadCalls()).calls[0]?.notes).toBe('Private notes.'), { timeout: 3000 });
    fireEvent.click(screen.getByTestId('sp-clear-call'));
    expect((await loadCalls()).calls[0]?.notes).toBe('Private notes.');
    fireEvent.click(screen.getByTestId('sp-confirm-clear'));
    await waitFor(async () => {
      const state = await loadCalls();
      expect(state.calls.map((c) => c.notes)).toEqual(['']);
    });
    await waitFor(() => expect(pad().value).toBe(''));
  });

  it('follows a CRM note while the rep is in it, and drops it when the editor goes', async () => {
    render(<SidePanelApp />);
    await screen.findByTestId('sp-pad');
    const send = (m: unknown) => act(async () => void (await fakeBrowser.runtime.sendMessage(m)));
    await send({ type: MSG_CRM_NOTE, editorId: 'e1', site: 'Salesforce', text: 'What worries you most about switching?', focused: true });
    const following = await screen.findByTestId('sp-following');
    expect(within(following).getByText(/Following your note in Salesforce/)).toBeTruthy();
    await waitFor(() => expect(ticked()).toEqual(['concerns:notes']));
    // A message that isn't ours changes nothing.
    await send({ type: MSG_CRM_NOTE, editorId: 'e2', site: 'x', text: 42, focused: true });
    expect(screen.getByTestId('sp-followed-text').textContent).toContain('switching');
    await send({ type: MSG_CRM_NOTE_GONE, editorId: 'e1' });
    await waitFor(() => expect(screen.queryByTestId('sp-following')).toBeNull());
    expect(ticked()).toEqual([]);
  });
});
