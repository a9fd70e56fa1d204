import { describe, expect, it } from 'vitest';
import { analyzeState, stateAnalyzer } from './index.ts';

const byName = stateAnalyzer({ output: 'name' });

// [input, record country, postal code]
const KNOWN: [string, string, string][] = [
  ['California', 'US', 'CA'],
  ['Calif.', 'US', 'CA'],
  ['calif', 'US', 'CA'],
  ['ca', 'US', 'CA'],
  ['N.Y.', 'US', 'NY'],
  ['ny', 'US', 'NY'],
  ['New York', 'US', 'NY'],
  ['new  york', 'us', 'NY'],
  ['Washington D.C.', 'US', 'DC'],
  ['W. Va.', 'US', 'WV'],
  ['West Virginia', 'US', 'WV'],
  ['Virginia', 'US', 'VA'],
  ['Mass.', 'US', 'MA'],
  ['Hawai‘i', 'US', 'HI'],
  ['Georgia', 'US', 'GA'],
  ['Puerto Rico', 'US', 'PR'],
  ['Québec', 'CA', 'QC'],
  ['Quebec', 'CA', 'QC'],
  ['PQ', 'CA', 'QC'],
  ['qc', 'CA', 'QC'],
  ['Ont.', 'CA', 'ON'],
  ['B.C.', 'CA', 'BC'],
  ['Nfld.', 'CA', 'NL'],
  ['Nouvelle-Écosse', 'CA', 'NS'],
  ['New South Wales', 'AU', 'NSW'],
  ['Vic', 'AU', 'VIC'],
  ['Qld', 'AU', 'QLD'],
  ['Tasmania', 'AU', 'TAS'],
];

const NAMES: [string, string, string][] = [
  ['CA', 'US', 'California'],
  ['N.Y.', 'US', 'New York'],
  ['PQ', 'CA', 'Quebec'],
  ['nsw', 'AU', 'New South Wales'],
];

// Values that must come back exactly as given (already clean, or a country without a state table).
const UNCHANGED: [string, string | undefined][] = [
  ['CA', 'US'],
  ['NY', 'US'],
  ['QC', 'CA'],
  ['NSW', 'AU'],
  ['Bayern', 'DE'],
  ['Praha', 'CZ'],
  ['Île-de-France', 'FR'],
  ['Mazowieckie', 'PL'],
  ['Αττική', 'GR'],
  ['Московская область', 'RU'],
  ['Vilniaus apskritis', 'LT'],
];

describe('analyzeState', () => {
  it.each(KNOWN)('normalizes %j in %s to %s', (input, country, code) => {
    const result = analyzeState(input, { field: 'state', country });
    expect(result).toMatchObject({ normalized: code, verdict: 'valid', findings: [] });
    expect(result.facts).toEqual({ code, country: country.toUpperCase() });
  });

  it.each(NAMES)('with output name renders %j in %s as %j', (input, country, name) => {
    expect(byName(input, { field: 'state', country }).normalized).toBe(name);
  });

  it.each(UNCHANGED)('leaves %j in %s unchanged', (input, country) => {
    const result = analyzeState(input, { field: 'state', country });
    expect(result).toMatchObject({ normalized: input, findings: [], verdict: 'valid' });
  });

  it.each([
    ['Bavaria', 'US'],
    ['XX', 'US'],
    ['Ontaryo', 'CA'],
    ['Victoria', 'CA'],
  ])('warns that %j is no state of %s', (input, country) => {
    const result = analyzeState(input, { field: 'state', country });
    expect(result).toMatchObject({ normalized: input, verdict: 'risky' });
    expect(result.findings.map((f) => f.code)).toEqual(['state.unknown']);
  });

  it.each([
    ['Ontario', 'US', 'ON', 'CA'],
    ['California', 'CA', 'CA', 'US'],
    ['Quebec', 'AU', 'QC', 'CA'],
  ])('warns that %j belongs to another country than %s', (input, country, code, actual) => {
    const result = analyzeState(input, { field: 'state', country });
    expect(result.findings.map((f) => f.code)).toEqual(['state.country_mismatch']);
    expect(result.facts).toEqual({ code, country: actual });
  });

  it.each([
    ['California', 'CA', 'US'],
    ['new york', 'NY', 'US'],
    ['Ontario', 'ON', 'CA'],
    ['Québec', 'QC', 'CA'],
  ])('infers the country of %j when the record has none', (input, code, country) => {
    const result = analyzeState(input, { field: 'state' });
    expect(result).toMatchObject({ normalized: input, verdict: 'valid', facts: { code, country } });
    expect(result.findings).toMatchObject([
      { code: 'state.country_inferred', severity: 'info', suggestion: code },
    ]);
  });

  it.each(['Georgia', 'CA', 'NY', 'Victoria', 'Puerto Rico', 'Bayern', 'Virgin Islands'])(
    'infers nothing from %j without a country',
    (input) => {
      expect(analyzeState(input, { field: 'state' })).toMatchObject({
        findings: [],
        facts: {},
        normalized: input,
      });
    },
  );

  it.each([...KNOWN, ...NAMES])('is idempotent on %j in %s', (input, country) => {
    for (const analyze of [analyzeState, byName]) {
      const once = analyze(input, { field: 'state', country }).normalized;
      expect(analyze(once, { field: 'state', country }).normalized).toBe(once);
    }
  });

  it.each(['', '  ', '\u200B'])('returns empty for blank %j', (input) => {
    expect(analyzeState(input, { field: 'state', country: 'US' })).toMatchObject({
      verdict: 'empty',
      findings: [],
    });
  });

  it('collapses whitespace for countries without a table', () => {
    expect(analyzeState('  Jihomoravský   kraj ', { field: 'state', country: 'CZ' }).normalized).toBe(
      'Jihomoravský kraj',
    );
  });

  it('survives a 1 MB value and control characters', () => {
    const huge = 'Texas'.repeat(200_000);
    expect(analyzeState(huge, { field: 'state', country: 'US' }).verdict).toBe('risky');
    expect(analyzeState(huge, { field: 'state' }).findings).toEqual([]);
    expect(analyzeState('Tex\u0000as', { field: 'state', country: 'US' }).verdict).toBe('risky');
  });
});
