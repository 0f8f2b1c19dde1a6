/**
 * Realistic emails, call notes and snippets for the question coach, written for these tests (not
 * taken from the corpus). `first` lists the acceptable first suggestions; `[]` means quiet.
 * `covered` lists questions the text already asks (so they must not be suggested).
 */
import type { QuestionId } from '../../analyzers/index';

export interface QuestionCase {
  name: string;
  kind: 'email' | 'note' | 'snippet';
  text: string;
  first: QuestionId[];
  covered?: QuestionId[];
}

export const QUESTION_CASES: QuestionCase[] = [
  // ---- concerns: hesitation, objection, worry, budget, timing
  {
    name: 'email: buyer worried about rollout effort',
    kind: 'email',
    text: 'Hi Priya,\n\nGood to hear from you. You said the team is worried about how much time the switch would take during peak season.\n\nI can pull together a plan that keeps the workload light.\n\nBest,\nMarco',
    first: ['concerns'],
  },
  {
    name: 'email: budget cut',
    kind: 'email',
    text: 'Hi Tom,\n\nThanks for being upfront that the budget was cut for the second half. I understand that changes things.\n\nI can send a smaller starting option if that helps.\n\nCheers,\nAna',
    first: ['concerns'],
  },
  {
    name: 'note: price objection',
    kind: 'note',
    text: 'Call w/ Brightline Dental\n- Office manager thinks it is too expensive for 3 locations\n- Uses Dentrix for scheduling\n- Follow up Thursday',
    first: ['concerns'],
  },
  {
    name: 'note: timing not right',
    kind: 'note',
    text: 'Check-in with Harbor Freight Co\n- Timing is bad: they are mid-reorg until October\n- Still like the reporting piece',
    first: ['concerns'],
  },
  {
    name: 'email: hesitant CFO',
    kind: 'email',
    text: 'Hi Grace,\n\nI heard your CFO is still hesitant after the pilot results. That is completely fair for a change this size.\n\nHappy to put together whatever would be useful for that conversation.\n\nWarm regards,\nDev',
    first: ['concerns'],
  },
  {
    name: 'snippet: unsure about the timeline',
    kind: 'snippet',
    text: "They're not sure the timeline works with their audit in May.",
    first: ['concerns'],
  },
  {
    name: 'email: security review as a roadblock',
    kind: 'email',
    text: "Hi Lena,\n\nYou mentioned the security review could hold things up for a few weeks. I've attached our SOC 2 report in case it saves time.\n\nBest,\nRoss",
    first: ['concerns', 'clarity'],
  },

  // ---- fit: implementation, integration, tools, adoption, migration
  {
    name: 'email: their tools today',
    kind: 'email',
    text: "Hi Ben,\n\nThanks for walking me through how your support team works. It sounds like most tickets still live in Zendesk and a shared inbox.\n\nI'll send over a short note on how others in your spot set things up.\n\nBest,\nKara",
    first: ['fit'],
  },
  {
    name: 'note: migration from spreadsheets',
    kind: 'note',
    text: 'Intro call - Fernwood Property\n- 40 buildings, maintenance tracked in spreadsheets\n- Migration of 5 years of work orders is the big question\n- IT lead: Sam',
    first: ['fit'],
  },
  {
    name: 'email: onboarding a field team',
    kind: 'email',
    text: "Hi Mia,\n\nGreat chatting earlier. I've been thinking about the onboarding for your 60 field techs, since most of them work from tablets in the truck.\n\nI'll share a couple of rollout plans we've seen work.\n\nBest,\nJon",
    first: ['fit'],
  },
  {
    name: 'snippet: integration with their ERP',
    kind: 'snippet',
    text: 'They want to know whether it integrates with their SAP instance.',
    first: ['fit'],
  },
  {
    name: 'note: adoption by teachers',
    kind: 'note',
    text: 'Call with Oakridge Middle School\n- Principal wants teacher adoption before anything else\n- Currently using Google Classroom and paper forms',
    first: ['fit'],
  },

  // ---- alternatives: competitors, in-house, status quo, doing nothing, comparison
  {
    name: 'email: Gong and an in-house build',
    kind: 'email',
    text: "Hi Chris,\n\nThanks for the candid chat. I know you're also looking at Gong, and that your data team floated building something in-house.\n\nHappy to help however is useful.\n\nBest,\nSofia",
    first: ['alternatives'],
  },
  {
    name: 'note: status quo',
    kind: 'note',
    text: 'Follow-up - Lakeside Credit Union\n- Might just stick with their current vendor for another year\n- Renewal with them is in September',
    first: ['alternatives'],
  },
  {
    name: 'email: evaluating other vendors',
    kind: 'email',
    text: "Hi Noah,\n\nI appreciate you letting me know you're evaluating a few other vendors this month. That's a smart way to do it.\n\nIf a side-by-side would help, I can put one together.\n\nBest,\nLiv",
    first: ['alternatives'],
  },
  {
    name: 'snippet: doing nothing this year',
    kind: 'snippet',
    text: 'Doing nothing this year is still on the table for them.',
    first: ['alternatives'],
  },
  {
    name: 'note: comparison with competitor plus tools',
    kind: 'note',
    text: 'Discovery - Summit Outdoor\n- Comparing us against Klaviyo\n- Store runs on Shopify',
    first: ['alternatives'],
  },

  // ---- clarity: contract, order form, signature, proposal, ready to move forward
  {
    name: 'email: proposal attached',
    kind: 'email',
    text: 'Hi Irene,\n\nAs promised, the proposal for the 12-month plan is attached. It reflects the seat count we talked about.\n\nBest,\nOwen',
    first: ['clarity'],
  },
  {
    name: 'email: contract ready for signature',
    kind: 'email',
    text: "Hi Sam,\n\nThe contract is ready whenever you are. I've sent it through DocuSign to you and Maria for signature.\n\nThanks,\nEve",
    first: ['clarity'],
  },
  {
    name: 'note: ready to move forward',
    kind: 'note',
    text: 'Call - Northwind Traders\n- They want to move forward with the team plan\n- Need the SOW by Friday',
    first: ['clarity'],
  },
  {
    name: 'email: quote with onboarding mention',
    kind: 'email',
    text: "Hi Hana,\n\nHere's the updated quote with the extra seats. Once you've had a look, we can set a kickoff date for onboarding.\n\nBest,\nLeo",
    first: ['clarity'],
  },

  // ---- outcome: pitch or demo before goals are known
  {
    name: 'email: feature pitch with a demo ask',
    kind: 'email',
    text: 'Hi Karen,\n\nOur platform includes AI call summaries, automatic CRM logging, deal boards, forecasting and coaching scorecards. It is the most complete tool on the market.\n\nWould you be open to a 30-minute demo next week?\n\nBest,\nPhil',
    first: ['outcome'],
  },
  {
    name: 'email: cold pitch',
    kind: 'email',
    text: 'Hi Jordan,\n\nWe help finance teams close the books faster. We offer automated reconciliations, real-time dashboards and 40+ integrations out of the box.\n\nI would love to show you how it works.\n\nRegards,\nNina',
    first: ['outcome'],
  },
  {
    name: 'snippet: demo request',
    kind: 'snippet',
    text: 'Can I book you in for a demo of our new analytics suite on Tuesday?',
    first: ['outcome'],
  },

  // ---- cue strength: explicit concern beats a tool mention; decision point beats a feature word
  {
    name: 'email: concern beats tool mention',
    kind: 'email',
    text: "Hi Ada,\n\nYou mentioned the team runs everything through HubSpot, and that you're concerned about losing your reporting history in a switch.\n\nI'll dig into that before we talk again.\n\nBest,\nRay",
    first: ['concerns'],
  },
  {
    name: 'email: order form beats feature word',
    kind: 'email',
    text: 'Hi Ken,\n\nThe order form is attached. It includes the dashboards add-on you asked about.\n\nThanks,\nMay',
    first: ['clarity'],
  },

  // ---- coverage: paraphrases count, and the covered question is never suggested
  {
    name: 'covered: success by summer',
    kind: 'email',
    text: "Hi Omar,\n\nBefore I send anything over: what would success look like for you by summer?\n\nThanks,\nIvy",
    first: [],
    covered: ['outcome'],
  },
  {
    name: 'covered: concerns asked after a worry',
    kind: 'email',
    text: "Hi Jules,\n\nYou mentioned the team is worried about the learning curve. What concerns would you want us to address first?\n\nBest,\nTess",
    first: [],
    covered: ['concerns'],
  },
  {
    name: 'covered: alternatives asked, concern left',
    kind: 'email',
    text: "Hi Paul,\n\nIf you decided not to go with us, what would you do instead? I know budget is tight this year.\n\nBest,\nRia",
    first: ['concerns'],
    covered: ['alternatives'],
  },
  {
    name: 'covered: clarity asked next to the contract',
    kind: 'email',
    text: "Hi Zoe,\n\nThe contract is attached. Is anything unclear or missing that would help you feel confident about it?\n\nBest,\nAbe",
    first: [],
    covered: ['clarity'],
  },
  {
    name: 'covered: fit asked about their current process',
    kind: 'email',
    text: "Hi Raj,\n\nHow does your team handle invoice approvals today, and what would have to change for a new tool to fit in?\n\nThanks,\nLia",
    first: [],
    covered: ['fit'],
  },
  {
    name: 'covered in notes: asked about alternatives',
    kind: 'note',
    text: 'Call - Pinegrove Clinic\n- Asked about their alternatives: would keep paper charts\n- Q: what does success look like -> fewer no-shows by June',
    first: [],
    covered: ['alternatives', 'outcome'],
  },
  {
    name: 'covered in notes: asked about concerns, budget raised',
    kind: 'note',
    text: 'Discovery - Redwood Labs\n- Asked them what worries them most: data security\n- Tools: Jira + Confluence',
    first: ['fit'],
    covered: ['concerns'],
  },
  {
    name: 'not covered: their question about integration is not ours',
    kind: 'note',
    text: 'Call with Maple Foods: they asked how the API syncs with NetSuite and who would maintain it on their side.',
    first: ['fit'],
  },
  {
    name: 'not covered: an invitation for their questions is not the fit question',
    kind: 'email',
    text: "Hi Ali,\n\nI enjoyed hearing how your team handles returns today. Let me know what questions you have about the Shopify integration.\n\nBest,\nKim",
    first: ['fit'],
  },
  {
    name: 'covered: open invitation about worries',
    kind: 'email',
    text: "Hi Bea,\n\nI'd love to hear what would give you pause about this decision.\n\nBest,\nHal",
    first: [],
    covered: ['concerns'],
  },

  // ---- quiet: scheduling, rescheduling, thank-yous, two-line logistics notes
  {
    name: 'quiet: reschedule',
    kind: 'email',
    text: 'Hi Dana,\n\nSomething came up on my end. Could we push our call to Friday at 2pm instead? Same Zoom link.\n\nThanks,\nEli',
    first: [],
  },
  {
    name: 'quiet: confirm the demo slot',
    kind: 'email',
    text: "Hi Max,\n\nJust confirming our demo tomorrow at 11am ET. The invite has the dial-in.\n\nSee you then,\nRae",
    first: [],
  },
  {
    name: 'quiet: thank-you',
    kind: 'email',
    text: 'Hi Lucy,\n\nThank you for your time today. I really enjoyed the conversation and learning more about your team.\n\nTalk soon,\nGus',
    first: [],
  },
  {
    name: 'quiet: thanks for the demo',
    kind: 'email',
    text: "Hi Pat,\n\nThanks for joining the demo this morning, and for the great questions. I'll send the recording later today.\n\nBest,\nFay",
    first: [],
  },
  {
    name: 'quiet: two-line logistics note',
    kind: 'note',
    text: 'Rescheduled to Tue 3pm per their request.\nSend new calendar invite.',
    first: [],
  },
  {
    name: 'quiet: voicemail note',
    kind: 'note',
    text: 'Left voicemail for Jordan.\nTry again Thursday morning.',
    first: [],
  },
  {
    name: 'quiet: availability question',
    kind: 'email',
    text: 'Hi Ivan,\n\nAre you free on Wednesday or Thursday afternoon for a quick catch-up? Any time after 1pm works for me.\n\nThanks,\nBo',
    first: [],
  },
  {
    name: 'quiet: welcome after signing',
    kind: 'email',
    text: "Hi Nora,\n\nThanks for signing, and welcome aboard! Our team will reach out tomorrow to schedule the kickoff call.\n\nBest,\nTy",
    first: [],
  },
  {
    name: 'quiet: running late',
    kind: 'snippet',
    text: 'Running about 5 minutes late, see you shortly.',
    first: [],
  },
];
