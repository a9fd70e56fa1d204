import { describe, expect, it } from 'vitest';
import { detectLegalForm } from './legal-form.ts';
import { LEGAL_FORMS } from './legal-form-table.ts';
import { CURATED_FORMS } from './legal-forms-curated.ts';

type Row = [
  name: string,
  country: string | undefined,
  form: string,
  position: 'prefix' | 'suffix',
  written: string,
];

const POSITIVES: Row[] = [
  ['Acme Inc.', undefined, 'Inc.', 'suffix', 'Inc.'],
  ['Acme, Inc', undefined, 'Inc.', 'suffix', 'Inc'],
  ['ACME GMBH', undefined, 'GmbH', 'suffix', 'GMBH'],
  ['Novák s.r.o.', undefined, 's.r.o.', 'suffix', 's.r.o.'],
  ['Novák sro', 'CZ', 's.r.o.', 'suffix', 'sro'],
  ['Alfa, spol. s r.o.', undefined, 'spol. s r.o.', 'suffix', 'spol. s r.o.'],
  ['Škoda Auto a.s.', undefined, 'a.s.', 'suffix', 'a.s.'],
  ['Wiśniewski i Synowie Sp. z o.o.', undefined, 'Sp. z o.o.', 'suffix', 'Sp. z o.o.'],
  ['Acme sp.z o.o.', undefined, 'Sp. z o.o.', 'suffix', 'sp.z o.o.'],
  [
    'Acme Spółka z ograniczoną odpowiedzialnością',
    undefined,
    'Sp. z o.o.',
    'suffix',
    'Spółka z ograniczoną odpowiedzialnością',
  ],
  ['ООО «Ромашка»', undefined, 'ООО', 'prefix', 'ООО'],
  ['ООО "Ромашка"', undefined, 'ООО', 'prefix', 'ООО'],
  ['Ромашка ООО', undefined, 'ООО', 'suffix', 'ООО'],
  ['OOO Romashka', undefined, 'ООО', 'prefix', 'OOO'],
  ['ПАО Сбербанк', undefined, 'ПАО', 'prefix', 'ПАО'],
  ['ТОВ «Рога і копита»', undefined, 'ТОВ', 'prefix', 'ТОВ'],
  ['UAB „Švyturys“', undefined, 'UAB', 'prefix', 'UAB'],
  ['Švyturys, UAB', undefined, 'UAB', 'suffix', 'UAB'],
  ['VšĮ Vilniaus festivaliai', undefined, 'VšĮ', 'prefix', 'VšĮ'],
  ['AB Lietuvos paštas', 'LT', 'AB', 'prefix', 'AB'],
  ['AB Volvo', 'SE', 'AB', 'prefix', 'AB'],
  ['Volvo AB (publ)', undefined, 'AB', 'suffix', 'AB (publ)'],
  ['SIA Latvijas Balzams', undefined, 'SIA', 'prefix', 'SIA'],
  ['AS Tallinna Vesi', 'EE', 'AS', 'prefix', 'AS'],
  ['Bolt Technology OÜ', undefined, 'OÜ', 'suffix', 'OÜ'],
  ['Siemens AG (Munich)', undefined, 'AG', 'suffix', 'AG'],
  ['Foo GmbH & Co. KG', undefined, 'GmbH & Co. KG', 'suffix', 'GmbH & Co. KG'],
  ['Müller GmbH&Co.KG', undefined, 'GmbH & Co. KG', 'suffix', 'GmbH&Co.KG'],
  ['Müller & Co. KG', undefined, 'KG', 'suffix', 'KG'],
  ['Foo UG (haftungsbeschränkt)', undefined, 'UG (haftungsbeschränkt)', 'suffix', 'UG (haftungsbeschränkt)'],
  ['Verein der Freunde e.V.', undefined, 'e.V.', 'suffix', 'e.V.'],
  ['Ρόδα Α.Ε.', undefined, 'Α.Ε.', 'suffix', 'Α.Ε.'],
  ['Acme ΕΠΕ', undefined, 'Ε.Π.Ε.', 'suffix', 'ΕΠΕ'],
  ['Acme IKE', undefined, 'Ι.Κ.Ε.', 'suffix', 'IKE'],
  ['Acme (Pty) Ltd', undefined, 'Pty Ltd', 'suffix', '(Pty) Ltd'],
  ['Tata Consultancy Services Pvt. Ltd.', undefined, 'Pvt. Ltd.', 'suffix', 'Pvt. Ltd.'],
  ['Samsung Electronics Co., Ltd.', undefined, 'Co., Ltd.', 'suffix', 'Co., Ltd.'],
  ['トヨタ自動車株式会社', undefined, '株式会社', 'suffix', '株式会社'],
  ['株式会社トヨタ', undefined, '株式会社', 'prefix', '株式会社'],
  ['华为技术股份有限公司', undefined, '股份有限公司', 'suffix', '股份有限公司'],
  ['The Coca-Cola Company', undefined, 'Company', 'suffix', 'Company'],
  ['Acme S.A. de C.V.', undefined, 'S.A. de C.V.', 'suffix', 'S.A. de C.V.'],
  ["L'Oréal S.A.", undefined, 'S.A.', 'suffix', 'S.A.'],
  ['Danone SA', 'FR', 'S.A.', 'suffix', 'SA'],
  ['Fiat SpA', undefined, 'S.p.A.', 'suffix', 'SpA'],
  ['Maersk A/S', undefined, 'A/S', 'suffix', 'A/S'],
  ['Nokia Oyj', undefined, 'Oyj', 'suffix', 'Oyj'],
  ['OTP Bank Nyrt.', undefined, 'Nyrt.', 'suffix', 'Nyrt.'],
  ['Arçelik A.Ş.', undefined, 'A.Ş.', 'suffix', 'A.Ş.'],
  ['Krka d.d.', undefined, 'd.d.', 'suffix', 'd.d.'],
  ['PT Astra International', 'ID', 'PT', 'prefix', 'PT'],
  ['Acme LLC', undefined, 'LLC', 'suffix', 'LLC'],
  ['Acme L.L.C.', undefined, 'LLC', 'suffix', 'L.L.C.'],
  ['Mayer Ges.m.b.H.', undefined, 'Ges.m.b.H.', 'suffix', 'Ges.m.b.H.'],
  ['Ivanov ЕООД', undefined, 'ЕООД', 'suffix', 'ЕООД'],
  ['Aldi Süd Dienstleistungs-SE & Co. oHG', undefined, 'SE & Co. OHG', 'suffix', 'SE & Co. oHG'],
  ['Petróleo Brasileiro S.A. - Petrobras', undefined, 'S.A.', 'suffix', 'S.A.'],
  ['Acme GmbH, Niederlassung Wien', undefined, 'GmbH', 'suffix', 'GmbH'],
  ['AB „Ignitis grupė“', undefined, 'AB', 'prefix', 'AB'],
  ['AS «Latvijas Gāze»', undefined, 'AS', 'prefix', 'AS'],
];

// Names that hold a form's letters but no legal form.
const NEGATIVES: [string, string?][] = [
  ['Agfa-Gevaert'],
  ['Samsung'],
  ['ASUS'],
  ['Coca-Cola'],
  ['Abbott'],
  ['AB InBev'],
  ['AB Volvo'],
  ['SA Power Networks'],
  ['AS Roma'],
  ['IBM'],
  ['3M'],
  ['AT&T'],
  ['Procter & Gamble'],
  ['McKinsey & Company'],
  ['Smith & Co'],
  ['Johnson and Company'],
  ['Fast Company'],
  ['Bliss Spa'],
  ['Acme Ag'],
  ['Groupe PSA'],
  ['Tesla EV'],
  ['Acme PC'],
  ['Acme EU'],
  ['Acme II'],
  ['PT Astra International'],
  ['Inc.'],
  ['GmbH'],
  ['Company'],
  ['Sagl-Bau'],
  ['Coop'],
  [''],
  ['&'],
  ['A'],
];

describe('detectLegalForm', () => {
  it.each(POSITIVES)('%s (%s) -> %s', (name, country, form, position, written) => {
    const m = detectLegalForm(name, country);
    expect(m?.legalForm).toBe(form);
    expect(m?.position).toBe(position);
    expect(m?.written).toBe(written);
    expect(name.slice(m?.start, m?.end)).toBe(written);
  });

  it.each(NEGATIVES)('%s (%s) has no legal form', (name, country) => {
    expect(detectLegalForm(name, country)).toBeUndefined();
  });

  it.each([
    ['Novák S.R.O.', undefined, 's.r.o.'],
    ['Novák sro', undefined, 's.r.o.'],
    ['Foo gmbh', undefined, 'GmbH'],
    ['acme inc', undefined, 'Inc.'],
    ['Ромашка ооо', undefined, 'ООО'],
    ['romashka ooo', undefined, 'OOO'],
    ['Acme spzoo', undefined, 'Sp. z o.o.'],
    ['Samsung Co.,Ltd', undefined, 'Co., Ltd.'],
    ['Acme A.S.', 'CZ', 'a.s.'],
    ['Acme srl', 'IT', 'S.r.l.'],
    ['Acme vsi', undefined, 'VšĮ'],
    ['ACME PRIVATE LIMITED', undefined, 'Private Limited'],
  ])('%s (%s) is displayed with %s', (name, country, display) => {
    expect(detectLegalForm(name, country)?.display).toBe(display);
  });

  it.each([
    // Accepted spellings stay as written.
    ['Wiśniewski i Synowie sp. z o.o.', undefined],
    ['Acme Ltd.', undefined],
    ['Acme Inc', undefined],
    ['Danone SA', undefined],
    ['Acme SARL', 'CH'],
    // Letters shared by forms of different countries: without the country, nothing is certain.
    ['Acme A.S.', undefined],
    ['Acme srl', undefined],
    // Too short to fold diacritics in: "OU" is not certainly "OÜ".
    ['Bolt OU', undefined],
  ])('%s (%s) keeps its spelling', (name, country) => {
    const m = detectLegalForm(name, country);
    expect(m).toBeDefined();
    expect(m?.display).toBe(m?.written);
  });

  it.each([
    ['Acme A.S.', 'TR', 'A.Ş.', 'TR'],
    ['Acme A.S.', 'CZ', 'a.s.', 'CZ'],
    ['Novák as', 'CZ', 'a.s.', 'CZ'],
    ['Hansa AS', 'NO', 'AS', 'NO'],
    ['Acme Sarl', 'CH', 'Sàrl', 'CH'],
    ['Acme Sarl', 'FR', 'SARL', 'FR'],
    ['Danone SA', 'FR', 'S.A.', 'FR'],
    ['Acme Inc.', 'US', 'Inc.', 'US'],
    ['Acme Inc.', undefined, 'Inc.', undefined],
    ['Novák s.r.o.', undefined, 's.r.o.', undefined],
    ['Acme Sp. z o.o.', undefined, 'Sp. z o.o.', 'PL'],
  ])('%s with country %s -> %s of %s', (name, country, form, formCountry) => {
    const m = detectLegalForm(name, country);
    expect(m?.legalForm).toBe(form);
    expect(m?.country).toBe(formCountry);
  });

  it('does not hang on long or odd input', () => {
    expect(detectLegalForm(`${'a '.repeat(500_000)}GmbH`)).toBeUndefined();
    expect(detectLegalForm('\u0000\u0001 GmbH')).toBeUndefined();
    expect(detectLegalForm('𝔄𝔠𝔪𝔢 GmbH')?.legalForm).toBe('GmbH');
  });
});

describe('legal-form table', () => {
  it('holds the curated forms and the ISO 20275 ones', () => {
    expect(LEGAL_FORMS.length).toBeGreaterThan(600);
    const canon = new Set(LEGAL_FORMS.map((f) => f.canonical));
    for (const c of CURATED_FORMS)
      expect(canon.has(c.d.split('|')[0]?.replace(/^[~^]/, '') ?? '')).toBe(true);
  });

  it.each(
    CURATED_FORMS.filter((c) => !c.f?.includes('q') && !c.f?.includes('c')).map((c) => [
      c.d,
      c.c.split(' ')[0],
    ]),
  )('every curated form %s is found after a name of its country %s', (displays, country) => {
    const canonical = displays.split('|')[0]?.replace(/^[~^]/, '') ?? '';
    expect(detectLegalForm(`Alfa Beta ${canonical}`, country)?.legalForm).toBe(canonical);
  });
});
