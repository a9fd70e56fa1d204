import { describe, expect, it } from 'vitest';
import { isKnownTld, KNOWN_TLDS, tldOf } from './index.ts';

describe('isKnownTld', () => {
  it.each([
    ['com', 'generic'],
    ['coop', 'sponsored, one edit from "com"'],
    ['co', 'Colombia, one edit from "com"'],
    ['cm', 'Cameroon'],
    ['om', 'Oman'],
    ['cz', 'country code'],
    ['uk', 'country code'],
    ['za', 'country code only used below a second level (co.za)'],
    ['ck', 'country code only used below a second level (co.ck)'],
    ['bd', 'country code only used below a second level (com.bd)'],
    ['goo', 'brand TLD in the 2026-01-19 list'],
    ['xn--p1ai', '.рф in punycode'],
    ['xn--90ais', '.бел in punycode'],
    ['xn--qxam', '.ελ in punycode'],
    ['arpa', 'infrastructure'],
  ])('%s is delegated (%s)', (label) => {
    expect(isKnownTld(label)).toBe(true);
  });

  it.each([
    ['con', 'typo of com'],
    ['cmo', 'typo of com'],
    ['ogr', 'typo of org'],
    ['abarth', 'retired in 2023'],
    ['local', 'mDNS, never delegated'],
    ['localhost', 'reserved (RFC 6761)'],
    ['example', 'reserved (RFC 2606)'],
    ['COM', 'upper case: callers lower-case first'],
    ['рф', 'Unicode: callers convert to punycode first'],
    ['.com', 'with its dot'],
    ['co.uk', 'a public suffix, not a TLD'],
    ['xn--', 'empty punycode label'],
    ['', 'blank'],
    [' com', 'white space'],
    ['c\u0000om', 'control character'],
  ])('%j is not (%s)', (label) => {
    expect(isKnownTld(label)).toBe(false);
  });

  it('rejects a 1 MB string at once', () => {
    expect(isKnownTld('a'.repeat(1_000_000))).toBe(false);
  });
});

describe('KNOWN_TLDS', () => {
  it('holds the whole IANA list, lower-case ASCII, IDNs in punycode', () => {
    expect(KNOWN_TLDS.size).toBe(1438);
    for (const tld of KNOWN_TLDS) expect(tld).toMatch(/^(?:[a-z]{2,}|xn--[a-z0-9-]+)$/);
    expect([...KNOWN_TLDS].filter((t) => t.startsWith('xn--')).length).toBeGreaterThan(140);
  });
});

describe('tldOf', () => {
  it.each([
    ['acme.com', 'com'],
    ['shop.acme.co.uk', 'uk'],
    ['xn--e1afmkfd.xn--p1ai', 'xn--p1ai'],
    ['localhost', 'localhost'],
    ['acme.', ''],
    ['', ''],
  ])('%j -> %j', (host, tld) => {
    expect(tldOf(host)).toBe(tld);
  });
});
