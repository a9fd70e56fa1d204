import { describe, expect, it } from 'vitest';
import { closest, describeValue, listWords } from './suggest.ts';

const WORDS = ['email', 'phone', 'lifecycle_stage', 'lead_source', 'id', 'block', 'quarantine'];

describe('closest', () => {
  it.each<[string, string | undefined]>([
    ['emial', 'email'],
    ['Email', 'email'],
    ['phnoe', 'phone'],
    ['lifecycle', 'lifecycle_stage'],
    ['lead', 'lead_source'],
    ['quarantaine', 'quarantine'],
    ['blok', 'block'],
    ['ix', 'id'],
    ['zzzzzz', undefined],
    ['', undefined],
    ['x'.repeat(10_000), undefined],
  ])('%s → %s', (input, expected) => {
    expect(closest(input, WORDS)).toBe(expected);
  });
});

describe('wording', () => {
  it.each<[string[], string]>([
    [[], ''],
    [['a'], 'a'],
    [['a', 'b'], 'a or b'],
    [['a', 'b', 'c'], 'a, b or c'],
  ])('listWords %j', (words, expected) => {
    expect(listWords(words)).toBe(expected);
  });

  it.each<[unknown, string]>([
    [undefined, 'nothing'],
    [null, 'nothing'],
    ['x', '"x"'],
    [3, '3'],
    [[1], 'a list'],
    [{ a: 1 }, 'a section of settings'],
    ['y'.repeat(100), `"${'y'.repeat(57)}..."`],
  ])('describeValue %j', (value, expected) => {
    expect(describeValue(value)).toBe(expected);
  });
});
