import { describe, expect, it } from 'vitest';
import { analyzeWebsite } from './analyze.ts';

const ctx = { field: 'website' };
const codes = (input: string): string[] => analyzeWebsite(input, ctx).findings.map((f) => f.code);

// The website check reads the shared IANA root-zone list (src/fields/tld), the one email uses too.
describe('top-level domains', () => {
  it.each([
    ['www.acme.co.za', 'a ccTLD used only below a second level, missing from the older list'],
    ['acme.com.bd', 'idem'],
    ['acme.co.ck', 'idem'],
    ['https://пример.рф', 'IDN TLD'],
    ['acme.coop', 'sponsored TLD'],
  ])('%s has a known TLD (%s)', (input) => {
    expect(codes(input)).not.toContain('website.tld_unknown');
  });

  it.each([
    ['acme.abarth', 'retired from the root zone in 2023'],
    ['acme.firma', 'never delegated'],
    ['acme.con', 'a typo'],
  ])('%s has an unknown TLD (%s)', (input) => {
    expect(codes(input)).toContain('website.tld_unknown');
  });
});

describe('scheme gates', () => {
  it.each([
    ['https://hotel.com', 'https://hotel.com'],
    ['HTTPS://Hotel.com/', 'https://hotel.com'],
    ['https://http-tools.io', 'https://http-tools.io'],
    ['http://https.example.io', 'http://https.example.io'],
  ])('%j -> %j', (input, normalized) => {
    const a = analyzeWebsite(input, ctx);
    expect(a.findings).toEqual([]);
    expect(a.normalized).toBe(normalized);
  });

  it.each([
    ['HTTPS://HTTP://acme.com', 'http://acme.com'],
    ['https://https:/acme.com', 'https://acme.com'],
  ])('%j repeats its scheme; suggests %j', (input, suggestion) => {
    const [f] = analyzeWebsite(input, ctx).findings;
    expect(f).toMatchObject({ code: 'website.invalid', suggestion });
  });
});
