import { describe, expect, it } from 'vitest';
import { hash64 } from '../io/hash.ts';
import { DuplicateCounter } from './duplicate-keys.ts';

const h = (key: string) => hash64(key).join(':');

describe('hash64', () => {
  it('is stable and separates near keys', () => {
    expect(h('jan.novak@seznam.cz')).toBe(h('jan.novak@seznam.cz'));
    const keys = ['a', 'b', 'ab', 'ba', 'jan@x.cz', 'jan@x.cy', '+420601123456', '+420601123465', ''];
    expect(new Set(keys.map(h)).size).toBe(keys.length);
  });

  it('has no collision among 300,000 similar keys', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 300_000; i++) seen.add(h(`user${i}@example.com`));
    expect(seen.size).toBe(300_000);
  });
});

describe('DuplicateCounter', () => {
  it('stays exact past the table growing (100,000 keys, each seen twice)', () => {
    const c = new DuplicateCounter();
    for (let i = 0; i < 100_000; i++) expect(c.add(`k${i}`, i)).toBe(false);
    for (let i = 0; i < 100_000; i++) expect(c.add(`k${i}`, 100_000 + i)).toBe(true);
    expect(c.stats('email', 'email').groups).toBe(100_000);
    expect(c.stats('email', 'email').largest[0]).toEqual({ key: 'k0', count: 2, rows: [0, 100_000] });
  });

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

  it("keeps a group's first five rows and its full count; ties are listed by first row", () => {
    const c = new DuplicateCounter();
    for (let i = 0; i < 7; i++) c.add('big', 10 + i);
    c.add('late', 100);
    c.add('early', 50);
    c.add('late', 101);
    c.add('early', 51);
    const { largest, groups, extraRecords } = c.stats('phone', 'phone number');
    expect({ groups, extraRecords }).toEqual({ groups: 3, extraRecords: 8 });
    expect(largest).toEqual([
      { key: 'big', count: 7, rows: [10, 11, 12, 13, 14] },
      { key: 'early', count: 2, rows: [50, 51] },
      { key: 'late', count: 2, rows: [100, 101] },
    ]);
  });

  it('lists at most ten groups, the largest first', () => {
    const c = new DuplicateCounter();
    for (let g = 0; g < 15; g++) for (let n = 0; n <= g + 1; n++) c.add(`k${g}`, g * 100 + n);
    const { largest, groups } = c.stats('email', 'email');
    expect(groups).toBe(15);
    expect(largest.map((x) => x.key)).toEqual([
      'k14',
      'k13',
      'k12',
      'k11',
      'k10',
      'k9',
      'k8',
      'k7',
      'k6',
      'k5',
    ]);
    expect(largest[0]).toEqual({ key: 'k14', count: 16, rows: [1400, 1401, 1402, 1403, 1404] });
  });
});
