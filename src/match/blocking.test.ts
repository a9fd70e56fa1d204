import { describe, expect, it } from 'vitest';
import { candidatePairs, groupByKey, ruleKeys } from './blocking.ts';
import { type FeatureColumn, type FeatureTable, tableFromColumns } from './features.ts';
import type { BlockingRule } from './model.ts';

function table(columns: Record<string, FeatureColumn>): FeatureTable {
  return tableFromColumns(columns);
}

/** A deterministic pseudo-random table: few distinct values, so rules overlap a lot. */
function randomTable(n: number, seed: number): FeatureTable {
  let s = seed;
  const next = (k: number) => {
    s = (s * 1103515245 + 12345) % 2147483648;
    const v = s % (k + 1);
    return v === k ? undefined : `v${v}`;
  };
  const cols: Record<string, FeatureColumn> = { a: [], b: [], c: [] };
  for (let i = 0; i < n; i++) {
    cols.a!.push(next(6));
    cols.b!.push(next(4));
    cols.c!.push(next(9));
  }
  return table(cols);
}

const RULES: BlockingRule[] = [
  { name: 'a', keys: ['a'] },
  { name: 'b+c', keys: ['b', 'c'] },
  { name: 'c', keys: ['c'] },
  { name: 'a+b', keys: ['a', 'b'] },
];

describe('blocking', () => {
  it.each([1, 2, 3, 4, 5])(
    'never makes a pair twice, and makes every pair some rule allows (seed %i)',
    (seed) => {
      const t = randomTable(120, seed);
      const pairs = candidatePairs(t, RULES, { maxBlockSize: 1000 });
      const seen = new Set<string>();
      for (let i = 0; i < pairs.count; i++) {
        const [a, b] = [pairs.left[i]!, pairs.right[i]!];
        expect(a).toBeLessThan(b);
        const key = `${a},${b}`;
        expect(seen.has(key)).toBe(false);
        seen.add(key);
      }
      // The union of all rules, brute force.
      const keys = RULES.map((r) => ruleKeys(t, r));
      let expected = 0;
      for (let a = 0; a < t.size; a++)
        for (let b = a + 1; b < t.size; b++)
          if (keys.some((k) => k[a] !== undefined && k[a] === k[b])) {
            expected++;
            expect(seen.has(`${a},${b}`)).toBe(true);
          }
      expect(pairs.count).toBe(expected);
      expect(pairs.rules.reduce((s, r) => s + r.pairs, 0)).toBe(expected);
    },
  );

  it('credits a pair to the first rule that makes it', () => {
    const t = table({ a: ['x', 'x', 'y'], b: ['p', 'p', 'p'] });
    const pairs = candidatePairs(
      t,
      [
        { name: 'a', keys: ['a'] },
        { name: 'b', keys: ['b'] },
      ],
      { maxBlockSize: 10 },
    );
    expect(pairs.rules.map((r) => r.pairs)).toEqual([1, 2]);
  });

  it('missing values never block together', () => {
    const t = table({ a: [undefined, undefined, 'x'] });
    expect(candidatePairs(t, [{ name: 'a', keys: ['a'] }], { maxBlockSize: 10 }).count).toBe(0);
  });

  it('skips and reports a block over the limit instead of exploding', () => {
    const a: FeatureColumn = Array.from({ length: 5000 }, () => 'switchboard');
    a.push('rare', 'rare');
    const pairs = candidatePairs(table({ a }), [{ name: 'phone', keys: ['a'] }], { maxBlockSize: 100 });
    expect(pairs.count).toBe(1);
    expect(pairs.rules[0]!.skippedBlocks).toBe(1);
    expect(pairs.rules[0]!.skipped[0]).toEqual({ key: 'switchboard', records: 5000 });
    expect(pairs.rules[0]!.largestBlock).toBe(5000);
  });

  it('refuses a rule set that makes more pairs than allowed', () => {
    const a: FeatureColumn = Array.from({ length: 300 }, () => 'same');
    expect(() =>
      candidatePairs(table({ a }), [{ name: 'loose', keys: ['a'] }], { maxBlockSize: 1000, maxPairs: 1000 }),
    ).toThrow(/more than 1,000 candidate pairs \(rule "loose"\)/);
  });

  it('groups only keys shared by two or more records', () => {
    expect([...groupByKey(['x', 'y', 'x', undefined, 'z', 'x'])]).toEqual([['x', [0, 2, 5]]]);
  });
});
