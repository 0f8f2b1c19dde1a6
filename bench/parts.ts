/** The bench's parts, in the order they run (a module of its own so the CLI can list them without loading the bench). */
export const PARTS = ['throughput', 'keystroke', 'cold-start', 'scaling', 'size', 'memory', 'browser'] as const;
export type Part = (typeof PARTS)[number];
