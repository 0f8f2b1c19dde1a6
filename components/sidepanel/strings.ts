/** Every word the discovery-call side panel shows, and the Markdown it exports. */

export const SIDEPANEL = {
  title: 'Discovery call',
  privacy: 'Notes stay in this browser. Nothing is sent anywhere.',
  callTitlePlaceholder: 'Who is the call with?',
  defaultTitle: (when: string) => `Call on ${when}`,
  padLabel: 'Call notes',
  padPlaceholder:
    'Type as you listen: what they want, what worries them, what they use today.\nQuestions you ask count toward the checklist, in your own words.',

  // Timer
  timerLabel: 'Call timer',
  timerStart: 'Start',
  timerPause: 'Pause',
  timerResume: 'Resume',
  timerReset: 'Reset',

  // Checklist
  checklistTitle: 'The five questions',
  checklistProgress: (done: number, total: number) => `${done} of ${total} asked`,
  tickedByNotes: 'Your notes show this one asked',
  tickedByHand: 'Ticked by hand',
  tickByHand: (label: string) => `Mark "${label}" as asked`,
  untickByHand: (label: string) => `Unmark "${label}"`,
  allCovered: 'All five asked. Listen for what they still need to decide well.',

  // Next question
  nextTitle: 'Ask next',
  notYetCue: 'Not covered yet',
  copyQuestion: 'Copy',
  addToNotes: 'Add to notes',
  copied: 'Copied',

  // Balance
  balanceTitle: 'Whose world the notes are about',
  balanceBuyer: "Buyer's world",
  balancePitch: 'Our pitch',
  balanceUnknown: 'Write a little more to see the balance.',
  balancePitchHeavy: 'Mostly our pitch so far. What would they say matters most to them?',
  balanceGood: 'Good listening: the notes are mostly about them.',

  // Coaching
  coachingTitle: 'Coaching',
  noFindings: 'Nothing pushy in these notes.',

  // Following a CRM editor
  followingTitle: (site: string) => `Following your note in ${site}`,
  followingHint: 'The checklist follows the note you are writing. Click back into this pad to use it again.',
  backToPad: 'Back to my pad',
  followedEmpty: 'The note is empty so far.',

  // Calls
  callsTitle: 'Saved calls',
  newCall: 'New call',
  openCall: 'Open',
  clearCall: 'Clear this call',
  clearShort: 'Clear',
  clearCallConfirm: 'Clear these notes for good? They are only stored in this browser.',
  clearAll: 'Clear all calls',
  clearAllConfirm: 'Clear every saved call for good?',
  keep: 'Keep',
  unreadable: (n: number) =>
    `${n} saved call${n === 1 ? '' : 's'} could not be read and ${n === 1 ? 'was' : 'were'} left untouched in storage.`,
  storageError: 'Could not save the notes to browser storage. Copy them before closing this panel.',

  // Export
  exportTitle: 'Export',
  copyMarkdown: 'Copy as Markdown',
  downloadMarkdown: 'Download .md',
  copiedMarkdown: 'Copied. Paste it into the CRM.',
  copyFailed: 'The browser refused the clipboard. Use Download instead.',
} as const;

/** The exported Markdown's words (kept apart: this text lands in the CRM). */
export const MARKDOWN = {
  heading: (title: string) => `# ${title}`,
  meta: (date: string, duration: string | null) => (duration ? `${date} · ${duration} call` : date),
  notesHeading: '## Notes',
  noNotes: '_No notes._',
  checklistHeading: (done: number, total: number) => `## Questions asked (${done} of ${total})`,
  manualMark: ' (asked, not in the notes)',
  balanceLine: (buyer: number, pitch: number) => `Notes balance: ${buyer}% buyer's world, ${pitch}% our pitch.`,
  nextHeading: '## To ask next time',
} as const;
