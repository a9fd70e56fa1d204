import { describe, expect, it } from 'vitest';
import { GenerationalCache } from './memo.ts';

describe('GenerationalCache', () => {
  it('keeps recently used entries and forgets the rest', () => {
    const cache = new GenerationalCache<number>(2);
    cache.set('a', 1);
    cache.set('b', 2);
    cache.set('c', 3); // a, b age into the old generation
    expect(cache.get('a')).toBe(1); // promoted back to the young one
    cache.set('d', 4); // young (c, a) ages; b is dropped
    expect(cache.get('b')).toBeUndefined();
    expect([cache.get('a'), cache.get('c'), cache.get('d')]).toEqual([1, 3, 4]);
  });

  it('never holds more than two generations', () => {
    const cache = new GenerationalCache<number>(10);
    for (let i = 0; i < 1000; i++) cache.set(String(i), i);
    expect(cache.size).toBeLessThanOrEqual(20);
    expect(cache.get('999')).toBe(999);
    expect(cache.get('0')).toBeUndefined();
  });
});
