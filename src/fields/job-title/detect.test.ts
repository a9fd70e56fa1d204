import { describe, expect, it } from 'vitest';
import { detectNotATitle, isPlaceholderTitle, looksLikeCompany } from './index.ts';

describe('isPlaceholderTitle', () => {
  it.each([
    'test',
    'Test',
    'TESTING',
    'test123',
    'asdf',
    'qwerty',
    'x',
    'xx',
    'xxx',
    'XXXX',
    'n/a',
    'N/A',
    'n.a.',
    'NA',
    'none',
    'null',
    'undefined',
    'unknown',
    'tbd',
    '-',
    '--',
    '.',
    '?',
    '...',
    '0',
    '123',
    '1234',
    'to be determined',
    'not applicable',
    'job title',
    'keine Angabe',
    'brak',
    'neuvedeno',
    'не указано',
    '------------------------------',
    'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
  ])('%j is a placeholder', (value) => expect(isPlaceholderTitle(value)).toBe(true));

  it.each([
    'CEO',
    'IT',
    'HR',
    'PM',
    'QA',
    'Test Engineer',
    'Tester',
    'Owner',
    'Partner',
    'Ninja',
    'VP',
    'Testing Manager',
    'Director of Testing',
    'Senior Software Engineer',
    'Chief Executive Officer',
  ])('%j is not a placeholder', (value) => expect(isPlaceholderTitle(value)).toBe(false));
});

describe('detectNotATitle', () => {
  it.each([
    ['jan.novak@firma.cz', 'email'],
    ['Sales Manager (jan@firma.cz)', 'email'],
    ['http://linkedin.com/in/x', 'url'],
    ['www.firma.cz', 'url'],
    ['+48 22 123 45 67', 'phone'],
    ['(555) 123-4567', 'phone'],
    ['mobile: +420 777 888 999', 'phone'],
    ['x'.repeat(201), 'too_long'],
  ])('%j → %s', (value, reason) => expect(detectNotATitle(value)).toBe(reason));

  it.each([
    'CEO',
    'Sales Manager EMEA',
    'Level 3 Support',
    'Engineer II',
    '24/7 Support Agent',
    'R&D',
    'C# Developer',
  ])('%j is a title', (value) => expect(detectNotATitle(value)).toBeUndefined());
});

describe('looksLikeCompany', () => {
  it.each([
    'Acme Inc.',
    'Acme Ltd',
    'Müller GmbH',
    'Beta a.s.',
    'Gamma s.r.o.',
    'Delta S.A.',
    'UAB Vilniaus',
    'ООО «Ромашка»',
  ])('%j is a company', (value) => expect(looksLikeCompany(value)).toBe(true));
  it.each(['CEO', 'Inc', 'Sales Manager', 'Director of Sales'])('%j is not', (value) =>
    expect(looksLikeCompany(value)).toBe(false),
  );
});
