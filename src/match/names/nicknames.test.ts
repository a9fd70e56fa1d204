import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DIMINUTIVE_GROUPS } from './diminutives.ts';
import { foldName } from './fold.ts';
import { areNameVariants, NAME_GROUPS, nameGroups, parseNicknameCsv } from './nicknames.ts';

const csv = readFileSync(new URL('./nicknames-en.csv', import.meta.url), 'utf8');

describe('nickname file', () => {
  it('parses all 2,691 relations', () => {
    const relations = parseNicknameCsv(csv);
    expect(relations).toHaveLength(2691);
    expect(relations[0]).toEqual(['aaron', 'erin']);
  });

  it.each([
    ['a bad header', 'name,nick\nbob,robert'],
    ['a line with two fields', 'name1,relationship,name2\nrobert,bob'],
    ['another relationship', 'name1,relationship,name2\nrobert,has_child,bob'],
    ['an empty name', 'name1,relationship,name2\n,has_nickname,bob'],
  ])('rejects %s', (_, text) => {
    expect(() => parseNicknameCsv(text)).toThrow(/nicknames/);
  });
});

describe('areNameVariants', () => {
  it.each([
    ['bob', 'robert'],
    ['bill', 'william'],
    ['bill', 'robert'],
    ['bob', 'rob'],
    ['alec', 'alexander'],
    ['honza', 'jan'],
    ['jenda', 'jan'],
    ['jan', 'john'],
    ['jan', 'johann'],
    ['ivan', 'ioannis'],
    ['pepa', 'josef'],
    ['kasia', 'katarzyna'],
    ['kaska', 'katarzyna'],
    ['gosia', 'malgorzata'],
    ['wojtek', 'wojciech'],
    ['sasha', 'aleksandr'],
    ['sasha', 'alexandra'],
    ['sascha', 'alexander'],
    ['dima', 'dmitriy'],
    ['dima', 'dmitry'],
    ['katya', 'yekaterina'],
    ['lena', 'yelena'],
    ['misha', 'mikhail'],
    ['natasha', 'natalia'],
    ['giorgos', 'georgios'],
    ['yorgos', 'georgios'],
    ['kostas', 'konstantinos'],
    ['giannis', 'ioannis'],
    ['aleksas', 'aleksandras'],
    ['hans', 'johannes'],
    ['fritz', 'friedrich'],
    ['grete', 'margarete'],
    ['jb', 'jean baptiste'],
    ['katerina', 'catherine'],
    ['aikaterini', 'ekaterina'],
    ['piotr', 'peter'],
    ['michal', 'mikhail'],
    ['misa', 'michal'],
    ['misa', 'michaela'],
    ['zzyzx', 'zzyzx'],
  ])('%s ~ %s', (a, b) => {
    expect(areNameVariants(a, b)).toBe(true);
    expect(areNameVariants(b, a)).toBe(true);
  });

  it.each([
    ['robert', 'william'],
    ['albert', 'alfred'],
    ['alan', 'alexander'],
    ['aleksandr', 'alexandra'],
    ['michal', 'michaela'],
    ['jan', 'jana'],
    ['honza', 'john'],
    ['anna', 'hana'],
    ['petr', 'pavel'],
    ['zzyzx', 'robert'],
    ['', 'robert'],
  ])('%s !~ %s', (a, b) => {
    expect(areNameVariants(a, b)).toBe(false);
    expect(areNameVariants(b, a)).toBe(false);
  });
});

describe('nameGroups', () => {
  it('lists every group of a name in several ("alex" in Alexander and Alexandra)', () => {
    const members = nameGroups('alex').map((id) => NAME_GROUPS[id]!);
    expect(members.some((g) => g.includes('alexander'))).toBe(true);
    expect(members.some((g) => g.includes('alexandra'))).toBe(true);
  });

  it('gives one shared frozen empty list for an unknown name', () => {
    expect(nameGroups('zzyzx')).toEqual([]);
    expect(nameGroups('zzyzx')).toBe(nameGroups(''));
    expect(Object.isFrozen(nameGroups('zzyzx'))).toBe(true);
  });

  it('keeps groups small, folded, and not inside one another', () => {
    expect(NAME_GROUPS.length).toBeGreaterThan(1000);
    for (const group of NAME_GROUPS) {
      expect(group.length).toBeGreaterThanOrEqual(2);
      expect(group.length).toBeLessThan(40);
      expect(new Set(group).size).toBe(group.length);
      for (const name of group) expect(foldName(name)).toBe(name);
    }
    for (const [id, group] of NAME_GROUPS.entries()) {
      const holders = nameGroups(group[0]!).filter((other) => other !== id);
      const inside = holders.some((other) => group.every((name) => NAME_GROUPS[other]!.includes(name)));
      expect(inside, group.join(',')).toBe(false);
    }
  });

  it('hands out ids in ascending order per name', () => {
    for (const group of NAME_GROUPS) {
      for (const name of group) {
        const ids = nameGroups(name);
        expect([...ids].sort((a, b) => a - b)).toEqual(ids);
      }
    }
  });
});

describe('curated diminutives', () => {
  it('has at least 150 groups written in folded form without repeats', () => {
    expect(DIMINUTIVE_GROUPS.length).toBeGreaterThanOrEqual(150);
    for (const group of DIMINUTIVE_GROUPS) {
      expect(group.length).toBeGreaterThanOrEqual(2);
      expect(new Set(group).size, group.join(',')).toBe(group.length);
      for (const name of group) expect(foldName(name), name).toBe(name);
    }
  });
});
