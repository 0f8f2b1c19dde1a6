// @vitest-environment happy-dom
import { afterEach, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { CoachBadge } from '../../components/CoachBadge';
import { createCoachStore } from '../../components/coach-store';
import { activeStore, mockActions } from './coach-fixtures';

afterEach(cleanup);

it('shows the findings count and the care score, and says both to screen readers', () => {
  const actions = mockActions();
  render(<CoachBadge store={activeStore(actions)} panelId="p1" />);
  const badge = screen.getByRole('button', { name: /Care Coach: 3 findings, care score 42 of 100/ });
  expect(badge.textContent).toContain('3 findings');
  expect(badge.textContent).toContain('42');
  expect(badge.getAttribute('aria-expanded')).toBe('false');
  expect(badge.getAttribute('aria-controls')).toBe('p1');
  fireEvent.click(badge);
  expect(actions.togglePanel).toHaveBeenCalledTimes(1);
});

it('reflects an open panel in aria-expanded', () => {
  render(<CoachBadge store={activeStore(mockActions(), { panelOpen: true })} />);
  expect(screen.getByRole('button').getAttribute('aria-expanded')).toBe('true');
});

it('says the draft looks kind when nothing is found', () => {
  render(<CoachBadge store={activeStore(mockActions(), { findings: [] })} />);
  expect(screen.getByRole('button').textContent).toContain('Looks kind');
});

it('shows "Coaching paused on this page" with the reason when paused', () => {
  const store = createCoachStore(mockActions(), { status: 'paused', pausedReason: 'This page looks different.' });
  render(<CoachBadge store={store} />);
  const status = screen.getByRole('status');
  expect(status.textContent).toContain('Coaching paused on this page');
  expect(status.textContent).toContain('This page looks different.');
  expect(screen.queryByRole('button')).toBeNull();
});
