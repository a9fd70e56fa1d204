import { describe, expect, it } from 'vitest';
import { findEmail, findUrl, nameFromDomain } from './web.ts';

describe('findUrl', () => {
  it.each([
    'Acme Ltd.',
    'Labe strojírna s.r.o.',
    'Warta Systemy Sp. z o.o.',
    'Müller GmbH & Co. KG',
    'Dr. Oetker',
    'St. Gallen A.G.',
    'http://localhost',
    'Acme',
    '',
  ])('%j holds no web address', (name) => {
    expect(findUrl(name)).toBeUndefined();
  });

  it.each([
    ['Booking.com', 'Booking.com', true, 'booking.com'],
    ['Amazon.com, Inc.', 'Amazon.com', false, 'amazon.com'],
    ['ACME.DE', 'ACME.DE', true, 'acme.de'],
    ['http://a.bc', 'http://a.bc', true, 'a.bc'],
    ['Acme (www.acme-x)', 'www.acme-x)', false, 'acme-x)'],
    ['See https://acme.cz/kontakt', 'https://acme.cz/kontakt', false, 'acme.cz'],
  ])('%j holds %j', (name, text, whole, domain) => {
    expect(findUrl(name)).toEqual({ text, whole, domain });
  });
});

describe('findEmail', () => {
  it.each([
    ['john@acme.com', 'john@acme.com', true, 'acme.com'],
    ['Acme Inc. <John@Acme.COM>', 'John@Acme.COM', false, 'acme.com'],
  ])('%j holds %j', (name, text, whole, domain) => {
    expect(findEmail(name)).toEqual({ text, whole, domain });
  });

  it.each(['Acme @ Home', 'Acme Ltd.'])('%j holds none', (name) => {
    expect(findEmail(name)).toBeUndefined();
  });
});

describe('nameFromDomain', () => {
  it.each([
    ['acme-widgets.co.uk', 'Acme Widgets'],
    ['acme.com', 'Acme'],
    ['gmail.com', undefined],
  ])('%s -> %j', (domain, name) => {
    expect(nameFromDomain(domain)).toBe(name);
  });
});
