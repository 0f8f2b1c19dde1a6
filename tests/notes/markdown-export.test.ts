import { describe, expect, it } from 'vitest';
import { callToMarkdown, formatWhen, markdownFileName } from '../../components/sidepanel/markdown-export';
import { checklist } from '../../components/sidepanel/checklist';

const createdAt = new Date(2025, 2, 4, 9, 30).getTime();

describe('Markdown export', () => {
  it('writes the notes as typed, the checklist and what to ask next', () => {
    const md = callToMarkdown({
      call: { title: 'Acme Corp: discovery', createdAt, notes: '- Uses Gong\n- Budget frozen until Q3\r\n\n' },
      items: checklist(['outcome'], ['fit']),
      elapsedMs: 754_000,
      balance: { buyer: 70, pitch: 30, known: true, pitchHeavy: false },
    });
    expect(md).toBe(
      [
        '# Acme Corp: discovery',
        '',
        '2025-03-04 09:30 · 12:34 call',
        '',
        '## Notes',
        '',
        '- Uses Gong',
        '- Budget frozen until Q3',
        '',
        '## Questions asked (2 of 5)',
        '',
        '- [x] Successful outcome',
        '- [ ] Concerns and roadblocks',
        '- [x] Fit with their workflow (asked, not in the notes)',
        '- [ ] Their alternatives',
        '- [ ] Anything unclear',
        '',
        "Notes balance: 70% buyer's world, 30% our pitch.",
        '',
        '## To ask next time',
        '',
        '- What are your biggest concerns or roadblocks about this decision right now, and how can I help address them?',
        '- If you did not choose this, what would your alternative be, and what pros and cons do you see compared with this option?',
        '- Is anything unclear, or missing, that would help you feel completely confident making the decision that is right for you?',
        '',
      ].join('\n'),
    );
  });

  it('keeps a heading one plain line and leaves out an unknown balance and a zero timer', () => {
    const md = callToMarkdown({
      call: { title: '## Big *deal*\nsecond line', createdAt, notes: '' },
      items: checklist(['outcome', 'concerns', 'fit', 'alternatives', 'clarity']),
      elapsedMs: 0,
      balance: { buyer: 50, pitch: 50, known: false, pitchHeavy: false },
    });
    expect(md.split('\n')[0]).toBe('# Big \\*deal\\* second line');
    expect(md).toContain('\n2025-03-04 09:30\n');
    expect(md).toContain('_No notes._');
    expect(md).not.toContain('balance');
    expect(md).not.toContain('To ask next time');
  });

  it('falls back to the date when the title is empty', () => {
    const md = callToMarkdown({ call: { title: '  ', createdAt, notes: 'x' }, items: checklist([]), elapsedMs: 0 });
    expect(md.startsWith(`# ${formatWhen(createdAt)}\n`)).toBe(true);
  });

  it('names the file from the date and a slug of the title', () => {
    expect(markdownFileName({ title: 'Café Ünïon — Q3 renewal!', createdAt })).toBe('call-notes-2025-03-04-cafe-union-q3-renewal.md');
    expect(markdownFileName({ title: '', createdAt })).toBe('call-notes-2025-03-04.md');
  });
});
