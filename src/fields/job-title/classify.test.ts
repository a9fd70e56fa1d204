import { describe, expect, it } from 'vitest';
import { classifyTitle, type Department, type Seniority } from './index.ts';

type Row = readonly [
  title: string,
  seniority: Seniority | null,
  department: Department | null,
  canonical: string | null,
];

const ENGLISH: readonly Row[] = [
  // C-suite and abbreviations
  ['CEO', 'c_level', 'executive', 'Chief Executive Officer'],
  ['Chief Executive Officer', 'c_level', 'executive', 'Chief Executive Officer'],
  ['CFO', 'c_level', 'finance', 'Chief Financial Officer'],
  ['CTO', 'c_level', 'engineering', 'Chief Technology Officer'],
  ['COO', 'c_level', 'operations', 'Chief Operating Officer'],
  ['CMO', 'c_level', 'marketing', 'Chief Marketing Officer'],
  ['CISO', 'c_level', 'it', 'Chief Information Security Officer'],
  ['CHRO', 'c_level', 'hr', 'Chief Human Resources Officer'],
  ['CIO', 'c_level', 'it', 'Chief Information Officer'],
  ['CRO', 'c_level', 'sales', 'Chief Revenue Officer'],
  ['CPO', 'c_level', 'product', 'Chief Product Officer'],
  ['CDO', 'c_level', 'data', 'Chief Data Officer'],
  ['Chief Revenue Officer', 'c_level', 'sales', 'Chief Revenue Officer'],
  ['Chief People Officer', 'c_level', 'hr', 'Chief People Officer'],
  ['Chief Compliance Officer', 'c_level', 'legal', 'Chief Compliance Officer'],
  ['President', 'c_level', 'executive', 'President'],
  ['President & CEO', 'c_level', 'executive', 'President & CEO'],
  ['Managing Director', 'c_level', 'executive', 'Managing Director'],
  ['General Manager', 'c_level', 'executive', 'General Manager'],
  ['GM', 'c_level', 'executive', 'General Manager'],
  ['Executive Director', 'c_level', 'executive', 'Executive Director'],
  ['Chief of Staff', 'director', 'executive', 'Chief of Staff'],
  ['General Counsel', 'c_level', 'legal', 'General Counsel'],
  // owners and boards
  ['Founder & CEO', 'owner', 'executive', 'Founder & CEO'],
  ['Founder/CEO', 'owner', 'executive', 'Founder & CEO'],
  ['CEO and Founder', 'owner', 'executive', 'Founder & CEO'],
  ['Co-founder', 'owner', 'executive', 'Co-Founder'],
  ['Cofounder', 'owner', 'executive', 'Co-Founder'],
  ['Co-founder and CTO', 'owner', 'engineering', null],
  ['Owner', 'owner', 'executive', 'Owner'],
  ['Owner & Managing Director', 'owner', 'executive', null],
  ['Managing Partner', 'owner', 'executive', 'Managing Partner'],
  ['Partner', 'owner', null, 'Partner'],
  ['Self-employed', 'owner', null, 'Self-Employed'],
  ['Chairman', 'board', 'executive', 'Chair of the Board'],
  ['Member of the Board of Directors', 'board', 'executive', 'Board Member'],
  ['Non-Executive Director', 'board', 'executive', 'Non-Executive Director'],
  ['Chairman & CEO', 'board', 'executive', null],
  // vice presidents
  ['VP Sales', 'vp', 'sales', 'Vice President of Sales'],
  ['VP of Sales', 'vp', 'sales', 'Vice President of Sales'],
  ['Vice President, Sales', 'vp', 'sales', 'Vice President of Sales'],
  ['V.P. Sales', 'vp', 'sales', 'Vice President of Sales'],
  ['SVP Marketing', 'vp', 'marketing', 'Senior Vice President of Marketing'],
  ['EVP Operations', 'vp', 'operations', 'Executive Vice President of Operations'],
  ['VP of Eng', 'vp', 'engineering', 'Vice President of Engineering'],
  ['Senior Vice President, Global Sales', 'vp', 'sales', 'Senior Vice President of Sales'],
  ['VP', 'vp', null, 'Vice President'],
  // heads and directors
  ['Head of Product', 'head', 'product', 'Head of Product'],
  ['Head of People & Culture', 'head', 'hr', 'Head of People'],
  ['Deputy Head of HR', 'head', 'hr', 'Deputy Head of HR'],
  ['Director of Engineering', 'director', 'engineering', 'Engineering Director'],
  ['Marketing Director', 'director', 'marketing', 'Marketing Director'],
  ['Dir. of Sales', 'director', 'sales', 'Sales Director'],
  ['Sales Director, DACH', 'director', 'sales', 'Sales Director'],
  ['Director, Sales Operations', 'director', 'operations', 'Sales Operations Director'],
  ['Associate Director, Finance', 'director', 'finance', null],
  ['Creative Director', 'director', 'design', 'Creative Director'],
  ['Art Director', 'director', 'design', 'Art Director'],
  ['Medical Director', 'director', 'healthcare', 'Medical Director'],
  ['Account Director', 'director', 'sales', 'Account Director'],
  // managers: "Senior X Manager" is a manager
  ['Senior Marketing Manager', 'manager', 'marketing', 'Senior Marketing Manager'],
  ['Sr. Marketing Mgr', 'manager', 'marketing', 'Senior Marketing Manager'],
  ['Engineering Manager', 'manager', 'engineering', 'Engineering Manager'],
  ['Eng. Manager', 'manager', 'engineering', 'Engineering Manager'],
  ['Product Manager', 'manager', 'product', 'Product Manager'],
  ['Senior Product Manager', 'manager', 'product', 'Senior Product Manager'],
  ['Product Marketing Manager', 'manager', 'marketing', 'Product Marketing Manager'],
  ['Regional Sales Manager', 'manager', 'sales', 'Sales Manager'],
  ['Area Sales Manager EMEA', 'manager', 'sales', 'Sales Manager'],
  ['HR Manager', 'manager', 'hr', 'HR Manager'],
  ['Office Manager', 'manager', 'administration', 'Office Manager'],
  ['IT Project Manager', 'manager', 'it', 'IT Project Manager'],
  ['Project Manager', 'manager', null, 'Project Manager'],
  ['RevOps Manager', 'manager', 'operations', 'Revenue Operations Manager'],
  ['Business Development Manager', 'manager', 'sales', 'Business Development Manager'],
  ['Biz Dev Manager', 'manager', 'sales', 'Business Development Manager'],
  ['Social Media Manager', 'manager', 'marketing', 'Social Media Manager'],
  ['Category Manager', 'manager', 'procurement', 'Category Manager'],
  ['Warehouse Supervisor', 'manager', 'operations', 'Warehouse Supervisor'],
  ['Team Lead', 'manager', null, 'Team Lead'],
  ['Controller', 'manager', 'finance', 'Controller'],
  ['Partner Manager', 'manager', 'sales', 'Partner Manager'],
  // individual contributors who are "managers" of a portfolio
  ['Account Manager', 'individual', 'sales', 'Account Manager'],
  ['Key Account Manager', 'individual', 'sales', 'Key Account Manager'],
  ['KAM', 'individual', 'sales', 'Key Account Manager'],
  ['Customer Success Manager', 'individual', 'customer_success', 'Customer Success Manager'],
  ['CSM', 'individual', 'customer_success', 'Customer Success Manager'],
  ['Senior Customer Success Manager', 'senior', 'customer_success', 'Senior Customer Success Manager'],
  // sales
  ['Account Executive', 'individual', 'sales', 'Account Executive'],
  ['AE', 'individual', 'sales', 'Account Executive'],
  ['Senior Account Executive', 'senior', 'sales', 'Senior Account Executive'],
  ['SDR', 'individual', 'sales', 'Sales Development Representative'],
  ['BDR', 'individual', 'sales', 'Business Development Representative'],
  ['Inside Sales Representative', 'individual', 'sales', 'Inside Sales Representative'],
  ['Sales Engineer', 'individual', 'sales', 'Sales Engineer'],
  ['Salesman', 'individual', 'sales', 'Salesperson'],
  // engineering, IT, data, design
  ['Software Engineer', 'individual', 'engineering', 'Software Engineer'],
  ['SW Eng.', 'individual', 'engineering', 'Software Engineer'],
  ['Senior Software Engineer', 'senior', 'engineering', 'Senior Software Engineer'],
  ['Sr. SW Eng.', 'senior', 'engineering', 'Senior Software Engineer'],
  ['Snr Accountant', 'senior', 'finance', 'Senior Accountant'],
  ['Staff Engineer', 'senior', 'engineering', 'Staff Engineer'],
  ['Principal Engineer', 'senior', 'engineering', 'Principal Engineer'],
  ['Lead Developer', 'senior', 'engineering', 'Lead Developer'],
  ['Tech Lead', 'senior', 'engineering', 'Tech Lead'],
  ['Jr. Developer', 'entry', 'engineering', 'Junior Developer'],
  ['Junior Java Developer', 'entry', 'engineering', 'Junior Java Developer'],
  ['Dev', 'individual', 'engineering', 'Developer'],
  ['Engr', 'individual', 'engineering', 'Engineer'],
  ['Frontend Developer', 'individual', 'engineering', 'Frontend Developer'],
  ['C++ Developer', 'individual', 'engineering', 'C++ Developer'],
  ['.NET Developer', 'individual', 'engineering', '.NET Developer'],
  ['QA Engineer', 'individual', 'engineering', 'QA Engineer'],
  ['QA', null, 'engineering', null],
  ['SRE', 'individual', 'engineering', 'Site Reliability Engineer'],
  ['DevOps Engineer', 'individual', 'engineering', 'DevOps Engineer'],
  ['Scrum Master', 'individual', 'engineering', 'Scrum Master'],
  ['Product Owner', 'individual', 'product', 'Product Owner'],
  ['System Administrator', 'individual', 'it', 'System Administrator'],
  ['Network Engineer', 'individual', 'it', 'Network Engineer'],
  ['Salesforce Administrator', 'individual', 'it', 'Salesforce Administrator'],
  ['Data Scientist', 'individual', 'data', 'Data Scientist'],
  ['Data Analyst', 'individual', 'data', 'Data Analyst'],
  ['Machine Learning Engineer', 'individual', 'data', 'Machine Learning Engineer'],
  ['Business Analyst', 'individual', null, 'Business Analyst'],
  ['UX Designer', 'individual', 'design', 'UX Designer'],
  ['Graphic Designer', 'individual', 'design', 'Graphic Designer'],
  // support functions
  ['Accountant', 'individual', 'finance', 'Accountant'],
  ['Financial Analyst', 'individual', 'finance', 'Financial Analyst'],
  ['Finance Business Partner', 'individual', 'finance', 'Finance Business Partner'],
  ['HRBP', 'individual', 'hr', 'HR Business Partner'],
  ['People Partner', 'individual', 'hr', 'HR Business Partner'],
  ['Recruiter', 'individual', 'hr', 'Recruiter'],
  ['Talent Acquisition Specialist', 'individual', 'hr', 'Talent Acquisition Specialist'],
  ['Legal Counsel', 'senior', 'legal', 'Legal Counsel'],
  ['Compliance Officer', 'individual', 'legal', 'Compliance Officer'],
  ['Executive Assistant', 'individual', 'administration', 'Executive Assistant'],
  ['Assistant to the CEO', 'individual', 'administration', 'Assistant'],
  ['EA to CEO', 'individual', 'administration', 'Executive Assistant'],
  ['Receptionist', 'individual', 'administration', 'Receptionist'],
  ['Buyer', 'individual', 'procurement', 'Buyer'],
  ['Procurement Manager', 'manager', 'procurement', 'Procurement Manager'],
  ['Operations Manager', 'manager', 'operations', 'Operations Manager'],
  ['Plant Manager', 'head', 'operations', 'Plant Manager'],
  ['Customer Support Representative', 'individual', 'support', 'Support Representative'],
  ['Consultant', 'individual', 'consulting', 'Consultant'],
  ['Senior Consultant', 'senior', 'consulting', 'Senior Consultant'],
  ['Research Scientist', 'individual', 'research', 'Research Scientist'],
  ['Professor', 'senior', 'education', 'Professor'],
  ['Teacher', 'individual', 'education', 'Teacher'],
  ['Nurse', 'individual', 'healthcare', 'Nurse'],
  ['Chief Accountant', 'head', 'finance', 'Chief Accountant'],
  ['Chief Engineer', 'head', 'engineering', 'Chief Engineer'],
  // entry level
  ['Intern', 'entry', null, 'Intern'],
  ['Marketing Intern', 'entry', 'marketing', 'Marketing Intern'],
  ['Trainee Accountant', 'entry', 'finance', null],
  ['Graduate Engineer', 'entry', 'engineering', 'Graduate Engineer'],
];

const OTHER_LANGUAGES: readonly Row[] = [
  // German
  ['Geschäftsführer', 'c_level', 'executive', 'Managing Director'],
  ['Geschäftsführerin', 'c_level', 'executive', 'Managing Director'],
  ['GESCHÄFTSFÜHRER', 'c_level', 'executive', 'Managing Director'],
  ['Prokurist', 'director', 'executive', 'Authorized Signatory'],
  ['Vertriebsleiter', 'head', 'sales', 'Head of Sales'],
  ['Leiter Marketing', 'head', 'marketing', 'Head of Marketing'],
  ['Leiterin Vertrieb', 'head', 'sales', 'Head of Sales'],
  ['Marketingleiterin', 'head', 'marketing', 'Head of Marketing'],
  ['IT-Leiter', 'head', 'it', 'Head of IT'],
  ['Abteilungsleiter Vertrieb', 'head', 'sales', 'Head of Sales'],
  ['Stellvertretender Vertriebsleiter', 'head', 'sales', 'Deputy Head of Sales'],
  ['Teamleiter IT', 'manager', 'it', 'IT Team Lead'],
  ['Softwareentwickler', 'individual', 'engineering', 'Software Developer'],
  ['Personalreferentin', 'individual', 'hr', 'HR Specialist'],
  ['Datenschutzbeauftragter', 'individual', 'legal', 'Data Protection Officer'],
  ['Vertriebsmitarbeiter Außendienst', 'individual', 'sales', null],
  ['Werkstudent Marketing', 'entry', 'marketing', 'Marketing Working Student'],
  ['Inhaber', 'owner', 'executive', 'Owner'],
  // Czech / Slovak
  ['jednatel', 'c_level', 'executive', 'Managing Director'],
  ['Jednatelka', 'c_level', 'executive', 'Managing Director'],
  ['konateľ', 'c_level', 'executive', 'Managing Director'],
  ['ředitel', 'director', null, 'Director'],
  ['Generální ředitel', 'c_level', 'executive', 'Chief Executive Officer'],
  ['obchodní ředitel', 'director', 'sales', 'Sales Director'],
  ['Finanční ředitelka', 'director', 'finance', 'Finance Director'],
  ['vedoucí', 'head', null, 'Head'],
  ['Vedoucí marketingu', 'head', 'marketing', 'Head of Marketing'],
  ['Vedoucí oddělení nákupu', 'head', 'procurement', 'Head of Purchasing'],
  ['IT manažer', 'manager', 'it', 'IT Manager'],
  ['Obchodní zástupce', 'individual', 'sales', 'Sales Representative'],
  ['Hlavní účetní', 'head', 'finance', 'Chief Accountant'],
  ['Zástupce ředitele', 'director', null, 'Deputy Director'],
  ['Člen představenstva', 'board', 'executive', 'Board Member'],
  // Polish
  ['prezes zarządu', 'c_level', 'executive', 'Chief Executive Officer'],
  ['Dyrektor handlowy', 'director', 'sales', 'Sales Director'],
  ['Dyrektor Generalny', 'c_level', 'executive', 'Chief Executive Officer'],
  ['Kierownik', 'manager', null, 'Manager'],
  ['Kierownik działu sprzedaży', 'manager', 'sales', 'Sales Manager'],
  ['Specjalista ds. marketingu', 'individual', 'marketing', 'Marketing Specialist'],
  ['Starszy specjalista ds. sprzedaży', 'senior', 'sales', 'Senior Sales Specialist'],
  ['Główna księgowa', 'head', 'finance', 'Chief Accountant'],
  ['Właściciel', 'owner', 'executive', 'Owner'],
  ['Członek Zarządu', 'board', 'executive', 'Board Member'],
  // French
  ['Directeur général', 'c_level', 'executive', 'Chief Executive Officer'],
  ['PDG', 'c_level', 'executive', 'Chief Executive Officer'],
  ['DG', 'c_level', 'executive', 'Chief Executive Officer'],
  ['Directeur commercial', 'director', 'sales', 'Sales Director'],
  ['Directrice commerciale', 'director', 'sales', 'Sales Director'],
  ['Responsable marketing', 'manager', 'marketing', 'Marketing Manager'],
  ['Chef de projet', 'manager', null, 'Project Manager'],
  ['Chargée de communication', 'individual', 'marketing', 'Communications Specialist'],
  ['DRH', 'director', 'hr', 'HR Director'],
  ['Stagiaire', 'entry', null, 'Intern'],
  // Greek
  ['Γενικός Διευθυντής', 'c_level', 'executive', 'General Manager'],
  ['Διευθύντής Πωλήσεων', 'director', 'sales', 'Sales Director'],
  ['Διευθύνων Σύμβουλος', 'c_level', 'executive', 'Chief Executive Officer'],
  ['ΥΠΕΥΘΥΝΟΣ ΠΩΛΗΣΕΩΝ', 'manager', 'sales', 'Sales Manager'],
  ['Λογιστής', 'individual', 'finance', 'Accountant'],
  ['Προϊστάμενος Τμήματος Πληροφορικής', 'head', 'it', 'Head of IT'],
  // Lithuanian
  ['generalinis direktorius', 'c_level', 'executive', 'Chief Executive Officer'],
  ['Direktorius', 'director', null, 'Director'],
  ['Pardavimų vadovas', 'head', 'sales', 'Head of Sales'],
  ['Pardavimų vadybininkė', 'manager', 'sales', 'Sales Manager'],
  ['Vyr. buhalterė', 'head', 'finance', 'Chief Accountant'],
  // Russian / Ukrainian
  ['генеральный директор', 'c_level', 'executive', 'Chief Executive Officer'],
  ['Генеральний директор', 'c_level', 'executive', 'Chief Executive Officer'],
  ['коммерческий директор', 'director', 'sales', 'Commercial Director'],
  ['менеджер по продажам', 'manager', 'sales', 'Sales Manager'],
  ['руководитель отдела маркетинга', 'head', 'marketing', 'Head of Marketing'],
  ['Начальник отдела продаж', 'head', 'sales', 'Head of Sales'],
  ['Заместитель генерального директора', 'c_level', 'executive', 'Deputy Chief Executive Officer'],
  ['Главный инженер', 'head', 'engineering', 'Chief Engineer'],
  ['HR-менеджер', 'manager', 'hr', 'HR Manager'],
  // Spanish, Italian, Dutch
  ['Directora general', 'c_level', 'executive', 'Chief Executive Officer'],
  ['Gerente de ventas', 'manager', 'sales', 'Sales Manager'],
  ['Amministratore delegato', 'c_level', 'executive', 'Chief Executive Officer'],
  ['Zaakvoerder', 'c_level', 'executive', 'Managing Director'],
];

function check([title, seniority, department, canonical]: Row): void {
  const c = classifyTitle(title);
  expect({
    seniority: c.seniority ?? null,
    department: c.department ?? null,
    canonical: c.canonical ?? null,
  }).toEqual({
    seniority,
    department,
    canonical,
  });
}

describe('classifyTitle', () => {
  it('has a large English table', () => expect(ENGLISH.length).toBeGreaterThanOrEqual(80));
  it.each(ENGLISH)('%s → %s / %s / %s', (...row) => check(row));
  it.each(OTHER_LANGUAGES)('%s → %s / %s / %s', (...row) => check(row));

  it.each([
    ['CEO', 1],
    ['Geschäftsführer', 1],
    ['Senior Marketing Manager', 0.9],
    ['Sales Director, DACH', 0.9],
    ['CPO', 0.6],
    ['PM', 0.4],
    ['Marketing Guru', 0.23],
    ['Ninja', 0],
    ['', 0],
  ])('confidence of %j is %d', (title, confidence) => {
    expect(classifyTitle(title).confidence).toBe(confidence);
  });

  it.each([
    ['PM', 'manager', undefined, ['Product Manager', 'Project Manager']],
    ['AM', 'individual', 'sales', ['Account Manager', 'Assistant Manager']],
    [
      'CSO',
      'c_level',
      undefined,
      ['Chief Sales Officer', 'Chief Security Officer', 'Chief Strategy Officer'],
    ],
    ['Technical PM', 'manager', 'engineering', ['Product Manager', 'Project Manager']],
  ])('%s is ambiguous', (title, seniority, department, alternatives) => {
    const c = classifyTitle(title);
    expect([c.seniority, c.department, c.alternatives]).toEqual([seniority, department, alternatives]);
  });

  it.each([
    ['IT PM', 'manager', 'it'],
    ['PM, Product', 'manager', 'product'],
    ['Sales AM', 'individual', 'sales'],
    ['CPO, HR', 'c_level', 'hr'],
  ])('the other words pick the reading of %s', (title, seniority, department) => {
    const c = classifyTitle(title);
    expect([c.seniority, c.department, c.alternatives]).toEqual([seniority, department, undefined]);
  });

  it('returns a fresh object each call', () => {
    const a = classifyTitle('CEO');
    a.seniority = 'entry';
    expect(classifyTitle('CEO').seniority).toBe('c_level');
  });
});
