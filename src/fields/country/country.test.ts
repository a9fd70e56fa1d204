import { describe, expect, it } from 'vitest';
import { analyzeCountry, countryAnalyzer, countryCode, countryName } from './index.ts';
import { ENGLISH_NAMES } from './lookup.ts';

const ctx = { field: 'country' };
const byName = countryAnalyzer({ output: 'name' });

// [input, alpha-2]: certain mappings, normalized without a finding.
const CERTAIN: [string, string][] = [
  ['CZ', 'CZ'],
  ['cz', 'CZ'],
  ['CZE', 'CZ'],
  ['203', 'CZ'],
  ['Czech Republic', 'CZ'],
  ['Czechia', 'CZ'],
  ['Česko', 'CZ'],
  ['cesko', 'CZ'],
  ['Česká republika', 'CZ'],
  ['ČR', 'CZ'],
  ['Tschechien', 'CZ'],
  ['USA', 'US'],
  ['U.S.A.', 'US'],
  ['U.S.', 'US'],
  ['US of A', 'US'],
  ['United States of America', 'US'],
  ['united states', 'US'],
  ['840', 'US'],
  ['Spojené státy americké', 'US'],
  ['США', 'US'],
  ['UK', 'GB'],
  ['U.K.', 'GB'],
  ['Great Britain', 'GB'],
  ['United Kingdom', 'GB'],
  ['Velká Británie', 'GB'],
  ['Polska', 'PL'],
  ['Poland', 'PL'],
  ['Ελλάδα', 'GR'],
  ['ΕΛΛΑΔΑ', 'GR'],
  ['Hellas', 'GR'],
  ['EL', 'GR'],
  ['Lietuva', 'LT'],
  ['Россия', 'RU'],
  ['Российская Федерация', 'RU'],
  ['RF', 'RU'],
  ['Russia', 'RU'],
  ['Deutschland', 'DE'],
  ['BRD', 'DE'],
  ['Allemagne', 'DE'],
  ['Niemcy', 'DE'],
  ['Österreich', 'AT'],
  ['Osterreich', 'AT'],
  ['Schweiz', 'CH'],
  ['Suisse', 'CH'],
  ['Svizzera', 'CH'],
  ['Nederland', 'NL'],
  ['Holland', 'NL'],
  ['The Netherlands', 'NL'],
  ['België', 'BE'],
  ['Belgique', 'BE'],
  ['España', 'ES'],
  ['Espana', 'ES'],
  ['Italia', 'IT'],
  ['Sverige', 'SE'],
  ['Suomi', 'FI'],
  ['Norge', 'NO'],
  ['Danmark', 'DK'],
  ['Magyarország', 'HU'],
  ['Slovensko', 'SK'],
  ['România', 'RO'],
  ['Romania', 'RO'],
  ['България', 'BG'],
  ['Україна', 'UA'],
  ['Беларусь', 'BY'],
  ['Türkiye', 'TR'],
  ['Turkey', 'TR'],
  ['Korea (South)', 'KR'],
  ['South Korea', 'KR'],
  ['Korea, Republic of', 'KR'],
  ['North Korea', 'KP'],
  ['Côte d’Ivoire', 'CI'],
  ['Ivory Coast', 'CI'],
  ['Bosnia & Herzegovina', 'BA'],
  ['St. Lucia', 'LC'],
  ['St Kitts and Nevis', 'KN'],
  ['Guinea', 'GN'],
  ['Guinea-Bissau', 'GW'],
  ['Guinea Bissau', 'GW'],
  ['Georgia', 'GE'],
  ['Macedonia', 'MK'],
  ['DR Congo', 'CD'],
  ['  Germany  ', 'DE'],
  ['GERMANY', 'DE'],
  ['中国', 'CN'],
  ['日本', 'JP'],
  ['Kosovo', 'XK'],
];

const SUBDIVISION: [string, string][] = [
  ['England', 'GB'],
  ['Scotland', 'GB'],
  ['Wales', 'GB'],
  ['Northern Ireland', 'GB'],
  ['Anglie', 'GB'],
  ['Bohemia', 'CZ'],
  ['Morava', 'CZ'],
  ['Bavaria', 'DE'],
  ['California', 'US'],
  ['New York', 'US'],
  ['Ontario', 'CA'],
];

const AMBIGUOUS: [string, string][] = [
  ['Congo', 'CD'],
  ['Kongo', 'CD'],
  ['Korea', 'KR'],
  ['America', 'US'],
  ['Virgin Islands', 'VI'],
  ['NA', 'NA'],
  ['Czechoslovakia', 'CZ'],
];

const NOT_A_COUNTRY = ['Narnia', 'EU', 'Europe', 'EMEA', 'USSR', 'QQ', '12', 'ZZZ', 'Atlantis', '\u0000CZ'];
const PLACEHOLDER = ['n/a', 'N/A', 'unknown', '-', '?', 'none', 'TBD'];
const TYPO: [string, string][] = [
  ['Germny', 'DE'],
  ['Czech Repulic', 'CZ'],
  ['Swizerland', 'CH'],
  ['Polnad', 'PL'],
];

// Clean values every analyzer must return unchanged, in its own output form.
const CLEAN_CODES = ['CZ', 'DE', 'US', 'GB', 'GR', 'LT', 'RU', 'PL', 'FR', 'XK', 'NA'];
const CLEAN_NAMES = [
  'Czechia',
  'Germany',
  'United States',
  'United Kingdom',
  'Greece',
  'Lithuania',
  'Russia',
];

describe('analyzeCountry', () => {
  it.each(CERTAIN)('normalizes %j to %s', (input, code) => {
    const result = analyzeCountry(input, ctx);
    expect(result).toMatchObject({ normalized: code, verdict: 'valid', facts: { code } });
    expect(result.findings).toEqual([]);
  });

  it.each(CERTAIN)('with output name renders %j as the English name of %s', (input, code) => {
    expect(byName(input, ctx).normalized).toBe(ENGLISH_NAMES.get(code));
  });

  it.each(SUBDIVISION)('maps the subdivision %j to %s with an info finding', (input, code) => {
    const result = analyzeCountry(input, ctx);
    expect(result).toMatchObject({ normalized: code, verdict: 'valid', facts: { code } });
    expect(result.findings.map((f) => [f.code, f.severity])).toEqual([['country.subdivision', 'info']]);
  });

  it.each(AMBIGUOUS)('warns that %j is ambiguous and suggests %s', (input, suggestion) => {
    const result = analyzeCountry(input, ctx);
    expect(result).toMatchObject({ normalized: input, verdict: 'risky', facts: {} });
    expect(result.findings).toMatchObject([{ code: 'country.ambiguous', field: 'country', suggestion }]);
  });

  it.each(NOT_A_COUNTRY)('rejects %j as unknown', (input) => {
    const result = analyzeCountry(input, ctx);
    expect(result.verdict).toBe('invalid');
    expect(result.findings.map((f) => f.code)).toEqual(['country.unknown']);
    expect(result.facts).toEqual({});
  });

  it.each(PLACEHOLDER)('flags the placeholder %j', (input) => {
    expect(analyzeCountry(input, ctx).findings.map((f) => f.code)).toEqual(['country.placeholder']);
  });

  it.each(TYPO)('suggests %s for the misspelling %j', (input, code) => {
    const result = analyzeCountry(input, ctx);
    expect(result).toMatchObject({ normalized: input, verdict: 'risky' });
    expect(result.findings).toMatchObject([{ code: 'country.typo', suggestion: code }]);
    expect(byName(input, ctx).findings[0]?.suggestion).toBe(ENGLISH_NAMES.get(code));
  });

  it.each(CLEAN_CODES)('leaves the code %j unchanged', (code) => {
    expect(analyzeCountry(code, ctx).normalized).toBe(code);
  });

  it.each(CLEAN_NAMES)('leaves the name %j unchanged with output name', (name) => {
    expect(byName(name, ctx).normalized).toBe(name);
  });

  const ALL_INPUTS = [
    ...CERTAIN.map(([i]) => i),
    ...SUBDIVISION.map(([i]) => i),
    ...AMBIGUOUS.map(([i]) => i),
    ...NOT_A_COUNTRY,
    ...PLACEHOLDER,
    ...TYPO.map(([i]) => i),
    ...CLEAN_CODES,
    ...CLEAN_NAMES,
  ];
  it.each(ALL_INPUTS)('is idempotent on %j in both output forms', (input) => {
    for (const analyze of [analyzeCountry, byName]) {
      const once = analyze(input, ctx).normalized;
      expect(analyze(once, ctx).normalized).toBe(once);
    }
  });

  it('round-trips every code through its display name', () => {
    for (const [code, name] of ENGLISH_NAMES) {
      if (code === 'NA') continue; // "NA" is ambiguous as input (see AMBIGUOUS)
      expect([code, byName(code, ctx).normalized]).toEqual([code, name]);
      expect([name, analyzeCountry(name, ctx).normalized]).toEqual([name, code]);
    }
  });

  it.each(['', '   ', '\t\n'])('returns empty for blank %j', (input) => {
    expect(analyzeCountry(input, ctx)).toEqual({
      input,
      normalized: '',
      findings: [],
      verdict: 'empty',
      facts: {},
    });
  });

  it('rejects a 1 MB value quickly with a short message', () => {
    const huge = 'Germany '.repeat(131_072);
    const started = performance.now();
    const result = analyzeCountry(huge, ctx);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(result.verdict).toBe('invalid');
    expect(result.findings[0]!.message.length).toBeLessThan(200);
  });

  it('puts the field name into findings', () => {
    expect(analyzeCountry('Narnia', { field: 'billing_country' }).findings[0]!.field).toBe('billing_country');
  });
});

describe('countryCode and countryName', () => {
  it.each([
    ['Deutschland', 'DE'],
    ['England', 'GB'],
    [' Česko ', 'CZ'],
    ['Congo', undefined],
    ['Narnia', undefined],
    ['', undefined],
  ])('countryCode(%j) is %s', (input, code) => {
    expect(countryCode(input)).toBe(code);
  });

  it.each([
    ['CZ', 'Czechia'],
    ['us', 'United States'],
    ['GB', 'United Kingdom'],
    ['DE', 'Germany'],
    ['XX', undefined],
  ])('countryName(%j) is %s', (code, name) => {
    expect(countryName(code)).toBe(name);
  });
});
