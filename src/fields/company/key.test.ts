import { describe, expect, it } from 'vitest';
import { companyKey } from './analyze.ts';
import { keyOfBase } from './key.ts';

describe('companyKey', () => {
  it.each([
    ['Acme, Inc.', 'acme'],
    ['ACME Incorporated', 'acme'],
    ['Škoda Auto a.s.', 'skoda auto'],
    ['ООО «Ромашка»', 'romashka'],
    ['UAB „Švyturys“', 'svyturys'],
    ['Wiśniewski i Synowie Sp. z o.o.', 'wisniewski i synowie'],
    ['Procter & Gamble', 'procter gamble'],
    ['The Coca-Cola Company', 'coca cola'],
    ["L'Oréal S.A.", 'loreal'],
    ['I.B.M.', 'ibm'],
    ['Ελληνικά Πετρέλαια Α.Ε.', 'ellinika petrelaia'],
    ['Siemens AG (Munich)', 'siemens munich'],
    ['', ''],
    ['-', ''],
  ])('%s -> %s', (name, key) => {
    expect(companyKey(name)).toBe(key);
  });

  it.each([
    ['Acme, Inc.', 'ACME Incorporated'],
    ['Škoda Auto a.s.', 'Skoda Auto'],
    ['Procter & Gamble', 'Procter and Gamble'],
    ['McKinsey & Company', 'McKinsey & Co.'],
    ['Müller GmbH', 'MUELLER GMBH'.replace('UE', 'Ü')],
    ['OOO Romashka', 'ООО «Ромашка»'],
    ['Acme Ltd', 'Acme Limited'],
    ['IBM', 'I.B.M.'],
    ['Siemens AG', 'Siemens Aktiengesellschaft'],
    ['Co-op', 'Coop'],
  ])('%s and %s share a key', (a, b) => {
    expect(companyKey(a)).toBe(companyKey(b));
  });

  it.each([
    ['Acme', 'Acne'],
    ['Siemens', 'Siemens Healthineers'],
    ['AT&T', 'ATT Consulting'],
  ])('%s and %s keep different keys', (a, b) => {
    expect(companyKey(a)).not.toBe(companyKey(b));
  });

  it('uses the country for ambiguous forms', () => {
    expect(companyKey('AB Volvo')).toBe('ab volvo');
    expect(companyKey('AB Volvo', 'SE')).toBe('volvo');
  });

  it.each([
    ['constructor', 'constructor'],
    ['Toys"R"Us', 'toys r us'],
    ['x'.repeat(1_000_000), 'x'.repeat(250)],
  ])('keyOfBase(%s) is plain', (base, key) => {
    expect(keyOfBase(base)).toBe(key);
  });
});

describe('keyOfBase of values already shaped like a key', () => {
  it.each([
    ['Thames Design', 'thames design'],
    ['thames design', 'thames design'],
    ['The Acme', 'acme'],
    ['Acme and Sons', 'acme sons'],
    ['Acme Co', 'acme company'],
    ['Acme Intl Bros', 'acme international brothers'],
    ['A B C Trading', 'abc trading'],
    ['Acme  Trading', 'acme trading'],
    [' Acme', 'acme'],
    ['Theatre Cobra', 'theatre cobra'],
    ['Co-op Stores', 'coop stores'],
    ['7 Eleven', '7 eleven'],
  ])('%j -> %j', (base, key) => {
    expect(keyOfBase(base)).toBe(key);
  });
});
