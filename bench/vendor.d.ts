/** write-good ships no types; the bench only calls its default export. */
declare module 'write-good' {
  interface Suggestion {
    index: number;
    offset: number;
    reason: string;
  }
  function writeGood(text: string, opts?: Record<string, unknown>): Suggestion[];
  export default writeGood;
}
