import { describe, expect, it } from 'vitest';
import type { FieldContext } from '../types.ts';
import { analyzePostcode, canonicalPostcode, normalizePostcode, POSTCODE_FORMATS } from './index.ts';

const ctx = (country?: string): FieldContext =>
  country === undefined ? { field: 'postcode' } : { field: 'postcode', country };

const CANONICAL: [string, string, string][] = [
  ['US', '02134', '02134'],
  ['US', '123456789', '12345-6789'],
  ['US', '12345 6789', '12345-6789'],
  ['CA', 'k1a0b1', 'K1A 0B1'],
  ['CA', 'K1A-0B1', 'K1A 0B1'],
  ['GB', 'sw1a1aa', 'SW1A 1AA'],
  ['GB', 'm11ae', 'M1 1AE'],
  ['UK', 'b33 8th', 'B33 8TH'],
  ['GB', 'cr26xh', 'CR2 6XH'],
  ['GB', 'dn551pt', 'DN55 1PT'],
  ['GB', 'W1A 0AX', 'W1A 0AX'],
  ['DE', 'D-10115', '10115'],
  ['DE', ' 01067 ', '01067'],
  ['FR', 'F-75001', '75001'],
  ['CZ', '11000', '110 00'],
  ['CZ', 'CZ-110 00', '110 00'],
  ['CZ', '110  00', '110 00'],
  ['SK', '81101', '811 01'],
  ['PL', '00950', '00-950'],
  ['PL', '00 950', '00-950'],
  ['LT', '12345', 'LT-12345'],
  ['LT', 'lt 12345', 'LT-12345'],
  ['LT', 'LT12345', 'LT-12345'],
  ['LV', '1050', 'LV-1050'],
  ['LV', 'lv-1050', 'LV-1050'],
  ['EE', '10111', '10111'],
  ['GR', '10557', '105 57'],
  ['el', '105-57', '105 57'],
  ['RU', '101000', '101000'],
  ['UA', '01001', '01001'],
  ['AT', 'A-1010', '1010'],
  ['CH', 'CH-8001', '8001'],
  ['BE', 'B-1000', '1000'],
  ['DK', 'DK-1050', '1050'],
  ['NO', '0150', '0150'],
  ['HU', 'H-1051', '1051'],
  ['NL', '1012ab', '1012 AB'],
  ['NL', 'NL-1012 AB', '1012 AB'],
  ['SE', '11122', '111 22'],
  ['SE', 'S-111 22', '111 22'],
  ['FI', '00100', '00100'],
  ['IT', 'I-00184', '00184'],
  ['ES', '28001', '28001'],
  ['PT', '1000001', '1000-001'],
  ['IE', 'd02x285', 'D02 X285'],
  ['IE', 'D6W 1234', 'D6W 1234'],
  ['AU', '2000', '2000'],
  ['JP', '1000001', '100-0001'],
  ['JP', '〒１００－０００１', '100-0001'],
  ['IN', '110001', '110001'],
  ['BR', '01310100', '01310-100'],
  ['us', '12345', '12345'],
];

const UNCHANGED: [string | undefined, string][] = [
  ['US', '12345'],
  ['US', '02134-1234'],
  ['GB', 'EC1A 1BB'],
  ['GB', 'GIR 0AA'],
  ['CZ', '602 00'],
  ['LT', 'LT-01100'],
  ['NL', '9999 ZZ'],
  ['FI', '99999'],
  [undefined, '12345'],
  [undefined, 'sw1a 1aa'],
  [undefined, 'Praha 1'],
  [undefined, '110 00'],
  ['MX', '06600'],
  ['XX', 'abc 123'],
];

describe('canonical forms', () => {
  it.each(CANONICAL)('%s %j -> %j', (country, input, expected) => {
    const a = analyzePostcode(input, ctx(country));
    expect(a).toMatchObject({ normalized: expected, verdict: 'valid', findings: [] });
    expect(a.facts.country).toBe(
      country.toUpperCase() === 'UK' ? 'GB' : country.toUpperCase() === 'EL' ? 'GR' : country.toUpperCase(),
    );
  });

  it.each(UNCHANGED)('%s leaves %j unchanged, without findings', (country, input) => {
    expect(analyzePostcode(input, ctx(country))).toMatchObject({
      normalized: input,
      findings: [],
      verdict: 'valid',
    });
  });

  const all: [string | undefined, string][] = [
    ...CANONICAL.map(([c, i]): [string, string] => [c, i]),
    ...UNCHANGED,
    ['DE', '10115 Berlin'],
    ['US', '2134'],
    [undefined, 'n/a'],
  ];
  it.each(all)('is idempotent for %s %j', (country, input) => {
    const once = normalizePostcode(input, country);
    expect(normalizePostcode(once, country)).toBe(once);
  });

  it('every listed country has a working example in its message', () => {
    for (const [cc, f] of Object.entries(POSTCODE_FORMATS)) {
      const example = /\(([^)]+)\)$/.exec(f.expected)?.[1]?.split(' or ').pop();
      expect(example, cc).toBeDefined();
      expect(canonicalPostcode(example!, cc), cc).toBe(example);
    }
  });
});

describe('findings', () => {
  it.each([
    ['US', '2134', '02134'],
    ['DE', '1067', '01067'],
    ['IT', '184', '00184'],
    ['DE', '10115 Berlin', '10115'],
    ['CZ', 'Praha 1, 110 00', '110 00'],
    ['DE', '1234567', undefined],
    ['CZ', '1100', undefined],
    ['LV', 'LT-12345', undefined],
    ['NL', '1012 SA', undefined],
    ['ES', '60001', undefined],
    ['PT', '1000', undefined],
    ['CA', 'D1A 1A1', undefined],
    ['GB', 'SW1A', undefined],
    [undefined, 'Berlin', undefined],
    ['DE', '12345678901234567', undefined],
  ])('%s %j -> postcode.invalid suggesting %j', (country, input, suggestion) => {
    const a = analyzePostcode(input, ctx(country));
    expect(a.verdict).toBe('risky');
    expect(a.findings).toHaveLength(1);
    expect(a.findings[0]).toMatchObject({ code: 'postcode.invalid', severity: 'warning', field: 'postcode' });
    expect(a.findings[0]?.suggestion).toBe(suggestion);
    expect(a.normalized).toBe(input);
  });

  it('names the expected format', () => {
    expect(analyzePostcode('1100', ctx('CZ')).findings[0]?.message).toMatch(/Czechia.*110 00/);
  });

  it.each([
    ['US', '00000'],
    ['DK', '0000'],
    [undefined, '0'],
    [undefined, 'XXXXX'],
    [undefined, 'n/a'],
    ['DE', 'none'],
    ['GB', '-'],
  ])('%s %j -> postcode.placeholder', (country, input) => {
    const a = analyzePostcode(input, ctx(country));
    expect(a.verdict).toBe('invalid');
    expect(a.findings.map((f) => [f.code, f.severity])).toEqual([['postcode.placeholder', 'error']]);
  });
});

describe('bad input', () => {
  it.each(['', '  ', '\u200B', '\n'])('%j is empty', (input) => {
    expect(analyzePostcode(input, ctx('DE'))).toMatchObject({ verdict: 'empty', findings: [] });
  });

  it.each(['1'.repeat(1_000_000), '\u0000\u0001', '@#!'])('does not hang or throw on %#', (input) => {
    const started = performance.now();
    expect(analyzePostcode(input, ctx('DE')).findings[0]?.code).toBe('postcode.invalid');
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
