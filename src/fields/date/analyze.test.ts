import { describe, expect, it } from 'vitest';
import type { FieldContext } from '../types.ts';
import { dateAnalyzer } from './index.ts';

const NOW = new Date('2025-06-01T12:00:00Z');
const analyze = dateAnalyzer({ now: () => NOW });
const ctx = (country?: string): FieldContext =>
  country === undefined ? { field: 'created_at' } : { field: 'created_at', country };

const NORMALIZED: [string, string | undefined, string, number][] = [
  ['2024-03-05', undefined, '2024-03-05', Date.UTC(2024, 2, 5)],
  [' 2024-03-05 ', undefined, '2024-03-05', Date.UTC(2024, 2, 5)],
  ['2024-3-5', undefined, '2024-03-05', Date.UTC(2024, 2, 5)],
  ['2024-03-05 14:22', undefined, '2024-03-05T14:22:00', Date.UTC(2024, 2, 5, 14, 22)],
  ['2024-03-05T14:22:10.123Z', undefined, '2024-03-05T14:22:10.123Z', Date.UTC(2024, 2, 5, 14, 22, 10, 123)],
  [
    '2024-03-05T14:22:10.120000Z',
    undefined,
    '2024-03-05T14:22:10.12Z',
    Date.UTC(2024, 2, 5, 14, 22, 10, 120),
  ],
  ['2024-03-05T15:22:10+01:00', undefined, '2024-03-05T14:22:10Z', Date.UTC(2024, 2, 5, 14, 22, 10)],
  ['2024-03-05T00:30:00-05:00', undefined, '2024-03-05T05:30:00Z', Date.UTC(2024, 2, 5, 5, 30)],
  ['2024-03-05 14:22:10 UTC', undefined, '2024-03-05T14:22:10Z', Date.UTC(2024, 2, 5, 14, 22, 10)],
  ['2024-01-01T00:30:00+02:00', undefined, '2023-12-31T22:30:00Z', Date.UTC(2023, 11, 31, 22, 30)],
  ['1709647330000', undefined, '2024-03-05T14:02:10Z', 1709647330000],
  ['1709647330123', undefined, '2024-03-05T14:02:10.123Z', 1709647330123],
  ['1709647330', undefined, '2024-03-05T14:02:10Z', 1709647330000],
  ['20240305', undefined, '2024-03-05', Date.UTC(2024, 2, 5)],
  ['2024/03/05', undefined, '2024-03-05', Date.UTC(2024, 2, 5)],
  ['2024. 03. 05.', undefined, '2024-03-05', Date.UTC(2024, 2, 5)],
  ['05.03.2024', undefined, '2024-03-05', Date.UTC(2024, 2, 5)],
  ['05.03.2024', 'US', '2024-03-05', Date.UTC(2024, 2, 5)],
  ['5. 3. 2024', undefined, '2024-03-05', Date.UTC(2024, 2, 5)],
  ['5.3.2024, 14:22', undefined, '2024-03-05T14:22:00', Date.UTC(2024, 2, 5, 14, 22)],
  ['05/03/2024', 'CZ', '2024-03-05', Date.UTC(2024, 2, 5)],
  ['05-03-2024', 'de', '2024-03-05', Date.UTC(2024, 2, 5)],
  ['05/03/2024', 'US', '2024-05-03', Date.UTC(2024, 4, 3)],
  ['3/5/2024 2:22 PM', 'US', '2024-03-05T14:22:00', Date.UTC(2024, 2, 5, 14, 22)],
  ['12/31/2024 12:05 am', 'US', '2024-12-31T00:05:00', Date.UTC(2024, 11, 31, 0, 5)],
  ['25/03/2024', undefined, '2024-03-25', Date.UTC(2024, 2, 25)],
  ['03/25/2024', undefined, '2024-03-25', Date.UTC(2024, 2, 25)],
  ['25/03/2024', 'US', '2024-03-25', Date.UTC(2024, 2, 25)],
  ['05/05/2024', undefined, '2024-05-05', Date.UTC(2024, 4, 5)],
  ['5 March 2024', undefined, '2024-03-05', Date.UTC(2024, 2, 5)],
  ['March 5, 2024', undefined, '2024-03-05', Date.UTC(2024, 2, 5)],
  ['5th Mar 2024', undefined, '2024-03-05', Date.UTC(2024, 2, 5)],
  ['Mar 5 2024 10:00 AM', undefined, '2024-03-05T10:00:00', Date.UTC(2024, 2, 5, 10)],
  ['Tue, 05 Mar 2024 14:22:10 GMT', undefined, '2024-03-05T14:22:10Z', Date.UTC(2024, 2, 5, 14, 22, 10)],
  ['5. März 2024', undefined, '2024-03-05', Date.UTC(2024, 2, 5)],
  ['5 mars 2024', undefined, '2024-03-05', Date.UTC(2024, 2, 5)],
  ['1er août 2024', undefined, '2024-08-01', Date.UTC(2024, 7, 1)],
  ['5. března 2024', undefined, '2024-03-05', Date.UTC(2024, 2, 5)],
  ['1. července 2024', undefined, '2024-07-01', Date.UTC(2024, 6, 1)],
  ['1. června 2024', undefined, '2024-06-01', Date.UTC(2024, 5, 1)],
  ['5 marca 2024 r.', undefined, '2024-03-05', Date.UTC(2024, 2, 5)],
  ['12 października 2023', undefined, '2023-10-12', Date.UTC(2023, 9, 12)],
  ['5. III. 2024', undefined, '2024-03-05', Date.UTC(2024, 2, 5)],
];

const UNCHANGED = [
  '2024-03-05',
  '2024-02-29',
  '1999-12-31',
  '2024-03-05T14:22:00',
  '2024-03-05T14:22:10Z',
  '2024-03-05T14:22:10.5Z',
  '2024-03-05T14:22:10.123Z',
];

describe('normalization', () => {
  it.each(NORMALIZED)('%j (country %s) -> %j', (input, country, iso, epochMs) => {
    const a = analyze(input, ctx(country));
    expect(a.normalized).toBe(iso);
    expect(a.facts).toEqual({ iso, epochMs });
    expect(a.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it.each(UNCHANGED)('leaves %j unchanged', (input) => {
    expect(analyze(input, ctx()).normalized).toBe(input);
  });

  const all: [string, string | undefined][] = [
    ...NORMALIZED.map(([i, c]): [string, string | undefined] => [i, c]),
    ...UNCHANGED.map((i): [string, string | undefined] => [i, undefined]),
    ['05/03/2024', undefined],
    ['45356', undefined],
    ['2024-02-30', undefined],
  ];
  it.each(all)('is idempotent on %j (country %s)', (input, country) => {
    const once = analyze(input, ctx(country)).normalized;
    expect(analyze(once, ctx(country)).normalized).toBe(once);
  });
});

describe('findings', () => {
  it.each([
    ['2024-02-30', 'date.invalid', 'error', undefined],
    ['2023-02-29', 'date.invalid', 'error', undefined],
    ['2024-13-01', 'date.invalid', 'error', undefined],
    ['2024-03-05T25:00', 'date.invalid', 'error', undefined],
    ['2024-03-05 13:00 PM', 'date.invalid', 'error', undefined],
    ['2024-03-05T14:22+15:00', 'date.invalid', 'error', undefined],
    ['yesterday', 'date.invalid', 'error', undefined],
    ['March 2024', 'date.invalid', 'error', undefined],
    ['31 February 2024', 'date.invalid', 'error', undefined],
    ['12345', 'date.invalid', 'error', undefined],
    ['05/03/2024', 'date.ambiguous', 'warning', '2024-03-05'],
    ['05/03/24', 'date.ambiguous', 'warning', '2024-03-05'],
    ['45356', 'date.ambiguous', 'warning', '2024-03-05'],
    ['05032024', 'date.ambiguous', 'warning', '2024-03-05'],
    ['2030-01-01', 'date.future', 'warning', undefined],
    ['9999-12-31', 'date.future', 'warning', undefined],
    ['1900-01-01', 'date.too_old', 'warning', undefined],
    ['1970-01-01T00:00:00Z', 'date.too_old', 'warning', undefined],
    ['0', 'date.too_old', 'warning', undefined],
    ['1850-05-01', 'date.too_old', 'warning', undefined],
  ])('%j -> %s', (input, code, severity, suggestion) => {
    const a = analyze(input, ctx());
    expect(a.findings).toHaveLength(1);
    expect(a.findings[0]).toMatchObject({ code, severity, field: 'created_at' });
    expect(a.findings[0]?.suggestion).toBe(suggestion);
    expect(a.verdict).toBe(severity === 'error' ? 'invalid' : 'risky');
  });

  it('is ambiguous in Canada, which writes both orders', () => {
    expect(analyze('05/03/2024', ctx('CA')).findings[0]?.code).toBe('date.ambiguous');
  });

  it('tomorrow is not yet "future"', () => {
    expect(analyze('2025-06-02', ctx()).findings).toEqual([]);
  });

  it.each([
    [true, '2024-03-05'],
    [false, '2024-05-03'],
  ])('dayFirst %s overrides the country', (dayFirst, iso) => {
    const a = dateAnalyzer({ now: () => NOW, dayFirst });
    expect(a('05/03/2024', ctx('US')).normalized).toBe(iso);
  });

  it.each([
    ['2024-06-01', 12, 'date.stale'],
    ['2024-06-02', 12, undefined],
    ['2025-05-01', 1, 'date.stale'],
  ])('staleness of %j after %d months -> %s', (input, months, code) => {
    const a = dateAnalyzer({ now: () => NOW, staleAfterMonths: months })(input, ctx());
    expect(a.findings[0]?.code).toBe(code);
    if (code !== undefined) expect(a.findings[0]?.severity).toBe('info');
  });
});

describe('bad input', () => {
  it.each(['', '   ', '\u200B', '\t\n'])('%j is empty', (input) => {
    expect(analyze(input, ctx())).toMatchObject({ verdict: 'empty', findings: [] });
  });

  it.each([
    '2024-03-05\u0000',
    '\u0007',
    '2024-03-05'.repeat(100_000),
    `${'5 '.repeat(30)}`,
    '1'.repeat(1_000_000),
  ])('rejects junk %#', (input) => {
    const started = performance.now();
    expect(analyze(input, ctx()).findings[0]?.code).toBe('date.invalid');
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
