import { describe, expect, it } from 'vitest';
import type { PersonNameFindingCode } from './index.ts';
import { analyzePersonName, normalizePersonName, personNameAnalyzer } from './index.ts';
import { REAL_NAMES } from './real-names.fixture.ts';

type Field = 'first_name' | 'last_name' | 'full_name';
const FIELDS: readonly Field[] = ['first_name', 'last_name', 'full_name'];

const codes = (value: string, field: Field = 'full_name', country?: string) =>
  analyzePersonName(value, country === undefined ? { field } : { field, country }).findings.map(
    (f) => f.code,
  );

/** [input, field, expected normalized]: the case rebuilt from ALL UPPER or all lower. */
const RECASED: [string, Field, string][] = [
  ['MCDONALD', 'last_name', 'McDonald'],
  ['mccoy', 'last_name', 'McCoy'],
  ["O'NEIL", 'last_name', "O'Neil"],
  ['o’brien', 'last_name', 'O’Brien'],
  ['JEAN-LUC', 'first_name', 'Jean-Luc'],
  ['SMITH-JONES', 'last_name', 'Smith-Jones'],
  ['LUDWIG VAN BEETHOVEN', 'full_name', 'Ludwig van Beethoven'],
  ['VAN DER BERG', 'last_name', 'van der Berg'],
  ['VON TRAPP', 'last_name', 'von Trapp'],
  ['DE LUCA', 'last_name', 'De Luca'],
  ['DI MAIO', 'last_name', 'Di Maio'],
  ['DE LA CRUZ', 'last_name', 'De la Cruz'],
  ['OSCAR DE LA HOYA', 'full_name', 'Oscar de la Hoya'],
  ['LUIZ INÁCIO LULA DA SILVA', 'full_name', 'Luiz Inácio Lula da Silva'],
  ['MARINE LE PEN', 'full_name', 'Marine Le Pen'],
  ['MARIA DEL CARMEN', 'first_name', 'Maria del Carmen'],
  ['MOHAMMED BIN SALMAN', 'full_name', 'Mohammed bin Salman'],
  ["D'ANGELO", 'last_name', "D'Angelo"],
  ["CHARLES D'ARTAGNAN", 'full_name', "Charles d'Artagnan"],
  ['AL-HASSAN', 'last_name', 'Al-Hassan'],
  ['AHMED AL-HASSAN', 'full_name', 'Ahmed al-Hassan'],
  ["MA'AYAN", 'first_name', "Ma'ayan"],
  ['MACKENZIE', 'last_name', 'MacKenzie'],
  ['MACDONALD', 'last_name', 'MacDonald'],
  ['MACKENZIE', 'first_name', 'Mackenzie'],
  ['MACK', 'last_name', 'Mack'],
  ['MACHADO', 'last_name', 'Machado'],
  ['MACEDO', 'last_name', 'Macedo'],
  ['ANNA MACLEOD', 'full_name', 'Anna MacLeod'],
  ['JOHN SMITH III', 'full_name', 'John Smith III'],
  ['JOHN SMITH JR.', 'full_name', 'John Smith Jr.'],
  ['ING. JAN NOVÁK, PH.D.', 'full_name', 'Ing. Jan Novák, Ph.D.'],
  ['MUDR. PETRA SVOBODOVÁ', 'full_name', 'MUDr. Petra Svobodová'],
  ['prof. dr. hans müller', 'full_name', 'Prof. Dr. Hans Müller'],
  ['DVOŘÁK', 'last_name', 'Dvořák'],
  ['ŁUKASZ', 'first_name', 'Łukasz'],
  ['ŽEMAITIS', 'last_name', 'Žemaitis'],
  ['žemaitytė', 'last_name', 'Žemaitytė'],
  ['wiśniewska', 'last_name', 'Wiśniewska'],
  ['ó súilleabháin', 'last_name', 'Ó Súilleabháin'],
  ['АННА', 'first_name', 'Анна'],
  ['мария-луиза', 'first_name', 'Мария-Луиза'],
  ['ελένη', 'first_name', 'Ελένη'],
  ['ΟΔΥΣΣΈΑΣ', 'first_name', 'Οδυσσέας'],
  ['ΓΙΆΝΝΗΣ ΠΑΠΑΔΌΠΟΥΛΟΣ', 'full_name', 'Γιάννης Παπαδόπουλος'],
  ['İBRAHİM YILDIZ', 'full_name', 'İbrahim Yıldız'],
  ['IJZERMAN', 'last_name', 'IJzerman'],
  ['IJEOMA', 'first_name', 'Ijeoma'],
  ['NGUYỄN VĂN AN', 'full_name', 'Nguyễn Văn An'],
  ['LI', 'last_name', 'Li'],
  ['NG', 'last_name', 'Ng'],
  ['j.r.r. tolkien', 'full_name', 'J.R.R. Tolkien'],
  ['dr art smith', 'full_name', 'Dr Art Smith'],
  ['mgr inż jan kowalski', 'full_name', 'Mgr inż Jan Kowalski'],
  ['ANNA NOVÁKOVÁ , MBA', 'full_name', 'Anna Nováková, MBA'],
  ["'T HOOFT", 'last_name', "'t Hooft"],
];

/** Values the case fix must not touch: mixed case typed by a person, and caseless scripts. */
const KEPT_CASE = [
  'ΕΛΕΝΗ',
  'ΟΔΥΣΣΕΑΣ ΠΑΠΑΔΟΠΟΥΛΟΣ',
  'AJ',
  'TJ',
  'John SMITH',
  'Jean DUPONT',
  'McDONALD',
  '李小龍',
];

/** [input, expected normalized]: junk removed, nothing else. */
const CLEANED: [string, string][] = [
  ['★ John ™', 'John'],
  ['Anna ✓', 'Anna'],
  ['😀 Jana 😀', 'Jana'],
  ['Petr 👍🏽', 'Petr'],
  ['Dvo\u0007řák', 'Dvořák'],
  ['\u200BJosé  María\u00A0', 'José María'],
  ['"John"', 'John'],
  ['„Jan“', 'Jan'],
  ['«Иван»', 'Иван'],
  ['(Anna)', 'Anna'],
  ['[Smith]', 'Smith'],
  ["'John'", 'John'],
  ['"John', 'John'],
  ['Smith,', 'Smith'],
  ['Smith.', 'Smith'],
  ['Smith...', 'Smith'],
  ['Smith;', 'Smith'],
  ['- Smith -', 'Smith'],
  ['* Anna *', 'Anna'],
  ['Jan Novák,', 'Jan Novák'],
  ['Novák, Jan', 'Novák, Jan'],
  ['J.', 'J.'],
  ['John J.', 'John J.'],
  ['Smith Jr.', 'Smith Jr.'],
  ['Jan Novák, Ph.D.', 'Jan Novák, Ph.D.'],
  ['Wm.', 'Wm.'],
  ['Robert (Bob) Smith', 'Robert (Bob) Smith'],
  ['Anna)', 'Anna'],
  ['\u202EJohn\u202C', 'John'],
];

describe('analyzePersonName normalization', () => {
  it.each(RECASED)('recases %j (%s) to %j', (input, field, expected) => {
    const result = analyzePersonName(input, { field });
    expect(result.normalized).toBe(expected);
    expect(result.facts.recased).toBe(true);
  });

  it.each(REAL_NAMES.flatMap((name) => FIELDS.map((field) => [name, field] as const)))(
    'leaves %j unchanged as %s',
    (name, field) => {
      const result = analyzePersonName(name, { field });
      expect(result.normalized).toBe(name);
      expect(result.facts.recased).toBe(false);
    },
  );

  it.each(KEPT_CASE)('keeps the case of %j', (value) => {
    expect(normalizePersonName(value)).toBe(value);
  });

  it.each(CLEANED)('cleans %j to %j', (input, expected) => {
    expect(normalizePersonName(input, 'first_name')).toBe(expected);
  });

  const ALL_INPUTS = [...RECASED.map(([v]) => v), ...KEPT_CASE, ...CLEANED.map(([v]) => v), ...REAL_NAMES];
  it.each(ALL_INPUTS.flatMap((value) => FIELDS.map((field) => [value, field] as const)))(
    'is idempotent on %j as %s',
    (value, field) => {
      const once = normalizePersonName(value, field);
      expect(normalizePersonName(once, field)).toBe(once);
    },
  );
});

/** [input, field, code expected among the findings]. */
const FINDINGS: [string, Field, PersonNameFindingCode][] = [
  ['test', 'first_name', 'name.test'],
  ['Test Test', 'full_name', 'name.test'],
  ['test123', 'first_name', 'name.test'],
  ['asdf', 'first_name', 'name.test'],
  ['xxx', 'last_name', 'name.test'],
  ['qwerty', 'last_name', 'name.test'],
  ['n/a', 'last_name', 'name.test'],
  ['N/A', 'last_name', 'name.test'],
  ['unknown', 'last_name', 'name.test'],
  ['none', 'first_name', 'name.test'],
  ['-', 'first_name', 'name.test'],
  ['.', 'first_name', 'name.test'],
  ['?', 'first_name', 'name.test'],
  ['12345', 'first_name', 'name.test'],
  ['Mickey Mouse', 'full_name', 'name.test'],
  ['Mouse, Mickey', 'full_name', 'name.test'],
  ['Donald Duck', 'full_name', 'name.test'],
  ['Lorem Ipsum', 'full_name', 'name.test'],
  ['first', 'first_name', 'name.test'],
  ['Lastname', 'last_name', 'name.test'],
  ['Mr.', 'first_name', 'name.test'],
  ['john doe', 'full_name', 'name.placeholder'],
  ['Jane Doe', 'full_name', 'name.placeholder'],
  ['Max Mustermann', 'full_name', 'name.placeholder'],
  ['asdfgh', 'first_name', 'name.keyboard_mash'],
  ['qwertz', 'first_name', 'name.test'],
  ['jkjkjk', 'first_name', 'name.keyboard_mash'],
  ['sdfsdf', 'first_name', 'name.keyboard_mash'],
  ['aaaa', 'first_name', 'name.keyboard_mash'],
  ['Hjklö', 'last_name', 'name.keyboard_mash'],
  ['Anna Zxcvb', 'full_name', 'name.keyboard_mash'],
  ['John2', 'first_name', 'name.contains_digits'],
  ['Anna 3', 'first_name', 'name.contains_digits'],
  ['john@example.com', 'first_name', 'name.contains_email'],
  ['John <john@example.com>', 'full_name', 'name.contains_email'],
  ['Visit https://spam.example', 'full_name', 'name.contains_url'],
  ['www.cheap.example', 'last_name', 'name.contains_url'],
  ['DvoÅ™Ã¡k', 'last_name', 'name.mojibake'],
  ['Ð˜Ð²Ð°Ð½', 'first_name', 'name.mojibake'],
  ['Dvo?ák', 'last_name', 'name.mojibake'],
  ['Dvo\uFFFDák', 'last_name', 'name.mojibake'],
  ['Аnna', 'first_name', 'name.mixed_script'],
  ['Jоhn', 'first_name', 'name.mixed_script'],
  ['A'.repeat(120), 'first_name', 'name.too_long'],
  ['x'.repeat(300), 'first_name', 'name.too_long'],
  ['SMITH', 'last_name', 'name.all_caps'],
  ['ΕΛΕΝΗ', 'first_name', 'name.all_caps'],
  ['smith', 'last_name', 'name.all_lower'],
  ['J', 'first_name', 'name.single_letter'],
  ['J.', 'first_name', 'name.single_letter'],
  ['S', 'last_name', 'name.single_letter'],
  ['Dr. Anna Nováková', 'full_name', 'name.honorific'],
  ['Mr John', 'first_name', 'name.honorific'],
  ['Herr Müller', 'last_name', 'name.honorific'],
  ['Mme Dupont', 'last_name', 'name.honorific'],
  ['Ing. Jan Novák', 'full_name', 'name.honorific'],
  ['Mgr. Anna Nováková', 'full_name', 'name.honorific'],
  ['prof. Ing. Jan Novák, CSc.', 'full_name', 'name.honorific'],
];

/** [input, field, code that must NOT be reported]. */
const NOT_FOUND: [string, Field, PersonNameFindingCode][] = [
  ['Doe', 'last_name', 'name.placeholder'],
  ['John', 'first_name', 'name.placeholder'],
  ['John Smith 3rd', 'full_name', 'name.contains_digits'],
  ['Pan Wei', 'full_name', 'name.honorific'],
  ['Herr', 'last_name', 'name.honorific'],
  ['Herr', 'last_name', 'name.test'],
  ['Ing', 'first_name', 'name.honorific'],
  ['Don Johnson', 'full_name', 'name.honorific'],
  ['J', 'full_name', 'name.single_letter'],
  ['李', 'last_name', 'name.single_letter'],
  ['John SMITH', 'full_name', 'name.all_caps'],
  ['AJ', 'first_name', 'name.all_caps'],
  ['«ÉVA»', 'first_name', 'name.mojibake'],
  ['José', 'first_name', 'name.mojibake'],
  ['Kim Min-jun', 'full_name', 'name.mixed_script'],
  ['Malcolm X', 'full_name', 'name.test'],
];

describe('analyzePersonName findings', () => {
  it.each(FINDINGS)('%j as %s reports %s', (value, field, code) => {
    expect(codes(value, field)).toContain(code);
  });

  it.each(NOT_FOUND)('%j as %s does not report %s', (value, field, code) => {
    expect(codes(value, field)).not.toContain(code);
  });

  it('reports Pan/Pani as a title only for Polish, Czech and Slovak records', () => {
    expect(codes('Pani Anna Kowalska', 'full_name', 'PL')).toContain('name.honorific');
    expect(codes('Pani Anna Kowalska', 'full_name')).not.toContain('name.honorific');
  });

  it.each([
    ['test', 'invalid'],
    ['asdfgh', 'risky'],
    ['SMITH', 'valid'],
    ['Smith', 'valid'],
  ])('gives %j the verdict %s', (value, verdict) => {
    expect(analyzePersonName(value, { field: 'last_name' }).verdict).toBe(verdict);
  });

  it('suggests the name without an email address or a title', () => {
    const email = analyzePersonName('John Smith <john@example.com>', { field: 'full_name' });
    expect(email.findings[0]?.suggestion).toBe('John Smith');
    const title = analyzePersonName('Dr. Anna Nováková', { field: 'full_name' });
    expect(title.findings.find((f) => f.code === 'name.honorific')?.suggestion).toBe('Anna Nováková');
  });

  it('suggests the repair of a mis-decoded name', () => {
    const result = analyzePersonName('DvoÅ™Ã¡k', { field: 'last_name' });
    expect(result.findings.find((f) => f.code === 'name.mojibake')?.suggestion).toBe('Dvořák');
    expect(result.normalized).toBe('DvoÅ™Ã¡k');
  });
});

describe('analyzePersonName facts and options', () => {
  it('records titles, suffix and script', () => {
    const result = analyzePersonName('Ing. Jan Novák, Ph.D.', { field: 'full_name' });
    expect(result.facts).toEqual({ honorific: 'Ing.', suffix: 'Ph.D.', script: 'latin', recased: false });
    expect(result.normalized).toBe('Ing. Jan Novák, Ph.D.');
  });

  it.each([
    ['Анна', 'cyrillic'],
    ['Ελένη', 'greek'],
    ['Anna', 'latin'],
    ['山田', 'other'],
    ['Аnna', 'other'],
  ])('reports the script of %j as %s', (value, script) => {
    expect(analyzePersonName(value, { field: 'first_name' }).facts.script).toBe(script);
  });

  const strip = personNameAnalyzer({ stripTitles: true });
  it.each([
    ['Ing. Jan Novák, Ph.D.', 'Jan Novák', 'Ing.', 'Ph.D.'],
    ['Mr. John', 'John', 'Mr.', undefined],
    ['Smith Jr.', 'Smith', undefined, 'Jr.'],
    ['DR. HANS MÜLLER', 'Hans Müller', 'Dr.', undefined],
  ])('with stripTitles moves titles of %j out', (input, normalized, honorific, suffix) => {
    const result = strip(input, { field: 'full_name' });
    expect(result.normalized).toBe(normalized);
    expect(result.facts.honorific).toBe(honorific);
    expect(result.facts.suffix).toBe(suffix);
    expect(strip(result.normalized, { field: 'full_name' }).normalized).toBe(normalized);
  });
});

describe('analyzePersonName on bad input', () => {
  it.each(['', '   ', '\t\n', '\u200B\uFEFF'])('treats %j as empty', (value) => {
    const result = analyzePersonName(value, { field: 'first_name' });
    expect(result).toMatchObject({ normalized: '', findings: [], verdict: 'empty' });
  });

  it.each([
    ['a'.repeat(1_000_000)],
    ['@'.repeat(1_000_000)],
    [`${'('.repeat(200)}x${')'.repeat(50)}`],
    ['Jo\u0000hn\u0001'],
    ['\uD800 broken surrogate'],
    ['.'.repeat(250)],
  ])('handles %#', (value) => {
    const started = performance.now();
    const result = analyzePersonName(value, { field: 'full_name' });
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(typeof result.normalized).toBe('string');
  });

  it('removes control characters', () => {
    expect(normalizePersonName('Jo\u0000hn\u0001', 'first_name')).toBe('John');
  });
});
