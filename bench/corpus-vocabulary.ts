/**
 * Word pools for the bench corpus: people, companies, products and the things sales emails and
 * call notes talk about. Large enough that filled templates rarely repeat a sentence, so the
 * throughput numbers measure analysis, not cache hits.
 */

export const FIRST_NAMES = [
  'Sam', 'Priya', 'Jordan', 'Elena', 'David', 'Sarah', 'Marcus', 'Aisha', 'Tom', 'Keiko', 'Luis', 'Nora', 'Paul', 'Fatima',
  'Grace', 'Omar', 'Hannah', 'Diego', 'Mei', 'Oliver', 'Chloe', 'Ravi', 'Ingrid', 'Kwame', 'Sofia', 'Ben', 'Leila', 'Ethan',
  'Yuki', 'Carmen', 'Noah', 'Amara', 'Felix', 'Zara', 'Hugo', 'Anya', 'Tariq', 'Maya', 'Lucas', 'Ines', 'Victor', 'Rosa',
  'Jonas', 'Alicia', 'Dev', 'Naomi', 'Pierre', 'Lena', 'Kofi', 'Julia', 'Mateo', 'Erin', 'Sven', 'Dana', 'Arjun', 'Claire',
  'Malik', 'Tess', 'Andrei', 'Bea',
];

export const LAST_NAMES = [
  'Lee', 'Raman', 'Kim', 'Garcia', 'Okafor', 'Nguyen', 'Schmidt', 'Rossi', 'Patel', 'Cohen', 'Silva', 'Tanaka', 'Brown',
  'Haddad', 'Novak', 'Moreau', 'Jensen', 'Mensah', 'Kowalski', 'Fischer', 'Alvarez', 'Chen', 'Murphy', 'Ivanova', 'Costa',
  'Dubois', 'Ahmed', 'Larsen', 'Walsh', 'Sato', 'Reyes', 'Berg', 'Oduya', 'Varga', 'Lindqvist', 'Park',
];

const COMPANY_HEADS = [
  'North', 'Blue', 'Bright', 'Cedar', 'Iron', 'Silver', 'Clear', 'Harbor', 'Summit', 'Pine', 'River', 'Stone', 'Maple',
  'Atlas', 'Nova', 'Vertex', 'Lumen', 'Orbit', 'Granite', 'Willow', 'Copper', 'Falcon', 'Meadow', 'Beacon', 'Crest',
  'Delta', 'Echo', 'Fjord', 'Glacier', 'Horizon', 'Juniper', 'Keystone', 'Lantern', 'Mosaic', 'Oak', 'Prairie', 'Quartz',
  'Redwood', 'Sierra', 'Tidal',
];
const COMPANY_TAILS = [
  'wind', 'field', 'path', 'point', 'bridge', 'line', 'works', 'gate', 'stack', 'wave', 'light', 'forge', 'leaf', 'mark',
  'view', 'base', 'port', 'craft', 'logic', 'grid', 'shore', 'ridge', 'spring', 'vale', 'hub',
];
const COMPANY_KINDS = ['Logistics', 'Health', 'Labs', 'Foods', 'Capital', 'Retail', 'Energy', 'Analytics', 'Systems', 'Media', 'Freight', 'Clinics', 'Insurance', 'Robotics', 'Group', 'Partners'];

/** 40 × 25 × 16 company names: "Harborline Freight". */
export const companyName = (i: number, j: number, k: number) =>
  `${COMPANY_HEADS[i % COMPANY_HEADS.length]}${COMPANY_TAILS[j % COMPANY_TAILS.length]} ${COMPANY_KINDS[k % COMPANY_KINDS.length]}`;
export const COMPANY_COUNTS = [COMPANY_HEADS.length, COMPANY_TAILS.length, COMPANY_KINDS.length] as const;

export const PRODUCTS = ['Relay', 'Ledgerly', 'Fieldnote', 'Pulseboard', 'Routewise', 'Clearcase', 'Signalpath', 'Dockyard', 'Brightdesk', 'Tallyhub', 'Insightly Pro', 'Northstar CRM'];
export const TIERS = ['enterprise', 'growth', 'starter', 'premium', 'team', 'professional', 'scale'];
export const FEATURES = [
  'the reporting module', 'single sign-on', 'the Salesforce integration', 'custom dashboards', 'the mobile app', 'audit logs',
  'role-based permissions', 'the forecasting view', 'bulk export', 'the API', 'automated reminders', 'the approval workflow',
  'data residency in the EU', 'the HubSpot sync', 'offline mode', 'the scheduling assistant', 'usage analytics',
  'the onboarding checklist', 'SAML provisioning', 'the inventory tracker', 'shift planning', 'the billing portal',
  'route optimisation', 'the claims workflow', 'two-factor login', 'the Slack connector', 'custom fields', 'the data warehouse export',
];
export const TOPICS = [
  'pricing', 'the rollout timeline', 'security review', 'the pilot scope', 'data migration', 'training for the field team',
  'the second-year cost', 'contract length', 'the integration effort', 'support hours', 'the renewal terms', 'procurement',
  'seat counts', 'legal review', 'the SOC 2 report', 'change management', 'the success criteria', 'implementation staffing',
  'budget approval', 'the reporting gaps', 'uptime guarantees', 'the termination clause',
];
export const ROLES = [
  'VP of Operations', 'Head of Sales', 'CFO', 'IT Director', 'Procurement Lead', 'Operations Manager', 'CTO', 'RevOps Lead',
  'Customer Success Director', 'Finance Manager', 'Head of People', 'Logistics Coordinator', 'Security Lead', 'COO',
  'Regional Manager', 'Product Owner',
];
export const TEAMS = ['finance', 'the field team', 'IT', 'legal', 'procurement', 'the warehouse crew', 'customer support', 'the regional managers', 'security', 'the board', 'ops', 'the dispatch team', 'HR', 'the data team'];
export const INDUSTRIES = ['logistics', 'healthcare', 'retail', 'insurance', 'manufacturing', 'hospitality', 'construction', 'education', 'banking', 'food distribution', 'property management', 'field services'];
export const TOOLS = ['spreadsheets', 'Salesforce', 'HubSpot', 'a homegrown tool', 'SAP', 'Excel macros', 'Zendesk', 'paper forms', 'Jira', 'an old Access database', 'NetSuite', 'Google Sheets'];
export const PAINS = [
  'manual data entry', 'missed handoffs between shifts', 'slow month-end close', 'duplicate customer records', 'late invoices',
  'no visibility into the pipeline', 'reports that take a day to build', 'onboarding that drags on for weeks', 'too many tools',
  'churn in the first ninety days', 'audit prep eating a week every quarter', 'dispatchers working from memory',
  'forecasts nobody trusts', 'tickets falling through the cracks', 'approvals stuck in email', 'stock counts that never match',
];
export const OUTCOMES = [
  'cut the close by three days', 'get one view of every account', 'free up the team for customer calls', 'pass the audit without the scramble',
  'onboard new hires in a week', 'stop chasing approvals', 'trust the forecast again', 'answer customers the same day',
  'reduce overtime on the floor', 'see problems before they become escalations', 'retire two legacy tools', 'hit the renewal targets',
];
export const COMPETITORS = ['Acme Suite', 'Vendora', 'Paxton', 'Gridline', 'Corvus', 'OptiCore', 'Tracklane', 'Helio'];
export const CITIES = ['Denver', 'Lisbon', 'Austin', 'Toronto', 'Leeds', 'Osaka', 'Munich', 'Nairobi', 'Chicago', 'Dublin', 'Seattle', 'Lyon', 'Melbourne', 'Boston'];
export const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export const PERIODS = ['quarter', 'month', 'cohort', 'cycle', 'season'];
export const SEATS = ['spots', 'seats', 'slots', 'licences', 'onboarding slots', 'pilot places', 'implementation slots'];
export const SMALL = ['two', 'three', '2', '3', '4', 'a few', 'five'];
export const DEADLINES = ['today', 'tonight', 'by Friday', 'by end of day', 'this week', 'before the weekend', 'by tomorrow', 'by noon'];
export const PROJECTS = ['rollout', 'migration', 'pilot', 'launch', 'upgrade', 'consolidation', 'integration'];
export const DOCS = ['the order form', 'the proposal', 'the security questionnaire', 'the SOW', 'the pricing sheet', 'the case study', 'the implementation plan', 'the data processing agreement', 'the pilot summary', 'the ROI model', 'the reference list', 'the architecture diagram'];
export const MEETINGS = ['a 30-minute call', 'a short demo', 'a working session', 'a call with your IT lead', 'a walkthrough', 'a quick check-in', 'a workshop with the team'];
export const LEADS = ['Also, ', 'As promised, ', 'On a separate note, ', 'Quick update: ', 'One more thing: ', 'For context, ', 'Separately, ', 'Following up, ', ''];
export const TAILS = [' when you have a moment', ' if that helps', ' whenever suits you', ', no pressure either way', ' at your convenience', ' before we talk next', ''];
