import { describe, expect, it } from 'vitest';
import { averageLinkage, clusterPairs, type ScoredPair } from './cluster.ts';

/** Pair probabilities from a table; pairs not listed are clearly different. */
function scores(list: [number, number, number][]) {
  const m = new Map(list.map(([a, b, p]) => [`${Math.min(a, b)},${Math.max(a, b)}`, p]));
  const score = (a: number, b: number) => m.get(`${Math.min(a, b)},${Math.max(a, b)}`) ?? 0.001;
  const pairs: ScoredPair[] = list.map(([a, b, probability]) => ({ a, b, probability }));
  return { score, pairs };
}

describe('clustering', () => {
  it('refuses to chain: A–B and B–C strong, A–C clearly different', () => {
    const { score, pairs } = scores([
      [0, 1, 0.99],
      [1, 2, 0.97],
      [0, 2, 0.01],
    ]);
    const c = clusterPairs(3, pairs, { threshold: 0.9, score });
    expect(c.clusterOf[0]).toBe(c.clusterOf[1]);
    expect(c.clusterOf[2]).toBe(2);
    expect(c.splitComponents).toBe(1);
  });

  it('keeps a cohesive group of four together', () => {
    const list: [number, number, number][] = [];
    for (let a = 0; a < 4; a++) for (let b = a + 1; b < 4; b++) list.push([a, b, 0.95]);
    const { score, pairs } = scores(list);
    const c = clusterPairs(6, pairs, { threshold: 0.9, score });
    expect([...c.clusterOf]).toEqual([0, 0, 0, 0, 4, 5]);
    expect(c.splitComponents).toBe(0);
  });

  it('a long chain of weak links breaks into its strong pieces', () => {
    // 0=1 and 2=3 are the same; 1–2 is one link just over the threshold; nothing else links.
    const { score, pairs } = scores([
      [0, 1, 0.999],
      [2, 3, 0.999],
      [1, 2, 0.91],
    ]);
    const c = clusterPairs(4, pairs, { threshold: 0.9, score });
    expect([...c.clusterOf]).toEqual([0, 0, 2, 2]);
  });

  it('every record gets a cluster id, singletons their own', () => {
    const c = clusterPairs(5, [], { threshold: 0.9, score: () => 0 });
    expect([...c.clusterOf]).toEqual([0, 1, 2, 3, 4]);
  });

  it('pairs under the threshold link nothing', () => {
    const { score, pairs } = scores([[0, 1, 0.5]]);
    expect([...clusterPairs(2, pairs, { threshold: 0.9, score }).clusterOf]).toEqual([0, 1]);
  });

  it('a component too big to score pair by pair is cut at stricter thresholds, without hanging', () => {
    // A star of 400 records around record 0, links at 0.95, plus a tight pair at 0.9999.
    const list: [number, number, number][] = [];
    for (let i = 1; i <= 400; i++) list.push([0, i, 0.95]);
    list.push([401, 402, 0.9999], [0, 401, 0.95]);
    const { score, pairs } = scores(list);
    const c = clusterPairs(403, pairs, { threshold: 0.9, score, maxExact: 50 });
    expect(c.clusterOf[401]).toBe(c.clusterOf[402]);
    expect(c.splitComponents).toBeGreaterThan(0);
  });

  it('average linkage merges groups only when their pairs match on average', () => {
    const { score } = scores([
      [0, 1, 0.99],
      [2, 3, 0.99],
      [0, 2, 0.95],
      [1, 3, 0.95],
      [0, 3, 0.9],
      [1, 2, 0.9],
    ]);
    expect(averageLinkage([0, 1, 2, 3], 0.9, score)).toHaveLength(1);
    expect(averageLinkage([0, 1, 2, 3], 0.95, score)).toHaveLength(2);
  });
});
