// @vitest-environment happy-dom
import { afterEach, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { CoachPanel } from '../../components/CoachPanel';
import { createCoachStore } from '../../components/coach-store';
import { activeStore, mockActions, QUESTIONS } from './coach-fixtures';

afterEach(cleanup);

it('lists findings with severity in words, the score and its parts, metrics and questions with cues', () => {
  render(<CoachPanel store={activeStore(mockActions())} />);
  const region = screen.getByRole('region', { name: 'Care Coach' });
  const findings = within(region).getAllByRole('button', { name: /“/ });
  expect(findings).toHaveLength(3);
  expect(findings[0].textContent).toContain('Strong');
  expect(findings[1].textContent).toContain('Worth a look');
  expect(findings[2].textContent).toContain('Hint');
  expect(findings[2].textContent).toContain('In the subject');
  expect(findings[0].getAttribute('aria-label')).toMatch(/^Urgency, strong: “offer expires Friday”\. A deadline/);
  expect(region.textContent).toContain('Care score');
  expect(region.textContent).toContain('42 of 100');
  expect(region.textContent).toContain('No pressure');
  expect(region.textContent).toContain('10 of 45');
  expect(region.textContent).toContain('Questions asked');
  expect(region.textContent).toContain('60%');
  expect(region.textContent).toContain('Lists features without asking anything');
  for (const q of QUESTIONS) expect(region.textContent).toContain(q.text);
  expect(region.textContent).toContain('Why here: a deadline you set');
  expect(region.textContent).toContain('1 question of the five already asked');
});

it('inserts a question only on click, where it fits or at the cursor', () => {
  const actions = mockActions();
  render(<CoachPanel store={activeStore(actions)} />);
  expect(actions.insertQuestion).not.toHaveBeenCalled();
  fireEvent.click(screen.getByRole('button', { name: /question about their concerns where it fits/ }));
  expect(actions.insertQuestion).toHaveBeenLastCalledWith('concerns', 'fit');
  fireEvent.click(screen.getByRole('button', { name: /question about fit with their workflow at the cursor/ }));
  expect(actions.insertQuestion).toHaveBeenLastCalledWith('fit', 'cursor');
});

it('opens a finding\'s card from the list and marks the current finding', () => {
  const actions = mockActions();
  render(<CoachPanel store={activeStore(actions, { activeKey: 'scarcity/only-n-left@body:40-62' })} />);
  const items = screen.getAllByRole('button', { name: /“/ });
  expect(items[1].getAttribute('aria-current')).toBe('true');
  expect(items[0].getAttribute('aria-current')).toBeNull();
  fireEvent.click(items[0]);
  expect(actions.openCard).toHaveBeenCalledWith('urgency/offer-expires@body:10-30', { pinned: true, focus: true });
});

it('works from the keyboard: arrows move between findings, Alt+Shift+C steps, Esc closes', () => {
  const actions = mockActions();
  render(<CoachPanel store={activeStore(actions)} />);
  const items = screen.getAllByRole('button', { name: /“/ });
  items[0].focus();
  fireEvent.keyDown(items[0], { key: 'ArrowDown' });
  expect(document.activeElement).toBe(items[1]);
  fireEvent.keyDown(items[1], { key: 'ArrowUp' });
  expect(document.activeElement).toBe(items[0]);
  fireEvent.keyDown(items[0], { key: 'ArrowUp' });
  expect(document.activeElement).toBe(items[2]);
  fireEvent.keyDown(items[0], { key: 'C', code: 'KeyC', altKey: true, shiftKey: true });
  expect(actions.step).toHaveBeenCalledWith(1);
  fireEvent.keyDown(items[0], { key: 'Escape' });
  expect(actions.togglePanel).toHaveBeenCalledWith(false);
  expect(actions.focusEditor).toHaveBeenCalled();
});

it('moves focus where the session asks (keyboard stepping)', () => {
  const store = activeStore(mockActions());
  render(<CoachPanel store={store} />);
  store.setState({ focus: { target: 'finding', key: 'scarcity/only-n-left@body:40-62', seq: 1 } });
  return Promise.resolve().then(() => {
    expect((document.activeElement as HTMLElement).dataset.key).toBe('scarcity/only-n-left@body:40-62');
  });
});

it('says kindly when there is nothing to flag', () => {
  render(<CoachPanel store={activeStore(mockActions(), { findings: [] })} />);
  expect(screen.getByRole('region').textContent).toContain('No pressure language');
  expect(screen.getByRole('region').textContent).toContain('Nothing here puts pressure on the reader.');
});

it('explains a pause instead of showing stale findings', () => {
  render(<CoachPanel store={createCoachStore(mockActions(), { status: 'paused', pausedReason: 'Paused because reasons.' })} />);
  const region = screen.getByRole('region');
  expect(region.textContent).toContain('Paused because reasons.');
  expect(within(region).queryAllByRole('button', { name: /“/ })).toHaveLength(0);
});
