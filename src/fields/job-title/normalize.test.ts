import { describe, expect, it } from 'vitest';
import { LANGUAGES } from './foreign.data.ts';
import { jobTitleNormalizer, normalizeJobTitle } from './index.ts';
import { ROLES, TITLES } from './titles.data.ts';

const EXPANDED: readonly (readonly [string, string])[] = [
  ['CMO', 'Chief Marketing Officer'],
  ['CEO', 'Chief Executive Officer'],
  ['ceo', 'Chief Executive Officer'],
  ['CFO', 'Chief Financial Officer'],
  ['CTO', 'Chief Technology Officer'],
  ['COO', 'Chief Operating Officer'],
  ['CISO', 'Chief Information Security Officer'],
  ['CHRO', 'Chief Human Resources Officer'],
  ['VP Sales', 'Vice President of Sales'],
  ['VP of Sales', 'Vice President of Sales'],
  ['V.P. Sales', 'Vice President of Sales'],
  ['vp sales', 'Vice President of Sales'],
  ['VP', 'Vice President'],
  ['SVP Marketing', 'Senior Vice President of Marketing'],
  ['EVP, Operations', 'Executive Vice President of Operations'],
  ['Dir. of Sales', 'Sales Director'],
  ['Marketing Mgr', 'Marketing Manager'],
  ['SW Eng.', 'Software Engineer'],
  ['Dev', 'Developer'],
  ['SDR', 'Sales Development Representative'],
  ['BDR', 'Business Development Representative'],
  ['AE', 'Account Executive'],
  ['CSM', 'Customer Success Manager'],
  ['HRBP', 'HR Business Partner'],
  ['RevOps Manager', 'Revenue Operations Manager'],
  ['- CEO -', 'Chief Executive Officer'],
];

const RECASED: readonly (readonly [string, string])[] = [
  ['SALES MANAGER', 'Sales Manager'],
  ['sales manager', 'Sales Manager'],
  ['SENIOR SOFTWARE ENGINEER', 'Senior Software Engineer'],
  ['HEAD OF IT', 'Head of IT'],
  ['it manager', 'IT Manager'],
  ['head of r&d', 'Head of R&D'],
  ['ios developer', 'iOS Developer'],
  ['SEO SPECIALIST', 'SEO Specialist'],
  ['DIRECTOR OF SALES AND MARKETING', 'Director of Sales and Marketing'],
  ['CO-FOUNDER', 'Co-Founder'],
  ['co-founder & cto', 'Co-Founder & CTO'],
  ['SR. SOFTWARE ENGINEER II', 'Sr. Software Engineer II'],
  ['JUNIOR UX/UI DESIGNER', 'Junior UX/UI Designer'],
  ['VP SALES EMEA', 'VP Sales EMEA'],
  ['GESCHÄFTSFÜHRER', 'Geschäftsführer'],
  ['geschäftsführer', 'Geschäftsführer'],
  ['IT-LEITER', 'IT-Leiter'],
  ['LEITER MARKETING UND VERTRIEB', 'Leiter Marketing und Vertrieb'],
  ['OBCHODNÍ ŘEDITEL', 'Obchodní ředitel'],
  ['obchodní ředitel', 'Obchodní ředitel'],
  ['VEDOUCÍ MARKETINGU', 'Vedoucí marketingu'],
  ['E-COMMERCE MANAŽER', 'E-commerce manažer'],
  ['DYREKTOR HANDLOWY', 'Dyrektor handlowy'],
  ['KIEROWNIK DZIAŁU SPRZEDAŻY', 'Kierownik działu sprzedaży'],
  ['DIRECTEUR GENERAL', 'Directeur général'],
  ['PRÉSIDENT', 'Président'],
  ['ГЕНЕРАЛЬНЫЙ ДИРЕКТОР', 'Генеральный директор'],
  ['ДИРЕКТОР ПО ПРОДАЖАМ', 'Директор по продажам'],
  ['ΓΕΝΙΚΟΣ ΔΙΕΥΘΥΝΤΗΣ', 'Γενικός Διευθυντής'],
  ['PARDAVIMŲ VADOVAS', 'Pardavimų vadovas'],
  ['jednatel', 'Jednatel'],
  ['vedoucí oddělení', 'Vedoucí oddělení'],
  ['responsable marketing', 'Responsable marketing'],
  ['менеджер по продажам', 'Менеджер по продажам'],
  ['ROCKSTAR DEVELOPER', 'Rockstar Developer'],
];

const CLEANED: readonly (readonly [string, string])[] = [
  ['  Senior   Software Engineer  ', 'Senior Software Engineer'],
  ['Sales\tManager', 'Sales Manager'],
  ['Sales\u00a0Manager', 'Sales Manager'],
  ['Sales\u200bManager', 'SalesManager'],
  ['• Marketing Manager', 'Marketing Manager'],
  ['"Sales Manager"', 'Sales Manager'],
  ['«Directeur commercial»', 'Directeur commercial'],
  ['Director , Sales', 'Director, Sales'],
  ['Sales Manager;', 'Sales Manager'],
  ['Sales Manager\u0000', 'Sales Manager'],
  ['Obchodni\u0301 r\u030Ceditel', 'Obchodní ředitel'],
];

const UNCHANGED: readonly string[] = [
  'Chief Executive Officer',
  'Senior Software Engineer',
  'Sr. Marketing Mgr',
  'Head of Product',
  'Director of Marketing',
  'Vice President, Sales',
  'VP Sales EMEA',
  'Founder & CEO',
  'Founder/CEO',
  'Co-founder and CTO',
  'Assistant to the CEO',
  'EA to CEO',
  'PM',
  'CPO',
  'CIO',
  'MD',
  'Geschäftsführer',
  'Vertriebsleiter',
  'Leiter Marketing',
  'Prokurist',
  'GF',
  'Obchodní ředitel',
  'Prezes zarządu',
  'Specjalista ds. marketingu',
  'Directeur général',
  'PDG',
  'DRH',
  'Γενικός Διευθυντής',
  'Διευθύντής Πωλήσεων',
  'ΥΠΕΥΘΥΝΟΣ ΤΜΗΜΑΤΟΣ ΠΩΛΗΣΕΩΝ',
  'Generalinis direktorius',
  'Генеральный директор',
  'HR-менеджер',
  'iOS Developer',
  'DevOps Engineer',
  'McKinsey Alumni',
  'NINJA',
  'CTO/CIO',
  'test',
  'N/A',
  'john@acme.com',
  'ACME INC',
];

const ALL = [
  ...EXPANDED.map((r) => r[0]),
  ...RECASED.map((r) => r[0]),
  ...CLEANED.map((r) => r[0]),
  ...UNCHANGED,
];

describe('normalizeJobTitle', () => {
  it.each(EXPANDED)('expands %j → %j', (input, expected) => expect(normalizeJobTitle(input)).toBe(expected));
  it.each(RECASED)('re-cases %j → %j', (input, expected) => expect(normalizeJobTitle(input)).toBe(expected));
  it.each(CLEANED)('cleans %j → %j', (input, expected) => expect(normalizeJobTitle(input)).toBe(expected));
  it.each(UNCHANGED)('leaves %j unchanged', (input) => expect(normalizeJobTitle(input)).toBe(input));
  it.each(ALL)('is idempotent on %j', (input) => {
    const once = normalizeJobTitle(input);
    expect(normalizeJobTitle(once)).toBe(once);
  });

  it.each(['', '   ', '\t\n'])('blank %j → ""', (input) => expect(normalizeJobTitle(input)).toBe(''));

  it('keeps a huge value and returns quickly', () => {
    const huge = 'Senior Manager '.repeat(70_000);
    const started = performance.now();
    const out = normalizeJobTitle(huge);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(out).toBe(huge.trim());
  });
});

describe('jobTitleNormalizer options', () => {
  const keepAbbreviations = jobTitleNormalizer({ expandAbbreviations: false });
  const keepCase = jobTitleNormalizer({ fixCasing: false });

  it.each([
    ['CMO', 'CMO'],
    ['vp sales', 'VP Sales'],
    ['SALES MANAGER', 'Sales Manager'],
  ])('expandAbbreviations: false → %j stays an abbreviation (%j)', (input, expected) => {
    expect(keepAbbreviations(input)).toBe(expected);
  });

  it.each([
    ['SALES MANAGER', 'SALES MANAGER'],
    ['CMO', 'Chief Marketing Officer'],
    ['  obchodní   ředitel ', 'obchodní ředitel'],
  ])('fixCasing: false → %j becomes %j', (input, expected) => expect(keepCase(input)).toBe(expected));

  it.each(ALL)('each variant is idempotent on %j', (input) => {
    for (const normalize of [keepAbbreviations, keepCase]) {
      const once = normalize(input);
      expect(normalize(once)).toBe(once);
    }
  });
});

describe('normalizeJobTitle over the whole dictionary', () => {
  const spellings = new Set<string>();
  for (const t of [...TITLES, ...ROLES]) for (const s of [t.title, ...(t.forms ?? [])]) spellings.add(s);
  for (const lang of LANGUAGES)
    for (const [form] of [...lang.titles, ...lang.departments]) spellings.add(form);
  const keepAbbreviations = jobTitleNormalizer({ expandAbbreviations: false });

  it('leaves every dictionary spelling unchanged', () => {
    const changed = [...spellings].filter((s) => normalizeJobTitle(s) !== s);
    expect(changed).toEqual([]);
  });

  it('is idempotent on every spelling in upper, lower and padded form', () => {
    const unstable: string[] = [];
    for (const s of spellings) {
      for (const v of [s.toUpperCase(), s.toLowerCase(), ` ${s}, `]) {
        for (const normalize of [normalizeJobTitle, keepAbbreviations]) {
          const once = normalize(v);
          if (normalize(once) !== once) unstable.push(v);
        }
      }
    }
    expect(unstable).toEqual([]);
  });
});
