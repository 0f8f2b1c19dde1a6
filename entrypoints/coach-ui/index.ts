import { explainFinding } from '../../components/rule-texts';
import { mountCoachApp } from './mount';
import { registerCoachUi } from './protocol';

/**
 * The coach UI bundle: React, the badge, panel and card, and what the built-in rules say about
 * their findings (build/rule-fields.ts gives this bundle the rules' words and not their patterns,
 * the page scripts the patterns and not the words). Not declared in the manifest and not
 * web-accessible; the background injects it into a page's isolated world on the page script's
 * request (first editor coached), so pages where nothing is ever coached never load React.
 */
export default defineUnlistedScript(() => {
  registerCoachUi({ mount: mountCoachApp, explain: explainFinding });
});
