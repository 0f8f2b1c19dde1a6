import { defineRule } from '../define-rule';

/** "We're almost out of capacity", "only room for two more customers", "first come, first served". */
export default defineRule({
  match: [
    '(almost|nearly|close to|already) (at|at full|over) capacity',
    '(almost|nearly|practically) (full|fully booked|booked up|booked|fully subscribed|oversubscribed)',
    '%only% (have|has|got)? (room|bandwidth|capacity|space) for a? %stockNum% (more|other|new)',
    '(limiting|limited|capping|capped) (it|this|the offer|the discount|the pilot|the program|the beta|enrollment|the cohort|this round)? to %only%? (the first)? a? %stockNum% (customers|companies|teams|partners|accounts|clients|brands|organizations)',
    '(can|could) (%only%|realistically) (take on|onboard|accept|take|fit|squeeze in|support|add) a? %stockNum% (more|new|additional)? .{0,2} %stockTaker%',
    '(to|for) the (first|next) /^[0-9]+$/ (customers|buyers|companies|teams|sign ups|signups|people|orders|subscribers|shoppers|clients|accounts|registrants|partners)',
    'first come first (served|serve)',
    // The people who would do the work, counted: "only one implementation crew is free in July".
    '[%only% a? %stockNum% .{0,2} (team|teams|crew|crews|csm|csms|engineer|engineers|consultant|consultants|architect|architects|specialist|specialists) (is|are)? (free|available|open)] (in|until|before|next|this|through|over)',
    '(close to|nearly at|almost at|approaching|near) (the|our) cap',
    '(close to|nearly at|almost at|approaching|near) (its|our|the) (limit|cap|capacity|maximum|max) of %stockNum%',
    '(we are|we will be) out of .{0,2} %stockCounted% (after|once|when|by)',
    '(close to|near|nearly at|almost at|getting close to) (full|capacity|full capacity|sold out|fully booked)',
    '(can|could) (squeeze in|fit in) (%only%|maybe|probably|perhaps)? a? %stockNum% of? more %stockTaker%',
    '(take on|onboard|fit|squeeze in) %stockNum% (maybe|possibly|perhaps) %stockNum% more %stockTaker%',
    '(down to) (our|the|my|a|its|their)? (last|final)? %stockNum% of? %stockAdj%? (%stockCounted%|crews|teams)',
    '(limiting|limited|capping|capped) (it|this|the offer|the discount|the pilot|the program|the beta|enrollment|the cohort|this round)? at the first %stockNum% (customers|buyers|companies|teams|sign ups|signups|people|orders|subscribers|shoppers|clients|accounts|registrants|partners)',
    // "nearly out of launch-price licences", "running out of slots for January".
    '(almost|nearly|practically|close to|just about|pretty much|basically|all but|about to run|running|run|ran) out of .{0,3} (%stockCounted%|capacity|space|stock|inventory|availability)',
    '(we are|calendar is|schedule is|team is|we have been|engineers are|consultants are|trainers are) (pretty much|basically|nearly|almost|practically|kind of|really|totally|completely|already|just)? [(booked solid|fully booked|booked up|booked out|at capacity|maxed out|tapped out)]',
    // "the onboarding calendar is basically full": a seller's calendar, not the writer's own week.
    '(calendar|schedule|cohort|program|programme|roster) (is|looks) (pretty much|basically|nearly|almost|practically|kind of|really|totally|completely|already|just)? [full]',
    // "running short on implementation bandwidth".
    '(running|run|ran|getting) (a bit|a little|really|very)? (short|thin) on .{0,2} (capacity|bandwidth|slots|seats|spots|stock|inventory|licences|licenses|units|availability|openings)',
    // Room hedged rather than counted: "we have room for maybe one more customer".
    '[(have|has|got) (room|bandwidth|capacity|space) for (%only%|maybe|perhaps|probably|possibly) a? %stockNum% (more|other|new)] %stockTaker%',
    // "We've only got enough hardware for two more rollouts."
    '[%only% (have|has|got)? enough .{0,2} for a? %stockNum% more] %stockTaker%',
    // "Our partner quota for the year is basically used up."
    '(the|our) .{0,2} (quota|allocation|allotment|capacity|inventory|supply) .{0,4} (is|are) (pretty much|basically|practically|nearly|almost|all but|mostly)? (used up|tapped out)',
    // "The slots you asked about are pretty much gone."
    '%stockCounted% (we|you) .{0,3} (is|are) (pretty much|basically|practically|nearly|almost|all but|mostly) gone',
    // The supply wearing thin: "capacity for white-glove setup is running thin".
    '%stockSubject% .{0,5} (is|are) (running|getting|wearing|stretched) (thin|short|dry)',
    // "The founder pricing is close to gone."
    '(%offerWord%|%stockCounted%) (is|are) (close to|nearly|almost|practically|all but|basically|pretty much) gone',
    // "our Q1 calendar is almost completely booked", "capacity's nearly maxed".
    '(calendar|calendars|schedule|capacity|bandwidth|roster|pipeline|slots|spots|seats|places|openings|cohort|pilot|program|programme|engineers|team|crews|allocation|intake|licences|licenses) .{0,4} [(almost|nearly|practically|basically|virtually|mostly) (completely|totally|fully|all)? (booked|maxed|full|allocated|committed|taken|claimed|gone|spoken for|maxed out|booked up|booked solid|tapped out)]',
    '^[the? first /^[0-9]+$/ (customers|buyers|companies|teams|sign ups|signups|people|orders|subscribers|shoppers|clients)] (get|gets|receive|will get|save|to)',
    '%only% a (sliver|fraction|little|bit|handful) of .{0,2} %stockSubject% (remains|remain|left|available)',
    "(is|are|we are|been|it's|already|now) (already|massively|completely|totally|way|hugely)? (oversubscribed|over subscribed|heavily oversubscribed|heavily subscribed)",
    '%stockSubject% (is|are) (now|basically|pretty much|already)? (maxed|maxed out|tapped out|fully booked|booked solid)',
  ],
  // A standing rate ("we can only onboard four customers a month") is how we work, not a countdown.
  unless: ['reported', /\bcan only [^.!?]* (a|per|each) (week|month|quarter)\b/,
    // Who is free for a call later today is scheduling, not a shrinking window to buy in.
    /\b(free|available|open) (this (morning|afternoon|evening)|today|tomorrow|tonight)\b/, /\binstead\b|\bcommitted to\b/, /\b(your|their) (own |current )?(capacity|bandwidth|stock|inventory|supply|usage|plan|account|quota|api|storage|workspace)\b/, /\b(my|your|their) (own )?(calendar|schedule)\b/, /\b(i'm|i am|i've been) (running|getting|pretty|really|kind of|a bit)\b/, /\bfull (on|this|next|today|tomorrow)\b/, /\b(booked solid|fully booked|booked up)( (on|for|all|this|next))? (day|today|tomorrow|morning|afternoon|monday|tuesday|wednesday|thursday|friday|saturday|sunday|week)s?\b/, /\bcan we (do|move|meet|try|push|shift)\b/, /\b(your|their) (team|servers?|warehouse|storage|database|inbox)\b[^.]*\bcapacity\b/, /\bout of (the )?(office|room) (until|on|today|tomorrow)\b/, /\b(our|the) (team |company )?(offsite|off-site|retreat|holiday party|party|all-hands)\b/],
  severity: 'warning',
  message: 'Says capacity is nearly gone, to hurry the decision.',
  why: 'A full calendar is a reason for the seller to plan, not for the buyer to rush. Tell them what is true about timing, and ask what pace works for them.',
  alternatives: [{ question: 'concerns' }],
  examples: {
    flag: [ 'We [[have room for just one more]] school this term.', 'Our install crews are [[almost fully committed]] through August.', 'We are [[down to our last two implementation teams]] for Q2.', 'Our trainers are pretty much [[booked out]] this spring.', 'We are [[nearly out of integration capacity]] for Q2.','We can [[take on one, maybe two more clients]] this year.', 'We\'re [[running a bit thin on consultant availability]] over the summer.', 'Our integration engineers are [[almost fully committed]] through October.', '- pilot cohort is [[nearly maxed]], 1 slot open', 'We are [[down to our last couple of implementation windows]] this year.', 'Onboarding capacity for Q3 is [[now heavily subscribed]].', 
      "[[Inventory of the 2023 model is running dry]].",
      "We [[can realistically onboard two more teams]] this year.",
      'We [[can only take on one more mid-market client]] in Q4.',
      'Heads up: [[only one install crew is free]] in August.', '- told them [[only 2 CSMs available]] next quarter', 'Our licences for the pilot tier are [[nearly spoken for]].',
      "[[Capacity is maxed out]] for Q1.", '[[Only a fraction of our May capacity remains]].', 'The design-partner track [[is heavily oversubscribed]] this year.','Our install calendar for May is [[nearly fully booked]].', 'Heads up, migration capacity is [[practically maxed out]] for Q3.', 'The kickoff slots for June are [[mostly spoken for]].', 'We are [[just about out of kickoff slots]] for spring.', 'We [[only have enough engineers for two more]] migrations.', '[[Our regional allocation for the quarter is nearly used up]].', 'The [[seats you wanted are basically gone]].', 'We [[have room for perhaps two more]] clients this spring.', '[[Capacity on the onsite team is running thin]] this month.', 'The launch [[rate is close to gone]].', 'We are pretty much [[maxed out]] on migrations until July.', 'We are [[running short on migration bandwidth]] this spring.', 'The onboarding calendar is [[basically full]] until June.', 'Our team [[only has room for two more]] pilots.', 'We are [[down to a single kickoff slot]] in May.', 'We are [[almost out of capacity]] for new implementations.', 'The March cohort is [[nearly full]].', 'We [[can only take on two more customers]] this quarter.', 'Spots go [[to the first 10 teams]] who confirm.', '[[First come, first served]].', 'Our engineers [[can only take on 2 more migrations]] this year.', 'The discount is [[capped at the first ten customers]].', 'We are [[nearly out of launch-price licences]].', 'The partner tier is capped and we are [[close to the cap]].', 'The team [[can squeeze in maybe one more client]] before the holidays.', 'We are [[down to one pilot seat]].', 'The pilot program is [[close to full]].', 'The beta is [[almost at its limit of 50]] teams.', '[[We\'re out of founder licences after]] this batch.'],
    pass: ['Only one engineer is available this afternoon, so we could meet at 3.', 
      'Only one engineer is free for the call, so I will bring the recording.',
      'We can only onboard three customers a month, so tell me your ideal start date.',
'We can take on one, maybe two more requirements in phase one.', 'Our engineers are almost fully committed to your project, which is good news.', 'Our team is at capacity for custom development, so we\'d recommend the standard connector instead.',  'We are fully booked for the company retreat, so replies will be slow on Friday.', 'The webinar was oversubscribed last year, so we moved it to a bigger room.','My schedule is nearly full today, so can we talk tomorrow?', 'Your calendar looked almost fully booked, so I sent two options.', 'We only have enough time for two more questions.', 'Your API quota is almost used up, so here is how to raise it.', 'We have room for maybe one more question at the end.', 'Your capacity is running thin, you said, so automation helps.', 'My calendar is pretty full this week, sorry for the delay.', 'I am running short on bandwidth this week, so replies may be slow.', 'The event has a cap of 200 attendees.', 'Your team is at capacity, so automation should help.', 'I am out of the office until Monday.', 'We are booked solid on Friday, can we do Monday instead?', 'Our support engineers are fully booked on Fridays, so reviews run Monday to Thursday.', 'Our team can squeeze in one more review call before Friday if that helps.', 'The beta is at its limit of 50 teams, so we will open a waitlist.', 'We ran out of time on the call, so here are the remaining answers.', 'Your usage is close to the cap on the starter plan, so we will email before any overage.', 'We are down to one open question on SSO.'],
  },
});
