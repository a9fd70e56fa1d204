import { describe, expect, it } from 'vitest';
import { asciiSlug, romanizationVariant, stripDiacritics, transliterate } from './translit.ts';

describe('transliterate', () => {
  it.each([
    ['Γεώργιος Παπαδόπουλος', 'Georgios Papadopoulos'],
    ['Παπαδοπούλου', 'Papadopoulou'],
    ['Ελευθέριος', 'Eleftherios'],
    ['Ευαγγελία', 'Evangelia'],
    ['Μπακογιάννης', 'Bakogiannis'],
    ['Χρήστος', 'Christos'],
    ['ΑΘΗΝΑ', 'ATHINA'],
    ['Александр Иванов', 'Aleksandr Ivanov'],
    ['Юлия Щербакова', 'Yuliya Shcherbakova'],
    ['Алексей Соловьёв', 'Aleksey Solovev'],
    ['ООО «Ромашка»', 'OOO «Romashka»'],
    ['Dvořák', 'Dvořák'],
    ['', ''],
  ])('%s → %s', (input, expected) => {
    expect(transliterate(input)).toBe(expected);
  });
});

describe('stripDiacritics and asciiSlug', () => {
  it.each([
    ['Dvořák', 'Dvorak'],
    ['Łukasz Wiśniewski', 'Lukasz Wisniewski'],
    ['Žemaitytė', 'Zemaityte'],
    ['Straße', 'Strasse'],
    ['Ørsted', 'Orsted'],
    ['McDonald', 'McDonald'],
  ])('strips %s → %s', (input, expected) => {
    expect(stripDiacritics(input)).toBe(expected);
  });

  it.each([
    ["O'Brien", 'obrien'],
    ['van der Berg', 'vanderberg'],
    ['Müller & Söhne', 'mullersohne'],
    ['Παπαδόπουλος', 'papadopoulos'],
    ['Соловьёв', 'solovev'],
  ])('slugs %s → %s', (input, expected) => {
    expect(asciiSlug(input)).toBe(expected);
  });
});

describe('romanizationVariant', () => {
  it.each([['Aleksandr'], ['Yuliya'], ['Khristos'], ['Dmitriy'], ['Christos'], ['Kyriakos']])(
    'gives another spelling of %s',
    (latin) => {
      const variants = new Set(Array.from({ length: 16 }, (_, rule) => romanizationVariant(latin, rule)));
      variants.delete(latin);
      expect(variants.size).toBeGreaterThan(0);
    },
  );

  it('leaves a name no rule applies to unchanged', () => {
    expect(romanizationVariant('Anna', 0)).toBe('Anna');
  });
});
