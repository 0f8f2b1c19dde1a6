import { startGmailCoach } from './gmail-coach';

/**
 * Gmail compose coach. Runs in the isolated world: no page-script injection, no network. All
 * browser work starts in main() (WXT imports this file in Node at build time).
 */
export default defineContentScript({
  matches: ['https://mail.google.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    void startGmailCoach(ctx);
  },
});
