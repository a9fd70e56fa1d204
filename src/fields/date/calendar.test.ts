import { describe, expect, it } from 'vitest';
import { isStale, isValidDate, monthsSince } from './index.ts';

const at = (iso: string): number => Date.parse(iso);

describe('monthsSince', () => {
  it.each([
    ['2024-01-15T00:00:00Z', '2024-02-15T00:00:00Z', 1],
    ['2024-01-15T00:00:00Z', '2024-02-14T23:59:59Z', 0],
    ['2024-01-31T00:00:00Z', '2024-02-29T00:00:00Z', 0],
    ['2024-01-31T00:00:00Z', '2024-03-01T00:00:00Z', 1],
    ['2023-06-01T00:00:00Z', '2025-06-01T00:00:00Z', 24],
    ['2024-03-05T10:00:00Z', '2024-03-05T09:00:00Z', 0],
    ['2025-06-15T00:00:00Z', '2025-03-15T00:00:00Z', -3],
    ['2025-06-15T00:00:00Z', '2025-03-16T00:00:00Z', -2],
  ])('%s -> %s = %d', (from, to, months) => {
    expect(monthsSince(at(from), new Date(to))).toBe(months);
    expect(monthsSince(at(from), at(to))).toBe(months);
  });

  it('is NaN for an invalid time', () => {
    expect(monthsSince(Number.NaN, Date.now())).toBeNaN();
  });
});

describe('isStale', () => {
  it.each([
    ['2024-06-01T00:00:00Z', 12, true],
    ['2024-06-02T00:00:00Z', 12, false],
    ['2025-05-31T00:00:00Z', 0, true],
    ['2030-01-01T00:00:00Z', 12, false],
  ])('%s with %d months -> %s', (last, months, stale) => {
    expect(isStale(at(last), at('2025-06-01T00:00:00Z'), months)).toBe(stale);
  });

  it('is false for NaN', () => {
    expect(isStale(Number.NaN, Date.now(), 1)).toBe(false);
  });
});

describe('isValidDate', () => {
  it.each([
    [2024, 2, 29, true],
    [2023, 2, 29, false],
    [1900, 2, 29, false],
    [2000, 2, 29, true],
    [2024, 4, 31, false],
    [2024, 0, 1, false],
    [0, 1, 1, false],
  ])('%d-%d-%d -> %s', (y, m, d, ok) => {
    expect(isValidDate(y, m, d)).toBe(ok);
  });
});
