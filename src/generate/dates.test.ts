import { describe, expect, it } from 'vitest';
import { DATE_VARIANTS, formatDate, formatDateVariant } from './dates.ts';
import { Prng } from './prng.ts';

const MS = Date.UTC(2024, 2, 5, 14, 23, 11, 42);

describe('formatDate', () => {
  it.each([
    ['canonical', false, '2024-03-05T14:23:11Z'],
    ['hubspot', false, '2024-03-05 14:23'],
    ['salesforce', false, '2024-03-05T14:23:11.042Z'],
    ['salesforce', true, '2024-03-05'],
  ] as const)('%s (date only: %s) → %s', (style, dateOnly, expected) => {
    expect(formatDate(MS, style, dateOnly)).toBe(expected);
  });

  it('agrees with Date#toISOString across leap years and century edges', () => {
    const rng = new Prng(5);
    for (let i = 0; i < 5000; i++) {
      const ms = rng.range(-2_208_988_800, 4_102_444_800) * 1000 + rng.int(1000);
      expect(formatDate(ms, 'salesforce')).toBe(new Date(ms).toISOString());
    }
  });
});

describe('formatDateVariant', () => {
  it.each([
    [0, '05.03.2024'],
    [1, '3/5/2024'],
    [2, '5/3/2024'],
    [3, '2024-03-05'],
    [4, String(MS)],
    [5, 'March 5, 2024'],
    [6, '05-Mar-2024'],
    [7, '2024/03/05 14:23'],
    [8, '45356'],
    [9, String(Math.floor(MS / 1000))],
  ])('variant %i → %s', (variant, expected) => {
    expect(formatDateVariant(MS, variant)).toBe(expected);
  });

  it('has a test for every variant', () => {
    expect(DATE_VARIANTS).toBe(10);
  });
});
