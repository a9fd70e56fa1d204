/**
 * Locale-independent vocabularies: job titles, lead sources, lifecycle stages and the junk that real
 * CRM exports carry. The first entry of each variant list is the clean value.
 */

/** Canonical job title key → clean title, then the variants people type. */
export const TITLES: Readonly<Record<string, readonly string[]>> = {
  ceo: ['Chief Executive Officer', 'CEO', 'C.E.O.', 'ceo', 'Founder & CEO', 'CEO / Founder', 'Chief Exec'],
  cto: ['Chief Technology Officer', 'CTO', 'cto', 'C.T.O.', 'Co-founder & CTO', 'Chief Technical Officer'],
  cfo: ['Chief Financial Officer', 'CFO', 'cfo', 'Finance Director', 'C.F.O.'],
  coo: ['Chief Operating Officer', 'COO', 'coo', 'Chief Operations Officer'],
  cmo: ['Chief Marketing Officer', 'CMO', 'cmo', 'C.M.O.', 'chief marketing officer', 'CMO & Co-founder'],
  'vp-sales': [
    'VP Sales',
    'VP of Sales',
    'vp of sales',
    'Vice President, Sales',
    'V.P. Sales',
    'SVP Sales',
    'VP, Sales',
  ],
  'head-marketing': [
    'Head of Marketing',
    'head of marketing',
    'Marketing Lead',
    'Hd. Marketing',
    'Head Marketing',
  ],
  'marketing-manager': [
    'Marketing Manager',
    'marketing mgr',
    'Mktg Manager',
    'Marketing Mgr.',
    'MARKETING MANAGER',
  ],
  'sales-manager': [
    'Sales Manager',
    'sales mgr',
    'Sales Mgr.',
    'Regional Sales Manager',
    'Sales Manager EMEA',
  ],
  'account-exec': ['Account Executive', 'AE', 'Acct Exec', 'Sr. Account Executive', 'account exec'],
  'sales-rep': ['Sales Representative', 'Sales Rep', 'sales rep.', 'Salesperson', 'Inside Sales Rep'],
  swe: [
    'Software Engineer',
    'SW Eng.',
    'Sr. Software Engineer',
    'software developer',
    'SWE',
    'Developer',
    'Software Dev',
  ],
  'product-manager': ['Product Manager', 'PM', 'Product Mgr', 'Sr. Product Manager', 'product manager'],
  'project-manager': ['Project Manager', 'Proj. Mgr.', 'PM', 'project mgr', 'Projektmanager'],
  'hr-manager': ['HR Manager', 'Human Resources Manager', 'HR Mgr', 'People Manager', 'H.R. Manager'],
  recruiter: ['Recruiter', 'Talent Acquisition', 'Sr. Recruiter', 'recruiter', 'Talent Partner'],
  'office-manager': ['Office Manager', 'office mgr', 'Office Mgr.', 'Office Administrator'],
  accountant: ['Accountant', 'Senior Accountant', 'accountant', 'Bookkeeper', 'Acct.'],
  'it-manager': ['IT Manager', 'I.T. Manager', 'IT Mgr', 'Head of IT', 'IT Director'],
  'data-analyst': ['Data Analyst', 'Sr. Data Analyst', 'data analyst', 'BI Analyst', 'Analyst'],
  consultant: ['Consultant', 'Senior Consultant', 'consultant', 'Sr. Consultant', 'Advisor'],
  assistant: ['Executive Assistant', 'Assistant', 'EA', 'Exec. Assistant', 'PA to CEO'],
  owner: ['Owner', 'owner', 'Co-Owner', 'Proprietor', 'Founder'],
  procurement: ['Procurement Manager', 'Purchasing Manager', 'Buyer', 'Head of Procurement', 'purchasing'],
  'operations-manager': ['Operations Manager', 'Ops Manager', 'Head of Operations', 'ops mgr'],
  'customer-success': ['Customer Success Manager', 'CSM', 'Customer Success Mgr', 'Client Success Manager'],
};
export const TITLE_KEYS: readonly string[] = Object.keys(TITLES);

/** Lead source: clean value first, then variants. */
export const LEAD_SOURCES: readonly (readonly string[])[] = [
  ['Organic Search', 'organic search', 'ORGANIC_SEARCH', 'SEO', 'Google organic', 'organic'],
  ['Paid Search', 'google ads', 'Google Ads', 'adwords', 'PPC', 'paid search', 'PAID_SEARCH', 'SEM'],
  ['Direct Traffic', 'direct', 'DIRECT_TRAFFIC', 'Direct', 'website'],
  ['Referral', 'referral', 'Referrals', 'Partner Referral', 'partner', 'word of mouth', 'Word of Mouth'],
  ['Social Media', 'social', 'LinkedIn', 'linkedin', 'Facebook', 'SOCIAL_MEDIA', 'linkedin ads', 'Twitter'],
  ['Email Marketing', 'email', 'EMAIL_MARKETING', 'newsletter', 'Email Campaign', 'e-mail'],
  ['Trade Show', 'tradeshow', 'trade show', 'Trade-Show', 'Conference', 'Event', 'Messe', 'veletrh'],
  ['Webinar', 'webinar', 'Webinars', 'Online Event', 'web seminar'],
  ['Cold Call', 'cold call', 'Outbound', 'outbound call', 'Phone Inquiry', 'cold calling'],
  ['List Import', 'import', 'Purchased List', 'OFFLINE', 'Offline Sources', 'list', 'CSV import'],
];

/** Lifecycle stage (HubSpot style): clean label first, then internal values and variants. */
export const LIFECYCLE_STAGES: readonly (readonly string[])[] = [
  ['Subscriber', 'subscriber', 'Newsletter subscriber', 'SUBSCRIBER'],
  ['Lead', 'lead', 'LEAD', 'new lead', 'Raw Lead'],
  ['Marketing Qualified Lead', 'MQL', 'marketingqualifiedlead', 'mql', 'Marketing-qualified lead'],
  ['Sales Qualified Lead', 'SQL', 'salesqualifiedlead', 'sql', 'Sales-qualified'],
  ['Opportunity', 'opportunity', 'Opp', 'OPPORTUNITY', 'Deal'],
  ['Customer', 'customer', 'Client', 'client', 'CUSTOMER', 'Customer - Active', 'Kunde', 'zákazník'],
  ['Evangelist', 'evangelist', 'Promoter', 'Advocate'],
  ['Other', 'other', 'n/a', 'Churned', 'former customer', 'Ex-customer'],
];
/** Weights of the stages above (most contacts are leads or subscribers). */
export const LIFECYCLE_WEIGHTS: readonly number[] = [14, 30, 16, 8, 7, 18, 2, 5];

/** Salesforce Lead Status: clean value first, then variants. */
export const LEAD_STATUSES: readonly (readonly string[])[] = [
  ['Open - Not Contacted', 'Open', 'open', 'New', 'Not contacted'],
  ['Working - Contacted', 'Working', 'Contacted', 'working - contacted', 'In progress'],
  ['Nurturing', 'nurture', 'Nurture', 'Long-term nurture'],
  ['Qualified', 'qualified', 'MQL', 'SQL', 'Sales Qualified'],
  ['Closed - Converted', 'Converted', 'closed - converted', 'Customer', 'Won'],
  ['Closed - Not Converted', 'Unqualified', 'Disqualified', 'closed lost', 'Junk'],
];
export const LEAD_STATUS_WEIGHTS: readonly number[] = [30, 22, 14, 12, 12, 10];

/** Common typos of free-mail domains, keyed by the correct domain. */
export const DOMAIN_TYPOS: Readonly<Record<string, readonly string[]>> = {
  'gmail.com': [
    'gmial.com',
    'gmai.com',
    'gmail.con',
    'gmail.co',
    'gnail.com',
    'gmail.cm',
    'gamil.com',
    'gmaill.com',
    'gmail.om',
  ],
  'hotmail.com': ['hotmial.com', 'hotmail.con', 'hotmal.com', 'hotmai.com', 'hotamil.com'],
  'yahoo.com': ['yaho.com', 'yahooo.com', 'yahoo.con', 'yhoo.com'],
  'outlook.com': ['outlok.com', 'outllook.com', 'outlook.con'],
  'seznam.cz': ['sezanm.cz', 'seznam.cy', 'seznma.cz', 'seznam.cz.'],
  'wp.pl': ['wp.pll', 'wpl.pl', 'wp.p'],
  'mail.ru': ['mail.ry', 'mai.ru', 'mail.rи', 'maill.ru'],
  'yandex.ru': ['yandex.ry', 'yandx.ru', 'yadex.ru'],
  'web.de': ['web.d', 'wep.de', 'web.dee'],
  'gmx.de': ['gmx.d', 'gmx.dr', 'gmc.de'],
};

/** Disposable/throwaway domains (all listed by disposable-email-domains-js). */
export const DISPOSABLE_DOMAINS: readonly string[] = [
  'mailinator.com',
  '10minutemail.com',
  'guerrillamail.com',
  'yopmail.com',
  'trashmail.com',
  'temp-mail.org',
  'sharklasers.com',
  'maildrop.cc',
];

export const ROLE_LOCALS: readonly string[] = [
  'info',
  'sales',
  'office',
  'contact',
  'admin',
  'support',
  'hello',
  'marketing',
  'kontakt',
  'obchod',
  'biuro',
  'buero',
  'team',
  'noreply',
  'billing',
  'hr',
];

/** Whole test records: [first, last, email]. */
export const TEST_RECORDS: readonly (readonly [string, string, string])[] = [
  ['test', 'test', 'test@test.com'],
  ['Test', 'User', 'test@example.com'],
  ['asdf', 'asdf', 'asdf@asdf.com'],
  ['John', 'Doe', 'john.doe@example.com'],
  ['Test', 'Test', 'test123@gmail.com'],
  ['xxx', 'xxx', 'xxx@xxx.xx'],
  ['Mickey', 'Mouse', 'mickey@disney.test'],
  ['Max', 'Mustermann', 'max@mustermann.de'],
  ['Jan', 'Testovací', 'test@seznam.cz'],
  ['a', 'a', 'a@a.com'],
  ['TEST', 'DO NOT USE', 'noreply@example.org'],
  ['Demo', 'Contact', 'demo@demo.com'],
];

/** Values that mean "unknown" typed into any field. */
export const PLACEHOLDERS: readonly string[] = [
  'N/A',
  'n/a',
  '-',
  '--',
  'null',
  'NULL',
  'unknown',
  'none',
  '.',
  '?',
  '#N/A',
  'TBD',
  'x',
  '0',
];

/** Junk that rides along in name fields. */
export const NAME_JUNK_SUFFIX: readonly string[] = [
  ' 🙂',
  ' 🚀',
  ' ✨',
  ' (old)',
  ' - DO NOT USE',
  ' (duplicate)',
  '123',
  ' ??',
  ' *',
  ' (Mr.)',
  ' 👍',
  ' PhD',
  ' (left company)',
];
export const NAME_JUNK_PREFIX: readonly string[] = [
  'Mr. ',
  'Mrs. ',
  'Dr. ',
  'Ing. ',
  'Mgr. ',
  'Herr ',
  'Frau ',
  'Pan ',
  'Pani ',
  '** ',
  '.',
];

export const KEYBOARD_ROWS: readonly string[] = [
  'qwertyuiop',
  'asdfghjkl',
  'zxcvbnm',
  'qwertzuiop',
  'azertyuiop',
  'jkljkl',
];

/** Invisible characters that survive copy-paste: zero-width space/joiners, BOM, soft hyphen. */
export const INVISIBLES: readonly string[] = ['\u200B', '\u200C', '\u200D', '\uFEFF', '\u00AD', '\u2060'];
/** Visible-as-space characters and stray whitespace. */
export const STRAY_SPACES: readonly string[] = [' ', '  ', '\u00A0', '\t', ' \u00A0'];

export const NEWSLETTER_VALUES: readonly (readonly string[])[] = [
  ['true', 'TRUE', 'Yes', 'yes', '1', 'Y', 'x', 'opted in'],
  ['false', 'FALSE', 'No', 'no', '0', 'N', '', 'opted out'],
];
export const TIERS: readonly (readonly string[])[] = [
  ['Gold', 'gold', 'GOLD', 'Tier 1', 'A'],
  ['Silver', 'silver', 'Tier 2', 'B', 'Silver '],
  ['Bronze', 'bronze', 'Tier 3', 'C', 'bronz'],
  ['Platinum', 'platinum', 'Platin', 'VIP', 'Tier 0'],
];
export const TIER_WEIGHTS: readonly number[] = [20, 35, 40, 5];

/** Sales reps that own records, with the variants exports show for the same person. */
export const OWNERS: readonly (readonly string[])[] = [
  ['Sarah Johnson', 'sarah.johnson@kempt-demo.com', 'Sarah J.', 'sjohnson'],
  ['Tomáš Krejčí', 'Tomas Krejci', 'tomas.krejci@kempt-demo.com', 'T. Krejčí'],
  ['Anna Schmidt', 'anna.schmidt@kempt-demo.com', 'A. Schmidt', 'Schmidt, Anna'],
  ['Piotr Zieliński', 'Piotr Zielinski', 'piotr.zielinski@kempt-demo.com'],
  ['Michael Brown', 'Mike Brown', 'michael.brown@kempt-demo.com', 'mbrown'],
  ['Ελένη Παππά', 'Eleni Pappa', 'eleni.pappa@kempt-demo.com'],
  ['Rūta Kazlauskienė', 'Ruta Kazlauskiene', 'ruta.k@kempt-demo.com'],
  ['Claire Dubois', 'claire.dubois@kempt-demo.com', 'C. Dubois'],
  ['Дмитрий Орлов', 'Dmitry Orlov', 'dmitry.orlov@kempt-demo.com'],
  ['James Walker', 'Jim Walker', 'james.walker@kempt-demo.com'],
  ['Lucía Navarro', 'Lucia Navarro', 'lucia.navarro@kempt-demo.com'],
  ['Integration User', 'API', 'Marketing Automation', 'import bot'],
];

export const US_STATE_ABBR: Readonly<Record<string, string>> = {
  'New York': 'NY',
  California: 'CA',
  Illinois: 'IL',
  Massachusetts: 'MA',
  Washington: 'WA',
  Texas: 'TX',
  Florida: 'FL',
  Colorado: 'CO',
  Georgia: 'GA',
  Pennsylvania: 'PA',
  Arizona: 'AZ',
  Oregon: 'OR',
  Minnesota: 'MN',
};

/** English names CRMs hold for European cities. */
export const CITY_EXONYMS: Readonly<Record<string, string>> = {
  Praha: 'Prague',
  Warszawa: 'Warsaw',
  Kraków: 'Cracow',
  München: 'Munich',
  Köln: 'Cologne',
  Nürnberg: 'Nuremberg',
  Roma: 'Rome',
  Milano: 'Milan',
  Napoli: 'Naples',
  Torino: 'Turin',
  Firenze: 'Florence',
  Venezia: 'Venice',
  Genova: 'Genoa',
  Sevilla: 'Seville',
  Göteborg: 'Gothenburg',
  'Den Haag': 'The Hague',
  Vilnius: 'Vilna',
  'Frankfurt am Main': 'Frankfurt',
  'Nizhny Novgorod': 'N. Novgorod',
  'Saint Petersburg': 'St. Petersburg',
};

/** Street-type abbreviations people type: first matching rule applies. */
export const STREET_ABBREVIATIONS: readonly (readonly [RegExp, string])[] = [
  [/straße/, 'str.'],
  [/Straße/, 'Str.'],
  [/ Street/, ' St.'],
  [/ St\b/, ' Street'],
  [/ Avenue/, ' Ave'],
  [/ Road/, ' Rd'],
  [/náměstí/, 'nám.'],
  [/^ul\. /, ''],
  [/^ул\. /, 'улица '],
  [/Calle /, 'C/ '],
  [/^Via /, 'V. '],
  [/gatan/, 'g.'],
  [/ g\. /, ' gatvė '],
  [/ pr\. /, ' prospektas '],
  [/rue /, 'r. '],
];
