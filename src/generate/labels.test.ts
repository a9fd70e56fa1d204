import { describe, expect, it } from 'vitest';
import { duplicateClusters, evaluatePairs, truePairs, truePairsCount } from './labels.ts';

describe('truePairsCount', () => {
  it.each([
    [[], 0],
    [['a'], 0],
    [['a', 'b', 'c'], 0],
    [['a', 'a'], 1],
    [['a', 'b', 'a', 'a'], 3],
    [['a', 'a', 'b', 'b', 'b', 'b'], 1 + 6],
  ])('%j has %i true pairs', (ids, expected) => {
    expect(truePairsCount(ids)).toBe(expected);
  });

  it('accepts any iterable', () => {
    expect(truePairsCount(new Set(['x', 'y']))).toBe(0);
    expect(
      truePairsCount(
        (function* () {
          yield 'x';
          yield 'x';
        })(),
      ),
    ).toBe(1);
  });
});

describe('truePairs and duplicateClusters', () => {
  const ids = ['a', 'b', 'a', 'c', 'b', 'a'];
  it('groups row indices by entity', () => {
    expect(duplicateClusters(ids)).toEqual([
      [0, 2, 5],
      [1, 4],
    ]);
  });
  it('lists every pair once, lower index first', () => {
    expect([...truePairs(ids)]).toEqual([
      [0, 2],
      [0, 5],
      [2, 5],
      [1, 4],
    ]);
  });
});

describe('evaluatePairs', () => {
  const ids = ['a', 'b', 'a', 'c', 'b', 'a'];
  it.each([
    [[], { truePositives: 0, falsePositives: 0, falseNegatives: 4, precision: 1, recall: 0 }],
    [
      [
        [0, 2],
        [5, 2],
        [1, 4],
        [0, 5],
      ],
      { truePositives: 4, falsePositives: 0, falseNegatives: 0, precision: 1, recall: 1 },
    ],
    [
      [
        [0, 2],
        [2, 0],
        [0, 1],
      ],
      { truePositives: 1, falsePositives: 1, falseNegatives: 3, precision: 0.5, recall: 0.25 },
    ],
    [[[3, 3]], { truePositives: 0, falsePositives: 0, falseNegatives: 4, precision: 1, recall: 0 }],
  ] as [[number, number][], object][])('scores %j', (predicted, expected) => {
    expect(evaluatePairs(predicted, ids)).toMatchObject(expected);
  });

  it('computes F1 as the harmonic mean', () => {
    const r = evaluatePairs(
      [
        [0, 2],
        [0, 1],
      ],
      ids,
    );
    expect(r.f1).toBeCloseTo((2 * 0.5 * 0.25) / 0.75);
  });
});
