import { describe, expect, it } from 'vitest';
import { analyzePersonName, isKeyboardMash, isPlaceholderName, isTestName, testKind } from './index.ts';
import { REAL_NAMES } from './real-names.fixture.ts';

const MASHES = [
  'asdfgh',
  'Asdfghjkl',
  'qwertz',
  'jkjkjk',
  'sdfsdf',
  'aaaa',
  'Aaa',
  'zzzzz',
  'dfgdfg',
  'hjkl',
  'Zxcvbnm',
  'poiuyt',
  'lkjhg',
  'bcdfg',
  'Kdfjgh',
  'sdkjfhsdkjf',
  'ячсмит',
  'фывапр',
  'ασδφγ',
  'Ščřžý',
  'Anna Qwerasd',
];

const NOT_MASHES = [
  ...REAL_NAMES,
  'Szczepański',
  'Przybyszewski',
  'Krzyżanowski',
  'Schmidt',
  'Strength',
  'Knightsbridge',
  'Aaron',
  'Ooi',
  'III',
];

describe('isKeyboardMash', () => {
  it.each(MASHES)('flags %j', (value) => {
    expect(isKeyboardMash(value)).toBe(true);
  });

  it.each(NOT_MASHES)('does not flag %j', (value) => {
    expect(isKeyboardMash(value)).toBe(false);
  });
});

describe('testKind', () => {
  it.each([
    ['test', 'test'],
    ['TEST', 'test'],
    ['Test 1', 'test'],
    ['test_user', undefined],
    ['test user', 'test'],
    ['asdf asdf', 'test'],
    ['Mickey Mouse', 'test'],
    ['lorem ipsum', 'test'],
    ['n/a', 'missing'],
    ['N.A.', 'missing'],
    ['unknown', 'missing'],
    ['Unbekannt', 'missing'],
    ['неизвестно', 'missing'],
    ['-', 'missing'],
    ['???', 'missing'],
    ['firstname', 'missing'],
    ['   ', undefined],
    ['John', undefined],
    ['Tester', undefined],
    ['Sample', undefined],
    ['Foo', undefined],
    ['Na', undefined],
  ])('classifies %j as %s', (value, kind) => {
    expect(testKind(value)).toBe(kind);
  });
});

describe('real names', () => {
  it.each(REAL_NAMES)('%j is not a test, placeholder or mash', (name) => {
    expect(testKind(name)).toBeUndefined();
    expect(isPlaceholderName(name)).toBe(false);
    const result = analyzePersonName(name, { field: 'full_name' });
    expect(result.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(result.verdict).toBe('valid');
  });
});

describe('isPlaceholderName', () => {
  it.each([
    ['John Doe', true],
    ['jane doe', true],
    ['Doe, John', true],
    ['Max Mustermann', true],
    ['Joe Bloggs', true],
    ['Doe', false],
    ['John Smith', false],
    ['Jan Novák', false],
  ])('%j → %s', (value, expected) => {
    expect(isPlaceholderName(value)).toBe(expected);
  });
});

describe('isTestName', () => {
  it.each([
    ['Test', 'Test', true],
    ['test', 'Smith', true],
    ['John', 'Test', true],
    ['asdf', 'asdf', true],
    ['Mickey', 'Mouse', true],
    ['Donald', 'Duck', true],
    ['First', 'Last', true],
    ['n/a', 'n/a', true],
    ['sdfg', 'hjkl', true],
    ['asdfgh', '-', true],
    ['John', 'Smith', false],
    ['John', 'Doe', false],
    ['Donald', 'Trump', false],
    ['John', 'Unknown', false],
    ['Mickey', 'Rourke', false],
    ['', '', false],
    ['Jan', '', false],
    ['Strč', 'Krk', false],
  ])('%j + %j → %s', (first, last, expected) => {
    expect(isTestName(first, last)).toBe(expected);
  });
});
