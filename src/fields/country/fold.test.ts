import { describe, expect, it } from 'vitest';
import { foldPlaceKey, placeKey } from './fold.ts';
import { editDistance, typoCountry } from './typo.ts';

describe('placeKey', () => {
  it.each([
    ['U.S.A.', 'usa'],
    ['U. S. A.', 'usa'],
    ['The Netherlands', 'netherlands'],
    ['Guinea-Bissau', 'guineabissau'],
    ['St. Lucia', 'saintlucia'],
    ['Bosnia & Herzegovina', 'bosniaandherzegovina'],
    ["Côte d'Ivoire", 'côtedivoire'],
    ['Korea, Republic of', 'korearepublicof'],
    ['ČR', 'čr'],
    ['Ελλάδα', 'ελλάδα'],
    ['', ''],
    ['...', ''],
    ['Theland', 'theland'],
  ])('%j → %j', (value, key) => {
    expect(placeKey(value)).toBe(key);
  });

  it.each([
    ['čr', 'cr'],
    ['côtedivoire', 'cotedivoire'],
    ['ελλάδα', 'ελλαδα'],
    ['россия', 'россия'],
    ['usa', 'usa'],
  ])('foldPlaceKey(%j) → %j', (key, folded) => {
    expect(foldPlaceKey(key)).toBe(folded);
  });

  it.each(['U.S.A.', 'Česká republika', 'Guinea-Bissau'])('is idempotent on %j', (value) => {
    const key = placeKey(value);
    expect(placeKey(key)).toBe(key);
    expect(foldPlaceKey(foldPlaceKey(key))).toBe(foldPlaceKey(key));
  });
});

describe('typo detection', () => {
  it.each([
    ['germany', 'germny', 1],
    ['germany', 'gremany', 1],
    ['abc', 'abc', 0],
    ['kitten', 'sitting', 3],
    ['a', 'abcd', 3],
  ])('editDistance(%j, %j) = %d within a generous limit', (a, b, d) => {
    expect(editDistance(a, b, 5)).toBe(d);
  });

  it('stops above the limit', () => {
    expect(editDistance('abcdefgh', 'zyxwvuts', 2)).toBe(3);
  });

  it.each([
    ['germny', 'DE'],
    ['swizerland', 'CH'],
    ['czechrepulic', 'CZ'],
    ['austrai', undefined],
    ['narnia', undefined],
    ['ital', undefined],
  ])('typoCountry(%j) = %s', (key, code) => {
    expect(typoCountry(key)).toBe(code);
  });
});
