import { describe, expect, it } from 'vitest';
import { DuplicateCounter, hash52 } from './duplicate-keys.ts';

describe('hash52', () => {
  it('is stable, fits a safe integer and separates near keys', () => {
    expect(hash52('jan.novak@seznam.cz')).toBe(hash52('jan.novak@seznam.cz'));
    const keys = ['a', 'b', 'ab', 'ba', 'jan@x.cz', 'jan@x.cy', '+420601123456', '+420601123465', ''];
    const hashes = keys.map(hash52);
    expect(new Set(hashes).size).toBe(keys.length);
    for (const h of hashes) expect(Number.isSafeInteger(h) && h >= 0).toBe(true);
  });

  it('has no collision among 200,000 similar keys', () => {
    const seen = new Set<number>();
    for (let i = 0; i < 200_000; i++) seen.add(hash52(`user${i}@example.com`));
    expect(seen.size).toBe(200_000);
  });
});

describe('DuplicateCounter', () => {
  it('counts groups and extra records, lists the largest groups with their first rows', () => {
    const c = new DuplicateCounter();
    const rows: [string, number][] = [
      ['a', 1],
      ['b', 2],
      ['a', 3],
      ['c', 4],
      ['a', 5],
      ['b', 6],
      ['d', 7],
    ];
    const seen = rows.map(([key, row]) => c.add(key, row));
    expect(seen).toEqual([false, false, true, false, true, true, false]);
    const stats = c.stats('email', 'email address');
    expect(stats).toMatchObject({ groups: 2, extraRecords: 3 });
    expect(stats.largest).toEqual([
      { key: 'a', count: 3, rows: [1, 3, 5] },
      { key: 'b', count: 2, rows: [2, 6] },
    ]);
  });
});
