import { describe, expect, it } from 'vitest';
import { analyzeWebsite, normalizeWebsite } from './index.ts';
import { TLD_TYPOS, TLDS } from './lists.ts';

const ctx = { field: 'website' };

const NORMALIZED: [string, string][] = [
  ['HTTPS://WWW.Acme.COM/About/', 'https://www.acme.com/About/'],
  ['acme.com/', 'acme.com'],
  ['  www.acme.com  ', 'www.acme.com'],
  ['\u200Bacme.com\uFEFF', 'acme.com'],
  ['http//acme.com', 'http://acme.com'],
  ['http:/acme.com', 'http://acme.com'],
  ['https:\\\\acme.com', 'https://acme.com'],
  ['https;//acme.com', 'https://acme.com'],
  ['http:///acme.com/', 'http://acme.com'],
  ['https://acme.com:443/', 'https://acme.com'],
  ['http://acme.com:80/shop', 'http://acme.com/shop'],
  ['acme.com.', 'acme.com'],
  ['Müller.DE', 'müller.de'],
  ['WWW.ACME.CO.UK', 'www.acme.co.uk'],
];

const UNCHANGED = [
  'acme.com',
  'www.acme.com',
  'https://acme.com',
  'http://www.acme.com/Products?id=ABC#Top',
  'acme.com/about/',
  'shop.acme.com.au:8443',
  'https://müller.de',
  'xn--mller-kva.de',
  'https://пример.рф',
  'https://δοκιμή.gr',
  'httpbin.org',
  'https.example.io',
  'mac.com',
  'gm.com',
  'x.ai',
  'my-company.cz',
  'acme.berlin',
];

describe('normalizeWebsite', () => {
  it.each(NORMALIZED)('%j -> %j', (input, expected) => {
    expect(normalizeWebsite(input)).toBe(expected);
  });

  it.each(UNCHANGED)('leaves %j unchanged and valid', (input) => {
    const a = analyzeWebsite(input, ctx);
    expect(a.normalized).toBe(input);
    expect(a.verdict).toBe('valid');
  });

  it.each([...NORMALIZED.map(([i]) => i), ...UNCHANGED, 'www,acme.com', 'n/a', 'acme.cmo', 'info@acme.com'])(
    'is idempotent on %j',
    (input) => {
      const once = normalizeWebsite(input);
      expect(normalizeWebsite(once)).toBe(once);
    },
  );
});

describe('facts', () => {
  it.each([
    ['https://www.acme.com/x', 'acme.com', 'www.acme.com', 'https://www.acme.com/x'],
    ['shop.acme.co.uk', 'acme.co.uk', 'shop.acme.co.uk', 'https://shop.acme.co.uk'],
    ['http://www.firma.com.pl', 'firma.com.pl', 'www.firma.com.pl', 'http://www.firma.com.pl'],
    ['Müller.de/kontakt', 'xn--mller-kva.de', 'xn--mller-kva.de', 'https://müller.de/kontakt'],
    ['acme.com:8080', 'acme.com', 'acme.com', 'https://acme.com:8080'],
  ])('%j -> domain %j', (input, domain, host, url) => {
    expect(analyzeWebsite(input, ctx).facts).toEqual({ domain, host, url });
  });
});

describe('findings', () => {
  it.each([
    ['www,acme.com', 'website.invalid', 'error', 'www.acme.com'],
    ['http://www,acme.com/x?a=1,2', 'website.invalid', 'error', 'http://www.acme.com/x?a=1,2'],
    ['www. acme .com', 'website.invalid', 'error', 'www.acme.com'],
    ['www.acme..com', 'website.invalid', 'error', 'www.acme.com'],
    ['info@acme.com', 'website.invalid', 'error', 'acme.com'],
    ['mailto:info@acme.cz', 'website.invalid', 'error', 'acme.cz'],
    ['htp://acme.com', 'website.invalid', 'error', 'http://acme.com'],
    ['htps://acme.com', 'website.invalid', 'error', 'https://acme.com'],
    ['http://https://acme.com', 'website.invalid', 'error', 'https://acme.com'],
    ['acme', 'website.invalid', 'error', undefined],
    ['Acme Inc', 'website.invalid', 'error', undefined],
    ['ftp://acme.com', 'website.invalid', 'error', undefined],
    ['acme.com:99999', 'website.invalid', 'error', undefined],
    ['-acme.com', 'website.invalid', 'error', undefined],
    ['acme.123', 'website.invalid', 'error', undefined],
    ['acme.com\u0007', 'website.invalid', 'error', undefined],
    ['n/a', 'website.placeholder', 'error', undefined],
    ['None', 'website.placeholder', 'error', undefined],
    ['-', 'website.placeholder', 'error', undefined],
    ['https://www.example.com', 'website.placeholder', 'error', undefined],
    ['test.com', 'website.placeholder', 'error', undefined],
    ['shop.test', 'website.placeholder', 'error', undefined],
    ['acme.cmo', 'website.tld_unknown', 'warning', 'acme.com'],
    [
      'https://www.acme.con/about',
      'website.tld_unknown',
      'warning',
      'https://www.acme.con/about'.replace('con', 'com'),
    ],
    ['acme.corp', 'website.tld_unknown', 'warning', undefined],
    ['10.0.0.1', 'website.ip_address', 'warning', undefined],
    ['https://www.linkedin.com/company/acme', 'website.social', 'info', undefined],
    ['facebook.com/acme.cz', 'website.social', 'info', undefined],
    ['gmail.com', 'website.free_provider', 'info', undefined],
    ['www.seznam.cz', 'website.free_provider', 'info', undefined],
  ])('%j -> %s', (input, code, severity, suggestion) => {
    const a = analyzeWebsite(input, ctx);
    expect(a.findings).toHaveLength(1);
    expect(a.findings[0]).toMatchObject({ code, severity, field: 'website' });
    expect(a.findings[0]?.suggestion).toBe(suggestion);
    expect(a.findings[0]?.message.length).toBeGreaterThan(10);
    expect(a.verdict).toBe(severity === 'error' ? 'invalid' : severity === 'warning' ? 'risky' : 'valid');
  });

  it('keeps an invalid value as typed (trimmed)', () => {
    expect(analyzeWebsite(' www,acme.com ', ctx).normalized).toBe('www,acme.com');
  });
});

describe('bad input', () => {
  it.each(['', '   ', '\t\n', '\u200B'])('%j is empty', (input) => {
    expect(analyzeWebsite(input, ctx)).toMatchObject({ verdict: 'empty', findings: [] });
  });

  it('rejects a 1 MB value quickly', () => {
    const huge = `http://${'http://'.repeat(150_000)}acme.com`;
    const started = performance.now();
    const a = analyzeWebsite(huge, ctx);
    expect(a.verdict).toBe('invalid');
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('data: typo keys are not real TLDs', () => {
    for (const typo of TLD_TYPOS.keys()) expect(TLDS.has(typo)).toBe(false);
    expect(TLDS.size).toBeGreaterThan(1400);
    expect(TLDS.has('xn--p1ai')).toBe(true);
  });
});
