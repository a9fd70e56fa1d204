import { describe, expect, it } from 'vitest';
import type { FieldStats, StaleStats } from './report-types.ts';
import { gradeOf, healthScore } from './score.ts';

function field(
  name: FieldStats['field'],
  filled: number,
  invalid: number,
  risky: number,
  fixable: number,
  records = 100,
): FieldStats {
  return {
    field: name,
    header: name,
    filled,
    fillRate: filled / records,
    verdicts: { valid: filled - invalid - risky, risky, invalid },
    fixable,
    reasons: [],
  };
}
const noDates: StaleStats = { months: 24, basis: null, count: 0, withoutDate: 0, examples: [] };

describe('healthScore', () => {
  it('is 100 for complete, valid, unique, fresh data', () => {
    const score = healthScore({
      records: 100,
      fields: [field('email', 100, 0, 0, 0), field('last_name', 100, 0, 0, 0)],
      duplicateExtras: 0,
      stale: { ...noDates, basis: 'last_activity_at' },
    });
    expect(score).toMatchObject({ value: 100, grade: 'A' });
    expect(score.components.map((c) => c.name)).toEqual([
      'validity',
      'standardization',
      'risk',
      'completeness',
      'uniqueness',
      'freshness',
    ]);
  });

  it.each([
    // name, invalid, risky, fixable, duplicates, stale, expected score
    ['half the values invalid', 50, 0, 0, 0, 0, 85],
    ['every value needs a fix', 0, 0, 100, 0, 0, 90],
    ['half the records duplicate', 0, 0, 0, 50, 0, 90],
    ['every dated record stale', 0, 0, 0, 0, 100, 90],
  ])('%s', (_name, invalid, risky, fixable, duplicates, stale, expected) => {
    const score = healthScore({
      records: 100,
      fields: [field('email', 100, invalid, risky, fixable)],
      duplicateExtras: duplicates,
      stale: { ...noDates, basis: 'last_activity_at', count: stale },
    });
    expect(score.value).toBe(expected);
  });

  it('leaves out components without evidence and renormalises the weights', () => {
    const score = healthScore({
      records: 100,
      fields: [field('city', 50, 0, 0, 0)],
      duplicateExtras: 0,
      stale: noDates,
    });
    expect(score.components.map((c) => c.name)).toEqual([
      'validity',
      'standardization',
      'risk',
      'uniqueness',
    ]);
    expect(score.value).toBe(100);
  });

  it('does not count date formats as standardization problems', () => {
    const score = healthScore({
      records: 100,
      fields: [field('created_at', 100, 0, 0, 100)],
      duplicateExtras: 0,
      stale: noDates,
    });
    expect(score.components.find((c) => c.name === 'standardization')!.value).toBe(100);
  });

  it('scores an empty file 0 without dividing by zero', () => {
    const score = healthScore({ records: 0, fields: [], duplicateExtras: 0, stale: noDates });
    expect(score).toMatchObject({ value: 0, grade: 'F', components: [] });
  });

  it.each([
    [100, 'A'],
    [90, 'A'],
    [89, 'B'],
    [80, 'B'],
    [79, 'C'],
    [70, 'C'],
    [69, 'D'],
    [60, 'D'],
    [59, 'F'],
    [0, 'F'],
  ] as const)('grade of %i is %s', (value, grade) => {
    expect(gradeOf(value)).toBe(grade);
  });
});
