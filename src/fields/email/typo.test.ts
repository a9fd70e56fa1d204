import { describe, expect, it } from 'vitest';
import { certainDomainFix, suggestDomain, withinOneEdit } from './typo.ts';

describe('suggestDomain', () => {
  it.each([
    ['gmial.com', 'gmail.com'],
    ['gmai.com', 'gmail.com'],
    ['gnail.com', 'gmail.com'],
    ['gmaill.com', 'gmail.com'],
    ['gmail.co', 'gmail.com'],
    ['gmail.cm', 'gmail.com'],
    ['gmail.om', 'gmail.com'],
    ['gmail.cmo', 'gmail.com'],
    ['gmail.c', 'gmail.com'],
    ['gmial.con', 'gmail.com'],
    ['googlemial.com', 'googlemail.com'],
    ['hotmial.com', 'hotmail.com'],
    ['hotmail.co', 'hotmail.com'],
    ['hotmal.co.uk', 'hotmail.co.uk'],
    ['yaho.com', 'yahoo.com'],
    ['yahooo.com', 'yahoo.com'],
    ['outlok.com', 'outlook.com'],
    ['iclod.com', 'icloud.com'],
    ['seznma.cz', 'seznam.cz'],
    ['seznam.zc', 'seznam.cz'],
    ['seznam.cy', 'seznam.cz'],
    ['intreia.pl', 'interia.pl'],
    ['yandex.rru', 'yandex.ru'],
    ['example.con', 'example.com'],
    ['example.nte', 'example.net'],
    ['example.ogr', 'example.org'],
    ['example.comm', 'example.com'],
    ['firma.dee', 'firma.de'],
    ['gmailcom', 'gmail.com'],
    ['gmail', 'gmail.com'],
    ['hotmail', 'hotmail.com'],
  ])('%s → %s', (domain, suggestion) => {
    expect(suggestDomain(domain)).toBe(suggestion);
  });

  it.each([
    'gmail.com',
    'mac.com',
    'me.com',
    'gm.com',
    'gmc.com',
    'ya.ru',
    'ymail.com',
    'email.com',
    'mail.com',
    'aol.com',
    'gmx.de',
    'gmx.net',
    'gmx.at',
    'web.de',
    'wp.pl',
    'o2.pl',
    'live.com',
    'love.com',
    'hotmail.be',
    'hotmail.de',
    'yahoo.at',
    'yahoo.co.jp',
    'example.coop',
    'company.co',
    'company.cm',
    'oman-company.om',
    'acme.com',
    'acme.ne',
    'corp.local',
    'iana.co-uk',
    'xn--maana-pta.com',
  ])('leaves %s alone', (domain) => {
    expect(suggestDomain(domain)).toBeNull();
  });
});

describe('certainDomainFix', () => {
  it.each([
    ['gmail.con', 'gmail.com'],
    ['gmail.cmo', 'gmail.com'],
    ['gmail.comm', 'gmail.com'],
    ['gmail.vom', 'gmail.com'],
    ['hotmail.con', 'hotmail.com'],
    ['yahoo.cim', 'yahoo.com'],
    ['outlook.coom', 'outlook.com'],
    ['comcast.nte', 'comcast.net'],
    ['seznam.zc', 'seznam.cz'],
  ])('%s → %s', (domain, fixed) => {
    expect(certainDomainFix(domain)).toBe(fixed);
  });

  it.each([
    'gmail.co',
    'gmail.cm',
    'gmail.om',
    'gmial.com',
    'gmail.c',
    'example.con',
    'gmx.con',
    'gmail.com',
  ])('only suggests for %s', (domain) => {
    expect(certainDomainFix(domain)).toBeNull();
  });
});

describe('withinOneEdit', () => {
  it.each([
    ['com', 'com', true],
    ['con', 'com', true],
    ['cmo', 'com', true],
    ['comm', 'com', true],
    ['co', 'com', true],
    ['gmial', 'gmail', true],
    ['', 'a', true],
    ['c', 'com', false],
    ['ocm', 'com', true],
    ['mco', 'com', false],
    ['abcd', 'badc', false],
    ['seznam', 'sezman', false],
  ])('%s ~ %s: %s', (a, b, near) => {
    expect(withinOneEdit(a, b)).toBe(near);
    expect(withinOneEdit(b, a)).toBe(near);
  });
});
