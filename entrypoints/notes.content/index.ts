import { BUILT_IN_MATCHES } from '../../sites/crm/index';
import { startNotesCoach } from './notes-coach';

/**
 * Coach for CRM note editors. Declared for the built-in CRMs; for any other site the rep turns
 * on, the background registers this same file at runtime for that one origin (sites/opt-in.ts),
 * so there is one notes script, never a second copy. Runs in the isolated world: no page-script
 * injection, no network. All browser work starts in main() (WXT imports this file at build time).
 */
export default defineContentScript({
  matches: BUILT_IN_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    void startNotesCoach(ctx);
  },
});
