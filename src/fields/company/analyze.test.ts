import { describe, expect, it } from 'vitest';
import { analyzeCompany, type CompanyFindingCode, normalizeCompany } from './analyze.ts';

const ctx = { field: 'company' };
const codes = (input: string, country?: string): string[] =>
  analyzeCompany(input, { ...ctx, country }).findings.map((f) => f.code);

const UNCHANGED = [
  'IBM',
  '3M',
  'SAP',
  'KPMG',
  'BMW',
  'Procter & Gamble',
  'AT&T',
  'Coca-Cola',
  'Samsung',
  'ASUS',
  'Agfa-Gevaert',
  'Škoda Auto a.s.',
  'ООО «Ромашка»',
  'ООО "Ромашка"',
  'UAB „Švyturys“',
  'Wiśniewski i Synowie Sp. z o.o.',
  'Wiśniewski i Synowie sp. z o.o.',
  'eBay Inc.',
  'McKinsey & Company',
  "L'Oréal S.A.",
  'Siemens AG',
  'Siemens AG (Munich)',
  'AB Volvo',
  'Volvo AB (publ)',
  'ACME GmbH',
  'IBM Deutschland GmbH',
  'Acme, Inc.',
  'Acme Inc',
  'Acme Ltd',
  'Acme Ltd.',
  'Danone SA',
  'Amazon.com, Inc.',
  'Booking.com',
  'ΟΤΕ Α.Ε.',
  'ΕΛΛΗΝΙΚΑ ΠΕΤΡΕΛΑΙΑ Α.Ε.',
  'Ελληνικά Πετρέλαια Α.Ε.',
  'トヨタ自動車株式会社',
  'Müller Bau GmbH & Co. KG',
  'Foo UG (haftungsbeschränkt)',
  'Alfa, spol. s r.o.',
  'Bolt OU',
  'Acme A.S.',
  'Acme SARL',
  'Acme Sàrl',
  'Yahoo!',
  'Toys"R"Us',
  'john@acme.com',
  'https://www.acme.com/',
  'O2 Czech Republic a.s.',
];

const NORMALIZED: [input: string, country: string | undefined, normalized: string][] = [
  ['acme inc', undefined, 'Acme Inc.'],
  ['ACME CORPORATION', undefined, 'Acme Corporation'],
  ['ACME GMBH', undefined, 'Acme GmbH'],
  ['IBM GMBH', undefined, 'IBM GmbH'],
  ['KPMG AG', undefined, 'KPMG AG'],
  ['Novák S.R.O.', undefined, 'Novák s.r.o.'],
  ['NOVÁK S.R.O.', undefined, 'Novák s.r.o.'],
  ['Foo gmbh', undefined, 'Foo GmbH'],
  ['Ромашка ооо', undefined, 'Ромашка ООО'],
  ['ООО «РОМАШКА»', undefined, 'ООО «Ромашка»'],
  ['ооо ромашка', undefined, 'ООО Ромашка'],
  ['MCKINSEY & COMPANY', undefined, 'McKinsey & Company'],
  ["MACY'S INC", undefined, "Macy's Inc."],
  ["L'OREAL S.A.", undefined, "L'Oreal S.A."],
  ['BANK OF AMERICA CORP', undefined, 'Bank of America Corp.'],
  ['WIŚNIEWSKI I SYNOWIE SP. Z O.O.', undefined, 'Wiśniewski i Synowie Sp. z o.o.'],
  ['7-ELEVEN INC', undefined, '7-Eleven Inc.'],
  ['ACME 3D PRINTING LLC', undefined, 'Acme 3D Printing LLC'],
  ['Samsung Electronics Co.,Ltd', undefined, 'Samsung Electronics Co., Ltd.'],
  ['Acme A.S.', 'CZ', 'Acme a.s.'],
  ['Acme spzoo', undefined, 'Acme Sp. z o.o.'],
  ['  Acme ,   Inc.  ', undefined, 'Acme, Inc.'],
  ['"Acme, Inc."', undefined, 'Acme, Inc.'],
  ['Acme Inc.,', undefined, 'Acme Inc.'],
  ['- Acme Inc.', undefined, 'Acme Inc.'],
  ['Acme\tInc.\u0000', undefined, 'Acme Inc.'],
  ['Acme\u200B Inc.', undefined, 'Acme Inc.'],
  ['Acme\u00A0GmbH', undefined, 'Acme GmbH'],
  ['Nova\u0301k s.r.o.', undefined, 'Novák s.r.o.'],
];

const FACTS: [
  input: string,
  country: string | undefined,
  legalForm: string | undefined,
  formCountry: string | undefined,
  base: string,
][] = [
  ['ООО «Ромашка»', undefined, 'ООО', undefined, 'Ромашка'],
  ['UAB „Švyturys“', undefined, 'UAB', 'LT', 'Švyturys'],
  ['Siemens AG (Munich)', 'DE', 'AG', 'DE', 'Siemens (Munich)'],
  ['Acme, Inc.', 'US', 'Inc.', 'US', 'Acme'],
  ['Wiśniewski i Synowie Sp. z o.o.', undefined, 'Sp. z o.o.', 'PL', 'Wiśniewski i Synowie'],
  ['Procter & Gamble', undefined, undefined, undefined, 'Procter & Gamble'],
  ['AB Volvo', 'SE', 'AB', 'SE', 'Volvo'],
  ['Petróleo Brasileiro S.A. - Petrobras', undefined, 'S.A.', undefined, 'Petróleo Brasileiro - Petrobras'],
  ['Acme GmbH, Wien', 'AT', 'GmbH', 'AT', 'Acme, Wien'],
  ['PT Bank Central Asia Tbk', 'ID', 'Tbk', 'ID', 'Bank Central Asia'],
  ['PT Bank Central Asia Tbk', undefined, 'Tbk', 'ID', 'PT Bank Central Asia'],
  ['S.C. Dacia S.A.', 'RO', 'S.A.', 'RO', 'Dacia'],
  ['Oy Karl Fazer Ab', 'FI', 'AB', 'FI', 'Karl Fazer'],
  ['Coop', undefined, undefined, undefined, 'Coop'],
];

const FINDINGS: [input: string, country: string | undefined, code: CompanyFindingCode, severity: string][] = [
  ['test', undefined, 'company.test', 'error'],
  ['Test GmbH', undefined, 'company.test', 'error'],
  ['asdf', undefined, 'company.test', 'error'],
  ['xxx', undefined, 'company.test', 'error'],
  ['Company', undefined, 'company.test', 'error'],
  ['Тест', undefined, 'company.test', 'error'],
  ['n/a', undefined, 'company.placeholder', 'error'],
  ['N.A.', undefined, 'company.placeholder', 'error'],
  ['#N/A', undefined, 'company.placeholder', 'error'],
  ['-', undefined, 'company.placeholder', 'error'],
  ['.', undefined, 'company.placeholder', 'error'],
  ['?', undefined, 'company.placeholder', 'error'],
  ['unknown', undefined, 'company.placeholder', 'error'],
  ['none', undefined, 'company.not_a_company', 'info'],
  ['Self-employed', undefined, 'company.not_a_company', 'info'],
  ['Freelance', undefined, 'company.not_a_company', 'info'],
  ['private', undefined, 'company.not_a_company', 'info'],
  ['Частное лицо', undefined, 'company.not_a_company', 'info'],
  ['Inc.', undefined, 'company.legal_form_only', 'error'],
  ['GmbH', undefined, 'company.legal_form_only', 'error'],
  ['ООО', undefined, 'company.legal_form_only', 'error'],
  ['john@acme.com', undefined, 'company.email_in_name', 'warning'],
  ['Acme Inc. <john@acme.com>', undefined, 'company.email_in_name', 'warning'],
  ['acme.com', undefined, 'company.url_in_name', 'info'],
  ['https://www.acme-widgets.com/about', undefined, 'company.url_in_name', 'info'],
  ['Amazon.com, Inc.', undefined, 'company.url_in_name', 'info'],
  ['Acme Inc.', undefined, 'company.legal_form', 'info'],
  ['ACME CORPORATION', undefined, 'company.all_caps', 'info'],
  ['acme corporation', undefined, 'company.all_lowercase', 'info'],
  [`Acme ${'x'.repeat(300)}`, undefined, 'company.too_long', 'warning'],
];

describe('analyzeCompany', () => {
  it.each(UNCHANGED)('leaves %s unchanged', (name) => {
    expect(analyzeCompany(name, ctx).normalized).toBe(name);
  });

  it.each(NORMALIZED)('%s (%s) -> %s', (input, country, normalized) => {
    expect(analyzeCompany(input, { ...ctx, country }).normalized).toBe(normalized);
    expect(normalizeCompany(input, country)).toBe(normalized);
  });

  const idempotence: [string, string | undefined][] = [
    ...UNCHANGED.map((u): [string, string | undefined] => [u, undefined]),
    ...NORMALIZED.map(([input, country]): [string, string | undefined] => [input, country]),
    ...FINDINGS.map(([input, country]): [string, string | undefined] => [input, country]),
  ];
  it.each(idempotence)('is idempotent on %s (%s)', (input, country) => {
    const once = normalizeCompany(input, country);
    expect(normalizeCompany(once, country)).toBe(once);
    expect(analyzeCompany(once, { ...ctx, country }).normalized).toBe(once);
  });

  it.each(FACTS)('%s (%s): form %s of %s, base %s', (input, country, legalForm, formCountry, base) => {
    const { facts } = analyzeCompany(input, { ...ctx, country });
    expect(facts.legalForm).toBe(legalForm);
    expect(facts.legalFormCountry).toBe(formCountry);
    expect(facts.base).toBe(base);
  });

  it.each(FINDINGS)('%s (%s) -> %s (%s)', (input, country, code, severity) => {
    const found = analyzeCompany(input, { ...ctx, country }).findings.find((f) => f.code === code);
    expect(found?.severity).toBe(severity);
    expect(found?.field).toBe('company');
    expect(found?.message.length).toBeGreaterThan(10);
  });

  it.each([
    ['john@acme-widgets.com', 'company.email_in_name', 'Acme Widgets'],
    ['john@gmail.com', 'company.email_in_name', undefined],
    ['Acme Inc. <john@acme.com>', 'company.email_in_name', 'Acme Inc.'],
    ['Acme Inc., john@acme.com', 'company.email_in_name', 'Acme Inc.'],
    ['https://www.acme-widgets.co.uk/', 'company.url_in_name', 'Acme Widgets'],
    ['Amazon.com, Inc.', 'company.url_in_name', undefined],
  ])('%s: %s suggests %s', (input, code, suggestion) => {
    expect(analyzeCompany(input, ctx).findings.find((f) => f.code === code)?.suggestion).toBe(suggestion);
  });

  it.each([
    ['Acme Inc.', 'valid'],
    ['test', 'invalid'],
    ['john@acme.com', 'risky'],
    ['Self-employed', 'valid'],
  ])('%s has verdict %s', (input, verdict) => {
    expect(analyzeCompany(input, ctx).verdict).toBe(verdict);
  });

  it.each(['IBM', 'Procter & Gamble', 'Booking', 'Initech', 'Coop', 'Co-op', 'AG', 'Save the Children'])(
    '%s has no findings',
    (name) => {
      expect(codes(name)).toEqual([]);
    },
  );

  it.each(['', '   ', '\t\n', '\u00A0', '\u200B', '\u0000\u0007'])(
    'blank %j is empty with no findings',
    (blank) => {
      const a = analyzeCompany(blank, ctx);
      expect(a.verdict).toBe('empty');
      expect(a.findings).toEqual([]);
      expect(a.normalized).toBe('');
    },
  );

  it('handles a 1 MB value quickly and without throwing', () => {
    const huge = `Acme ${'Holding '.repeat(131_072)}GmbH`;
    const t = performance.now();
    const a = analyzeCompany(huge, ctx);
    expect(performance.now() - t).toBeLessThan(1000);
    expect(a.findings.map((f) => f.code)).toEqual(['company.too_long']);
    expect(normalizeCompany(huge)).toBe(a.normalized);
  });

  it('drops control characters and survives lone surrogates', () => {
    expect(analyzeCompany('Ac\u0007me\u001F Inc.', ctx).normalized).toBe('Acme Inc.');
    expect(() => analyzeCompany('\uD800 GmbH', ctx)).not.toThrow();
  });
});
