import { describe, expect, it } from 'vitest';
import { foldName } from './fold.ts';
import { areGenderVariants } from './gender.ts';

describe('areGenderVariants', () => {
  it.each([
    ['Jan', 'Jana'],
    ['Johan', 'Johanna'],
    ['Daniel', 'Daniela'],
    ['Daniel', 'Danielle'],
    ['Petr', 'Petra'],
    ['Aleksandr', 'Aleksandra'],
    ['Louis', 'Louise'],
    ['Novák', 'Nováková'],
    ['Černý', 'Černá'],
    ['Kowalski', 'Kowalska'],
    ['Nowicki', 'Nowicka'],
    ['Ivanov', 'Ivanova'],
    ['Tolstoy', 'Tolstaya'],
    ['Xenakis', 'Xenaki'],
    ['Papadopoulos', 'Papadopoulou'],
    ['Gudelis', 'Gudelienė'],
    ['Kazlauskas', 'Kazlauskienė'],
    ['Jonaitis', 'Jonaitytė'],
    ['Bērziņš', 'Bērziņa'],
  ])('%s / %s are one name in two gender forms', (a, b) => {
    expect(areGenderVariants(foldName(a), foldName(b))).toBe(true);
    expect(areGenderVariants(foldName(b), foldName(a))).toBe(true);
  });

  it.each([
    ['Jan', 'Jan'],
    ['Jan', 'Jon'],
    ['Smith', 'Smyth'],
    ['Anna', 'Hana'],
    ['Maria', 'Mario'],
    ['Novák', 'Novotný'],
    ['Jonathan', 'Jonathon'],
    ['A', 'Aa'],
    ['Alexander', 'Alex'],
  ])('%s / %s are not', (a, b) => {
    expect(areGenderVariants(foldName(a), foldName(b))).toBe(false);
  });
});
