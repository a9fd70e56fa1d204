import { describe, expect, it } from 'vitest';
import {
  describeDelimiter,
  formatBytes,
  formatDuration,
  formatInt,
  formatPercent,
  formatTimestamp,
  plural,
  ratio,
} from './format.ts';

describe('formatInt', () => {
  it.each([
    [0, '0'],
    [999, '999'],
    [48_213, '48,213'],
    [1_234_567, '1,234,567'],
    [12.6, '13'],
    [Number.NaN, '–'],
    [Number.POSITIVE_INFINITY, '–'],
  ])('%d -> %s', (n, expected) => {
    expect(formatInt(n)).toBe(expected);
  });
});

describe('formatPercent', () => {
  it.each([
    [0, '0.0%'],
    [1, '100.0%'],
    [0.5, '50.0%'],
    [0.97214, '97.2%'],
    [0.0001, '<0.1%'],
    [0.99991, '>99.9%'],
    [Number.NaN, '–'],
  ])('%d -> %s', (share, expected) => {
    expect(formatPercent(share)).toBe(expected);
  });
});

describe('ratio', () => {
  it.each([
    [1, 2, 0.5],
    [5, 0, 0],
    [0, 0, 0],
    [Number.NaN, 4, 0],
  ])('%d / %d -> %d', (part, whole, expected) => {
    expect(ratio(part, whole)).toBe(expected);
  });
});

describe('formatBytes', () => {
  it.each([
    [0, '0 bytes'],
    [1023, '1,023 bytes'],
    [1024, '1.0 KB'],
    [9_834_112, '9.4 MB'],
  ])('%d -> %s', (bytes, expected) => {
    expect(formatBytes(bytes)).toBe(expected);
  });
});

describe('formatDuration', () => {
  it.each([
    [0, '0 ms'],
    [812, '812 ms'],
    [4_250, '4.3 s'],
    [125_000, '2 min 5 s'],
  ])('%d -> %s', (ms, expected) => {
    expect(formatDuration(ms)).toBe(expected);
  });
});

describe('formatTimestamp', () => {
  it.each([
    ['2025-06-02T09:41:17.000Z', '2025-06-02 09:41 UTC'],
    ['2025-06-02T11:41:17+02:00', '2025-06-02 09:41 UTC'],
    ['not a date', 'not a date'],
  ])('%s -> %s', (iso, expected) => {
    expect(formatTimestamp(iso)).toBe(expected);
  });
});

describe('describeDelimiter and plural', () => {
  it.each([
    [',', 'comma (,)'],
    [';', 'semicolon (;)'],
    ['\t', 'tab'],
    ['#', '"#"'],
  ])('%j -> %s', (d, expected) => {
    expect(describeDelimiter(d)).toBe(expected);
  });

  it.each([
    [1, '1 row'],
    [0, '0 rows'],
    [1_200, '1,200 rows'],
  ])('%d -> %s', (n, expected) => {
    expect(plural(n, 'row')).toBe(expected);
  });
});
