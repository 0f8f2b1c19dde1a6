// @vitest-environment happy-dom
import { afterEach, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { FindingCard } from '../../components/FindingCard';
import { activeStore, FINDINGS, mockActions } from './coach-fixtures';

afterEach(cleanup);
const KEY = FINDINGS[0].key;

it('shows the message, the why and the kinder alternatives of the open finding', () => {
  render(<FindingCard store={activeStore(mockActions(), { card: { key: KEY, pinned: true, rect: null } })} />);
  const card = screen.getByRole('dialog', { name: FINDINGS[0].message });
  expect(card.textContent).toContain('Strong');
  expect(card.textContent).toContain('Urgency');
  expect(card.textContent).toContain('offer expires Friday');
  expect(card.getAttribute('aria-describedby')).toBeTruthy();
  expect(document.getElementById(card.getAttribute('aria-describedby')!)!.textContent).toBe(FINDINGS[0].why);
  expect(screen.getByRole('button', { name: 'Replace with: this pricing is available while you decide' })).toBeTruthy();
  expect(screen.getByRole('button', { name: /Add this question after the sentence/ })).toBeTruthy();
});

it('applies, ignores and turns a rule off through the actions', () => {
  const actions = mockActions();
  render(<FindingCard store={activeStore(actions, { card: { key: KEY, pinned: true, rect: null } })} />);
  fireEvent.click(screen.getByRole('button', { name: /^Replace with/ }));
  expect(actions.apply).toHaveBeenCalledWith(KEY, 0);
  fireEvent.click(screen.getByRole('button', { name: /Add this question/ }));
  expect(actions.apply).toHaveBeenCalledWith(KEY, 1);
  fireEvent.click(screen.getByRole('button', { name: 'Ignore this finding once' }));
  expect(actions.ignore).toHaveBeenCalledWith(KEY);
  fireEvent.click(screen.getByRole('button', { name: 'Turn off this rule everywhere' }));
  expect(actions.disableRule).toHaveBeenCalledWith(KEY);
});

it('offers no "Turn off this rule" when an administrator locked the rules', () => {
  render(<FindingCard store={activeStore(mockActions(), { card: { key: KEY, pinned: true, rect: null }, canDisableRules: false })} />);
  expect(screen.queryByRole('button', { name: /Turn off this rule/ })).toBeNull();
});

it('closes on Escape, handing focus back to the panel when it is open', () => {
  const actions = mockActions();
  render(<FindingCard store={activeStore(actions, { card: { key: KEY, pinned: true, rect: null }, panelOpen: true })} />);
  fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
  expect(actions.closeCard).toHaveBeenCalledWith({ returnFocus: 'panel' });
});

it('renders nothing without an open card', () => {
  const { container } = render(<FindingCard store={activeStore(mockActions())} />);
  expect(container.textContent).toBe('');
});
