/**
 * A call as Markdown, to paste into the CRM: the notes as written, which of the five questions
 * were asked, and what to ask next time. Copy or download only; nothing is uploaded.
 */
import type { CallRecord } from './notes-store';
import type { ChecklistItem } from './checklist';
import type { Balance } from './balance';
import { formatDuration } from './call-timer';
import { MARKDOWN } from './strings';

export interface ExportInput {
  call: Pick<CallRecord, 'title' | 'createdAt' | 'notes'>;
  items: readonly ChecklistItem[];
  elapsedMs: number;
  balance?: Balance;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Local date and time, e.g. 2025-03-04 09:30 (no locale surprises in a CRM field). */
export function formatWhen(epochMs: number): string {
  const d = new Date(epochMs);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** Titles are one line of plain text: a heading must not swallow Markdown syntax or newlines. */
function headingText(title: string): string {
  return title.replace(/\s+/g, ' ').trim().replace(/^#+\s*/, '').replace(/([\\`*_[\]])/g, '\\$1');
}

export function callToMarkdown({ call, items, elapsedMs, balance }: ExportInput): string {
  const lines: string[] = [];
  lines.push(MARKDOWN.heading(headingText(call.title) || formatWhen(call.createdAt)));
  lines.push('', MARKDOWN.meta(formatWhen(call.createdAt), elapsedMs >= 1000 ? formatDuration(elapsedMs) : null));
  lines.push('', MARKDOWN.notesHeading, '');
  // The notes go out as the rep wrote them (their bullets and line breaks are theirs).
  const notes = call.notes.replace(/\r\n?/g, '\n').replace(/\s+$/, '');
  lines.push(notes || MARKDOWN.noNotes);
  const done = items.filter((i) => i.done).length;
  lines.push('', MARKDOWN.checklistHeading(done, items.length), '');
  for (const i of items) lines.push(`- [${i.done ? 'x' : ' '}] ${i.label}${i.source === 'manual' ? MARKDOWN.manualMark : ''}`);
  if (balance?.known) lines.push('', MARKDOWN.balanceLine(balance.buyer, balance.pitch));
  const open = items.filter((i) => !i.done);
  if (open.length > 0) {
    lines.push('', MARKDOWN.nextHeading, '');
    for (const i of open) lines.push(`- ${i.question}`);
  }
  return `${lines.join('\n')}\n`;
}

/** A file name from the call's title and date: call-notes-2025-03-04-acme-corp.md */
export function markdownFileName(call: Pick<CallRecord, 'title' | 'createdAt'>): string {
  const d = new Date(call.createdAt);
  const date = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  const slug = call.title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/, '');
  return `call-notes-${date}${slug ? `-${slug}` : ''}.md`;
}

/**
 * Saves the Markdown through a Blob URL and a download link: the file is made in the browser,
 * no request leaves it.
 */
export function downloadMarkdown(doc: Document, markdown: string, fileName: string): void {
  const blob = new Blob([markdown], { type: 'text/markdown;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const a = doc.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  doc.body.append(a);
  a.click();
  a.remove();
  // Revoke after the click has been handled; revoking at once can cancel the download.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
