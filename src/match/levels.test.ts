import { describe, expect, it } from 'vitest';
import { CONTACT_FEATURES, featureTable, type MatchRecord } from './features.ts';
import { compileComparison, TokenWeights } from './levels.ts';
import { presetModel } from './presets.ts';

const model = presetModel({ available: new Set(CONTACT_FEATURES), custom: new Map(), records: 1000 });

// Word weights come from the whole file: in a CRM, "group" and "holding" are in many company names.
const BACKGROUND = [
  'Globex Group',
  'Initech Group',
  'Umbrella Group',
  'Hooli Group',
  'Stark Group',
  'Wayne Holding',
];

/** The label of the level two records reach in one comparison of the contact presets. */
function level(comparison: string, a: MatchRecord, b: MatchRecord): string {
  const spec = model.comparisons.find((c) => c.name === comparison)!;
  const table = featureTable([a, b], [...CONTACT_FEATURES]);
  const background = featureTable(
    BACKGROUND.map((company) => ({ company })),
    ['company'],
  );
  const weights = (f: string) =>
    new TokenWeights(f === 'company' ? [table.column(f), background.column(f)] : [table.column(f)]);
  const compiled = compileComparison(spec, table, table, weights);
  return spec.levels[compiled.levelOf(0, 1)]!.label;
}

const p = (first_name: string, last_name: string): MatchRecord => ({ first_name, last_name });

describe('first name levels', () => {
  it.each([
    [p('Robert', 'Smith'), p('Robert', 'Smyth'), 'same'],
    [p('ROBERT', 'Smith'), p('robert ', 'Smith'), 'same'],
    [p('Ελένη', 'Pappa'), p('Eleni', 'Pappa'), 'same'],
    [p('Dvořák', 'X'), p('Dvorak', 'X'), 'same'],
    [p('Bob', 'Smith'), p('Robert', 'Smith'), 'nickname or variant (Bob/Robert, Honza/Jan)'],
    [p('Honza', 'Novák'), p('Jan', 'Novák'), 'nickname or variant (Bob/Robert, Honza/Jan)'],
    [p('Kasia', 'Nowak'), p('Katarzyna', 'Nowak'), 'nickname or variant (Bob/Robert, Honza/Jan)'],
    [p('Sasha', 'Ivanov'), p('Aleksandr', 'Ivanov'), 'nickname or variant (Bob/Robert, Honza/Jan)'],
    [p('Radoslav', 'Smith'), p('Radoslaw', 'Smith'), 'similar (Jaro-Winkler ≥ 0.92)'],
    [p('J.', 'Smith'), p('John', 'Smith'), 'initial of the other'],
    [p('Novák', 'Jan'), p('Jan', 'Novák'), 'swapped with last name'],
    [p('Robert', 'Smith'), p('William', 'Smith'), 'different'],
    [p('', 'Smith'), p('William', 'Smith'), 'missing'],
    [p('Test', 'Smith'), p('Test', 'Smith'), 'missing'],
  ])('%o vs %o: %s', (a, b, expected) => {
    expect(level('first_name', a, b)).toBe(expected);
  });
});

describe('last name levels', () => {
  it.each([
    [p('A', 'Dvořák'), p('A', 'DVORAK'), 'same'],
    [p('A', 'Παπαδόπουλος'), p('A', 'Papadopoulos'), 'same'],
    [p('A', 'Schmidt'), p('A', 'Schmitt'), 'similar (Jaro-Winkler ≥ 0.92)'],
    [p('A', 'Meyer'), p('A', 'Maier'), 'sounds the same'],
    [p('A', 'Smith'), p('A', 'Jones'), 'different'],
    [p('A', ''), p('A', 'Jones'), 'missing'],
  ])('%o vs %o: %s', (a, b, expected) => {
    expect(level('last_name', a, b)).toBe(expected);
  });
});

describe('email levels', () => {
  const e = (email: string): MatchRecord => ({ email });
  it.each([
    ['jan.novak@firma.cz', 'Jan.Novak@FIRMA.cz', 'same mailbox'],
    ['John.Smith@gmail.com', 'johnsmith@googlemail.com', 'same mailbox'],
    ['john+crm@gmail.com', 'john@gmail.com', 'same mailbox'],
    ['mailto:jan@firma.cz', 'jan@firma.cz', 'same mailbox'],
    ['jan.novak@gmial.com', 'jan.novak@gmail.com', 'one typo apart'],
    ['jan.novak@firma.cz', 'petr.svoboda@firma.cz', 'different'],
    // Role and placeholder mailboxes identify nobody.
    ['info@firma.cz', 'info@firma.cz', 'missing'],
    ['test@example.com', 'test@example.com', 'missing'],
    ['', 'jan@firma.cz', 'missing'],
  ])('%s vs %s: %s', (a, b, expected) => {
    expect(level('email', e(a), e(b))).toBe(expected);
  });
});

describe('phone levels', () => {
  it.each([
    [
      { phone: '+420 777 123 456' },
      { phone: '777123456', country: 'Czechia' },
      'same number (phone or mobile)',
    ],
    [{ phone: '+44 20 7123 4567' }, { mobile: '+442071234567' }, 'same number (phone or mobile)'],
    [{ phone: '+420 777 123 456' }, { phone: '+421 777 123 456' }, 'same last 7 digits'],
    [{ phone: '+420 777 123 456' }, { phone: '+420 603 987 654' }, 'different'],
    // Numbers reserved for fiction (NANP 555-01xx, UK drama ranges) and placeholders identify nobody.
    [{ phone: '(212) 555-0100', country: 'US' }, { phone: '212-555-0100', country: 'US' }, 'missing'],
    [{ phone: '+44 20 7946 0123' }, { phone: '+44 20 7946 0123' }, 'missing'],
    [{ phone: '' }, { phone: '+420 603 987 654' }, 'missing'],
  ] as [MatchRecord, MatchRecord, string][])('%o vs %o: %s', (a, b, expected) => {
    expect(level('phone', a, b)).toBe(expected);
  });
});

describe('company levels', () => {
  const c = (company: string): MatchRecord => ({ company });
  it.each([
    ['Acme Inc.', 'ACME, Inc', 'same company (legal form aside)'],
    ['Škoda Auto a.s.', 'Skoda Auto', 'same company (legal form aside)'],
    ['ООО «Ромашка»', 'Romashka LLC', 'same company (legal form aside)'],
    ['Lebedev Torg Sp. z o.o.', 'Lebedev Torg', 'same company (legal form aside)'],
    ['IBM', 'International Business Machines', 'acronym of the other'],
    ['Acme Logistics Group', 'Acme Logistics', 'mostly the same words'],
    ['Acme GmbH', 'Globex GmbH', 'different'],
    ['', 'Globex', 'missing'],
  ])('%s vs %s: %s', (a, b, expected) => {
    expect(level('company', c(a), c(b))).toBe(expected);
  });
});

describe('domain, place and title levels', () => {
  it.each([
    ['domain', { website: 'https://www.acme.com/about' }, { website: 'ACME.com' }, 'same domain'],
    // The domain is the website's: a work email's domain is the email comparison's evidence.
    ['domain', { website: 'https://www.acme.com/about' }, { email: 'jan@acme.com' }, 'missing'],
    ['domain', { website: 'acme.co.uk' }, { website: 'http://shop.acme.co.uk' }, 'same domain'],
    // A free mailbox says nothing about the company's domain.
    ['domain', { email: 'jan@gmail.com' }, { email: 'petr@gmail.com' }, 'missing'],
    ['city', { city: 'Saint-Étienne' }, { city: 'saint etienne' }, 'same'],
    ['city', { city: 'Praha' }, { city: 'Brno' }, 'different'],
    ['postcode', { postcode: '110 00' }, { postcode: '11000' }, 'same'],
    ['postcode', { postcode: 'SW1A 1AA' }, { postcode: 'SW1A 1AB' }, 'one typing edit apart'],
    ['street', { street: 'Kalvarijų gatvė 113-7' }, { street: 'Kalvarijų gatvė 113 7' }, 'same'],
    ['job_title', { job_title: 'Head of Sales' }, { job_title: 'head of sales' }, 'same'],
    ['country', { country: 'USA' }, { country: 'United States' }, 'same'],
    ['country', { country: 'Česko' }, { country: 'Germany' }, 'different'],
  ] as [string, MatchRecord, MatchRecord, string][])('%s: %o vs %o: %s', (comparison, a, b, expected) => {
    expect(level(comparison, a, b)).toBe(expected);
  });
});
