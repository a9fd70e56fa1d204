import { describe, expect, it } from 'vitest';
import { editDistance, foldPicklistKey, picklistAnalyzer } from './index.ts';

const SIZES = [
  { value: 'S', label: 'Small', synonyms: ['klein', 'malý'] },
  { value: 'M', label: 'Medium', synonyms: ['mittel', 'střední'], hints: ['regular'] },
  { value: 'L', label: 'Large', synonyms: ['groß', 'velký'] },
];
const analyzeSize = picklistAnalyzer({ field: 'size', allowed: SIZES });
const analyzeSizeValue = picklistAnalyzer({ field: 'size', allowed: SIZES, output: 'value' });
const analyzeSizeCased = picklistAnalyzer({ field: 'size', allowed: SIZES, caseSensitive: true });

describe('foldPicklistKey', () => {
  it.each([
    ['Marketing Qualified Lead', 'marketingqualifiedlead'],
    ['marketing_qualified-lead', 'marketingqualifiedlead'],
    ['  Doporučení ', 'doporuceni'],
    ['Płatne wyszukiwanie', 'platnewyszukiwanie'],
    ['Straße', 'strasse'],
    ['Πελάτης', 'πελατης'],
    ['A.B.C.', 'abc'],
  ])('%j -> %j', (input, expected) => {
    expect(foldPicklistKey(input)).toBe(expected);
  });

  it('keeps case when asked', () => {
    expect(foldPicklistKey('Paid-Search', true)).toBe('PaidSearch');
  });
});

describe('editDistance', () => {
  it.each([
    ['webinar', 'webinar', 0],
    ['webinarr', 'webinar', 1],
    ['refferal', 'referral', 2],
    ['emial', 'email', 1],
    ['abc', 'xyzxyz', 3],
  ])('%j vs %j = %d (capped at 3)', (a, b, d) => {
    expect(editDistance(a, b, 2)).toBe(Math.min(d, 3));
  });
});

describe('picklistAnalyzer', () => {
  it.each([
    ['Small', 'Small', 'S'],
    ['small', 'Small', 'S'],
    ['S', 'Small', 'S'],
    [' MALÝ ', 'Small', 'S'],
    ['mittel', 'Medium', 'M'],
    ['Gross', 'Large', 'L'],
    ['velky', 'Large', 'L'],
  ])('%j -> %j (label) / %j (value)', (input, label, value) => {
    expect(analyzeSize(input).normalized).toBe(label);
    expect(analyzeSizeValue(input).normalized).toBe(value);
    expect(analyzeSize(input).facts).toEqual({ value, label });
    expect(analyzeSize(input).verdict).toBe('valid');
  });

  it.each(['Small', 'Medium', 'Large'])('leaves the label %j unchanged', (label) => {
    expect(analyzeSize(label).normalized).toBe(label);
  });

  it.each(['S', 'M', 'L'])('leaves the value %j unchanged in value mode', (value) => {
    expect(analyzeSizeValue(value).normalized).toBe(value);
  });

  it.each(['Small', 'small', 'medium ', 'regular', 'Smal', 'nonsense', 'L'])(
    'is idempotent on %j',
    (input) => {
      for (const analyze of [analyzeSize, analyzeSizeValue]) {
        const once = analyze(input).normalized;
        expect(analyze(once).normalized).toBe(once);
      }
    },
  );

  it.each([
    ['Smal', 'picklist.unknown', 'Small'],
    ['Larg', 'picklist.unknown', 'Large'],
    ['huge', 'picklist.unknown', undefined],
    ['regular', 'picklist.ambiguous', 'Medium'],
  ])('%j -> %s suggesting %j', (input, code, suggestion) => {
    const a = analyzeSize(input, { field: 'tshirt' });
    expect(a.normalized).toBe(input);
    expect(a.verdict).toBe('risky');
    expect(a.findings).toHaveLength(1);
    expect(a.findings[0]).toMatchObject({ code, field: 'tshirt', severity: 'warning' });
    expect(a.findings[0]?.suggestion).toBe(suggestion);
  });

  it('uses the picklist name as field when no context is given', () => {
    expect(analyzeSize('huge').findings[0]?.field).toBe('size');
  });

  it('with caseSensitive, a case variant is only suggested', () => {
    expect(analyzeSizeCased('Small').normalized).toBe('Small');
    const a = analyzeSizeCased('small');
    expect(a.normalized).toBe('small');
    expect(a.findings[0]).toMatchObject({ code: 'picklist.unknown', suggestion: 'Small' });
  });

  it('does not suggest when two options are equally close', () => {
    const ab = picklistAnalyzer({ field: 'x', allowed: [{ value: 'abcd' }, { value: 'abce' }] });
    expect(ab('abcf').findings[0]?.suggestion).toBeUndefined();
  });

  it.each([
    [
      [
        { value: 'a', synonyms: ['x'] },
        { value: 'b', synonyms: ['X'] },
      ],
    ],
    [
      [
        { value: 'a', synonyms: ['x'] },
        { value: 'b', hints: ['x'] },
      ],
    ],
    [[{ value: 'a', synonyms: ['-'] }]],
  ])('rejects a conflicting configuration %#', (allowed) => {
    expect(() => picklistAnalyzer({ field: 'x', allowed })).toThrow(/Picklist "x"/);
  });

  it('stays correct past the cache bound', () => {
    for (let i = 0; i < 5000; i++) analyzeSize(`value ${i}`);
    expect(analyzeSize('small').normalized).toBe('Small');
    expect(analyzeSize('value 1').findings[0]?.code).toBe('picklist.unknown');
  });

  it.each(['', '   ', '\u200B', '\n\t'])('%j is empty', (input) => {
    expect(analyzeSize(input)).toMatchObject({ verdict: 'empty', findings: [] });
  });

  it.each(['-', '\u0000\u0001', 'ä'.repeat(1_000_000)])('does not throw on junk %#', (input) => {
    const started = performance.now();
    expect(analyzeSize(input).findings[0]?.code).toBe('picklist.unknown');
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
