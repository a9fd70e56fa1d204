import { describe, expect, it } from 'vitest';
import { publicSuffix, registrableDomain } from './index.ts';

describe('registrableDomain', () => {
  it.each([
    ['acme.com', 'acme.com'],
    ['www.acme.com', 'acme.com'],
    ['WWW.Acme.COM.', 'acme.com'],
    ['a.b.c.acme.de', 'acme.de'],
    ['www.acme.co.uk', 'acme.co.uk'],
    ['shop.acme.org.uk', 'acme.org.uk'],
    ['www.nhs.uk', 'www.nhs.uk'],
    ['trust.nhs.uk', 'trust.nhs.uk'],
    ['www.acme.com.au', 'acme.com.au'],
    ['www.toyota.co.jp', 'toyota.co.jp'],
    ['firma.com.pl', 'firma.com.pl'],
    ['sklep.firma.waw.pl', 'firma.waw.pl'],
    ['www.acme.com.br', 'acme.com.br'],
    ['acme.co.nz', 'acme.co.nz'],
    ['www.acme.com.cy', 'acme.com.cy'],
    ['www.gov.uk', 'www.gov.uk'],
    ['co.uk', 'co.uk'],
    ['uk', 'uk'],
    ['x.com', 'x.com'],
    ['info.cz', 'info.cz'],
    ['www.info.cz', 'info.cz'],
    ['xn--mller-kva.de', 'xn--mller-kva.de'],
  ])('%j -> %j', (host, expected) => {
    expect(registrableDomain(host)).toBe(expected);
  });
});

describe('publicSuffix', () => {
  it.each([
    ['acme.com', 'com'],
    ['acme.co.uk', 'co.uk'],
    ['acme.gv.at', 'gv.at'],
    ['acme.co.com', 'com'],
    ['localhost', 'localhost'],
  ])('%j -> %j', (host, expected) => {
    expect(publicSuffix(host)).toBe(expected);
  });
});
