import { describe, expect, it } from 'vitest';
import { cumulate, hashString, mix32, Prng } from './prng.ts';

const draw = (p: Prng, n: number) => Array.from({ length: n }, () => p.next());

describe('Prng', () => {
  it.each([['a'], ['seed-42'], [''], ['Žluťoučký kůň']])('is deterministic for seed %j', (seed) => {
    expect(draw(Prng.fromSeed(seed), 50)).toEqual(draw(Prng.fromSeed(seed), 50));
  });

  it.each([
    ['a', 'b'],
    ['1', 1],
    [0, 1],
    ['seed', 'Seed'],
  ] as const)('gives different streams for %j and %j', (a, b) => {
    expect(draw(Prng.fromSeed(a), 20)).not.toEqual(draw(Prng.fromSeed(b), 20));
  });

  it('stays in range for int, range, float and digits', () => {
    const p = new Prng(7);
    let outside = 0;
    for (let i = 0; i < 20_000; i++) {
      const x = p.int(13);
      const r = p.range(-3, 3);
      const f = p.float();
      if (!(x >= 0 && x < 13 && Number.isInteger(x)) || r < -3 || r > 3 || f < 0 || f >= 1) outside++;
    }
    expect(outside).toBe(0);
    for (const n of [0, 1, 5, 9, 10, 17, 30]) expect(p.digits(n)).toMatch(new RegExp(`^\\d{${n}}$`));
  });

  it('is roughly uniform', () => {
    const p = new Prng(99);
    const buckets = new Array(10).fill(0);
    for (let i = 0; i < 100_000; i++) buckets[p.int(10)]++;
    for (const b of buckets) expect(Math.abs(b - 10_000)).toBeLessThan(500);
  });

  it('follows weights', () => {
    const p = new Prng(3);
    const cum = cumulate([1, 0, 3]);
    const counts = [0, 0, 0];
    for (let i = 0; i < 40_000; i++) counts[p.weighted(cum)]!++;
    expect(counts[1]).toBe(0);
    expect(counts[2]! / counts[0]!).toBeGreaterThan(2.7);
    expect(counts[2]! / counts[0]!).toBeLessThan(3.3);
  });

  it('hashes stably and spreads', () => {
    expect(hashString('kempt')).toBe(hashString('kempt'));
    expect(hashString('kempt')).not.toBe(hashString('kempt', 1));
    expect(mix32(1, 2)).not.toBe(mix32(2, 1));
  });
});
