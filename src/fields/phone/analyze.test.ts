import { describe, expect, it } from 'vitest';
import type { FieldAnalysis } from '../types.ts';
import { analyzePhone, type PhoneFacts, phoneAnalyzer } from './index.ts';

const phone = (input: string, country?: string, field = 'phone') => analyzePhone(input, { field, country });

// [input, record country, E.164]: valid numbers, normalized with certainty.
const VALID: [string, string | undefined, string][] = [
  ['+420 601 123 456', undefined, '+420601123456'],
  ['601 123 456', 'CZ', '+420601123456'],
  ['601123456', 'cz', '+420601123456'],
  ['+420-601-123-456', undefined, '+420601123456'],
  ['00420 601 123 456', undefined, '+420601123456'],
  ['00 420 601 123 456', 'DE', '+420601123456'],
  ['420601123456', 'CZ', '+420601123456'],
  ['(+420) 601 123 456', undefined, '+420601123456'],
  ['+420 (0)601 123 456', undefined, '+420601123456'],
  ['tel:+420601123456', undefined, '+420601123456'],
  ['Tel.: +420 601 123 456', undefined, '+420601123456'],
  ['+420 221 111 112', undefined, '+420221111112'],
  ['601 123 456', 'PL', '+48601123456'],
  ['+48 22 123 45 67', undefined, '+48221234567'],
  ['0048 22 123 45 67', undefined, '+48221234567'],
  ['+30 210 3236789', undefined, '+302103236789'],
  ['210 3236789', 'GR', '+302103236789'],
  ['+30 694 5123456', undefined, '+306945123456'],
  ['+370 612 34567', undefined, '+37061234567'],
  ['8 612 34567', 'LT', '+37061234567'],
  ['+370 5 2123456', undefined, '+37052123456'],
  ['+7 495 123-45-67', undefined, '+74951234567'],
  ['8 (495) 123-45-67', 'RU', '+74951234567'],
  ['+7 912 345-67-89', undefined, '+79123456789'],
  ['+49 30 1234567', undefined, '+49301234567'],
  ['030 1234567', 'DE', '+49301234567'],
  ['030/1234567', 'DE', '+49301234567'],
  ['+49 (0)30 1234567', undefined, '+49301234567'],
  ['0049 30 1234567', undefined, '+49301234567'],
  ['+49 1512 3456789', undefined, '+4915123456789'],
  ['+33 1 42 68 53 00', undefined, '+33142685300'],
  ['01 42 68 53 00', 'FR', '+33142685300'],
  ['+33 (0)1 42 68 53 00', undefined, '+33142685300'],
  ['+33 6 12 34 56 78', undefined, '+33612345678'],
  ['+44 20 7183 8750', undefined, '+442071838750'],
  ['020 7183 8750', 'GB', '+442071838750'],
  ['+44 (0) 20 7183 8750', undefined, '+442071838750'],
  ['07400 123456', 'GB', '+447400123456'],
  ['0044 20 7183 8750', 'US', '+442071838750'],
  ['(415) 867-5309', 'US', '+14158675309'],
  ['1-415-867-5309', 'US', '+14158675309'],
  ['415.867.5309', 'US', '+14158675309'],
  ['+1 (212) 736-5000', undefined, '+12127365000'],
  ['011 44 20 7183 8750', 'US', '+442071838750'],
  ['+372 5123 4567', undefined, '+37251234567'],
  ['601 123 456', 'AQ', '601 123 456'],
];

// [input, record country, normalized]: extensions are kept in RFC 3966 form.
const EXTENSIONS: [string, string | undefined, string][] = [
  ['+1 415 867 5309 x12', undefined, '+14158675309;ext=12'],
  ['+1 415 867 5309 ext. 12', undefined, '+14158675309;ext=12'],
  ['(415) 867-5309 #12', 'US', '+14158675309;ext=12'],
  ['+420 221 111 112 kl. 25', undefined, '+420221111112;ext=25'],
  ['+420 221 111 112, linka 25', undefined, '+420221111112;ext=25'],
  ['+48 22 123 45 67 wew. 12', undefined, '+48221234567;ext=12'],
  ['+7 495 123-45-67 доб. 123', undefined, '+74951234567;ext=123'],
  ['+30 210 3236789 εσωτ. 5', undefined, '+302103236789;ext=5'],
  ['+420 383 545 980 (ext. 583)', 'CZ', '+420383545980;ext=583'],
  ['+1 415 867 5309 (x123)', undefined, '+14158675309;ext=123'],
  ['+420 221 111 112 (kl. 12)', undefined, '+420221111112;ext=12'],
  ['(415) 867-5309 ( ext 7 )', 'US', '+14158675309;ext=7'],
  ['030 1234567 DW 44', 'DE', '+49301234567;ext=44'],
  ['+14158675309;ext=12', undefined, '+14158675309;ext=12'],
];

// Values that must come back exactly as given.
const UNCHANGED: [string, string | undefined][] = [
  ['+420601123456', undefined],
  ['+420601123456', 'DE'],
  ['+48221234567', 'CZ'],
  ['+14158675309;ext=12', 'US'],
  ['+442071838750', undefined],
  ['+302103236789', 'GR'],
  ['+74951234567', 'RU'],
  ['+37061234567', 'LT'],
  ['1-800-FLOWERS', 'US'],
  ['601 123 456', undefined],
  ['+420 123 456 789', undefined],
];

// [input, record country, field, the finding codes]
const FINDINGS: [string, string | undefined, string, string[]][] = [
  ['abc', undefined, 'phone', ['phone.invalid']],
  ['12', 'CZ', 'phone', ['phone.invalid']],
  ['+', undefined, 'phone', ['phone.invalid']],
  ['+999 1112223333', undefined, 'phone', ['phone.invalid']],
  ['+420 601 12345', undefined, 'phone', ['phone.invalid']],
  ['+420 601 123 456 789 012', undefined, 'phone', ['phone.invalid']],
  ['call me maybe', 'CZ', 'phone', ['phone.invalid']],
  ['+4206011234567', undefined, 'phone', ['phone.unassigned']],
  ['+420 199 123 456', undefined, 'phone', ['phone.unassigned']],
  ['1234567890', 'US', 'phone', ['phone.fake']],
  ['+420 123 456 789', undefined, 'phone', ['phone.fake']],
  ['0000000', undefined, 'phone', ['phone.fake']],
  ['111 111 111', 'CZ', 'phone', ['phone.fake']],
  ['987654321', 'CZ', 'phone', ['phone.fake']],
  ['+420 600 000 000', undefined, 'phone', ['phone.fake']],
  ['(415) 555-0123', 'US', 'phone', ['phone.fake']],
  ['+1 212 555 0199', undefined, 'phone', ['phone.fake']],
  ['+44 20 7946 0958', undefined, 'phone', ['phone.fake']],
  ['+44 7700 900123', undefined, 'phone', ['phone.fake']],
  ['601 123 456', undefined, 'phone', ['phone.no_region']],
  ['420601123456', undefined, 'phone', ['phone.missing_plus']],
  ['48601123456', 'CZ', 'phone', ['phone.missing_plus']],
  ['030 1234567', 'CZ', 'phone', ['phone.region_mismatch']],
  ['601 123 456 / 602 654 321', 'CZ', 'phone', ['phone.multiple']],
  ['+420 601 123 456, +48 22 123 45 67', undefined, 'phone', ['phone.multiple']],
  ['601 123 456 nebo 602 654 321', 'CZ', 'phone', ['phone.multiple']],
  ['1-800-FLOWERS', 'US', 'phone', ['phone.vanity']],
  ['+1 415 867 5309 x12', undefined, 'phone', ['phone.extension']],
  ['+420 900 123 456', undefined, 'phone', ['phone.premium']],
  ['+420 221 111 112', undefined, 'mobile', ['phone.type']],
  ['+420 800 123 456', undefined, 'mobile', ['phone.type']],
  ['+420 601 123 456', undefined, 'mobile', []],
  ['(415) 867-5309', 'US', 'mobile', []],
];

const SEVERITY: Record<string, string> = {
  'phone.invalid': 'error',
  'phone.fake': 'error',
  'phone.unassigned': 'warning',
  'phone.no_region': 'warning',
  'phone.missing_plus': 'warning',
  'phone.region_mismatch': 'warning',
  'phone.multiple': 'warning',
  'phone.vanity': 'info',
  'phone.extension': 'info',
  'phone.premium': 'info',
  'phone.type': 'info',
};

describe('analyzePhone', () => {
  it.each(VALID)('normalizes %j (country %s) to %s', (input, country, e164) => {
    const result = phone(input, country);
    expect(result.normalized).toBe(e164);
    if (e164.startsWith('+'))
      expect(result).toMatchObject({ verdict: 'valid', findings: [], facts: { e164 } });
  });

  it.each(EXTENSIONS)('keeps the extension of %j (country %s) as %s', (input, country, normalized) => {
    const result = phone(input, country);
    expect(result.normalized).toBe(normalized);
    expect(result.facts.ext).toBe(normalized.split('=')[1]);
    expect(result.findings.map((f) => f.code)).toEqual(['phone.extension']);
  });

  it.each(UNCHANGED)('leaves %j (country %s) unchanged', (input, country) => {
    expect(phone(input, country).normalized).toBe(input);
  });

  it.each(FINDINGS)('reports %j (country %s, field %s) with %j', (input, country, field, codes) => {
    const result = phone(input, country, field);
    expect(result.findings.map((f) => f.code)).toEqual(codes);
    for (const f of result.findings) {
      expect(f.severity).toBe(SEVERITY[f.code]);
      expect(f.field).toBe(field);
      expect(f.message).toContain(input.slice(0, 5));
    }
  });

  const ALL: [string, string | undefined][] = [
    ...VALID.map(([i, c]): [string, string | undefined] => [i, c]),
    ...EXTENSIONS.map(([i, c]): [string, string | undefined] => [i, c]),
    ...UNCHANGED,
    ...FINDINGS.map(([i, c]): [string, string | undefined] => [i, c]),
  ];
  it.each(ALL)('is idempotent on %j (country %s)', (input, country) => {
    const once = phone(input, country);
    const twice = phone(once.normalized, country);
    expect(twice.normalized).toBe(once.normalized);
    expect(twice.facts.e164).toBe(once.facts.e164);
  });

  it.each(ALL)('gives the same result with and without the parse cache for %j', (input, country) => {
    const cached = phoneAnalyzer({ cacheSize: 4 });
    const uncached = phoneAnalyzer({ cacheSize: 0 });
    const ctx = { field: 'phone', country };
    expect(cached(input, ctx)).toEqual(uncached(input, ctx));
    expect(cached(input, ctx)).toEqual(uncached(input, ctx));
  });
});

describe('phone facts and suggestions', () => {
  const facts = (input: string, country?: string): PhoneFacts => phone(input, country).facts;

  it('reports region, type, national number and extension', () => {
    expect(facts('+420 601 123 456 kl. 7')).toEqual({
      e164: '+420601123456',
      region: 'CZ',
      type: 'mobile',
      nationalNumber: '601123456',
      ext: '7',
    });
    expect(facts('8 800 555 35 35', 'RU')).toMatchObject({ type: 'toll_free', region: 'RU' });
    expect(facts('+420 910 123 456')).toMatchObject({ type: 'voip' });
  });

  it('keeps no e164 for fake or unreadable numbers, so they never look like duplicates', () => {
    expect(facts('1234567890', 'US')).toEqual({});
    expect(facts('601 123 456')).toEqual({});
  });

  it.each([
    ['601 123 456 / 602 654 321', 'CZ', '+420601123456'],
    ['+420 601 123 456 kl. 5 / +420 602 654 321', undefined, '+420601123456;ext=5'],
    ['420601123456', undefined, '+420601123456'],
    ['1-800-FLOWERS', 'US', '+18003569377'],
  ])('suggests a better value for %j', (input, country, suggestion) => {
    const result = phone(input, country);
    expect(result.normalized).toBe(input);
    expect(result.findings[0]!.suggestion).toBe(suggestion);
  });

  it('suggests the single candidate region where a national number is valid', () => {
    const analyze = phoneAnalyzer({ candidateRegions: ['DE', 'PL'] });
    const result = analyze('030 1234567', { field: 'phone', country: 'CZ' });
    expect(result.findings).toMatchObject([{ code: 'phone.region_mismatch', suggestion: '+49301234567' }]);
    const several = phone('030 1234567', 'CZ').findings[0]!;
    expect(several.suggestion).toBeUndefined();
    expect(several.message).toContain('DE (+49301234567)');
  });

  it('explains why a possible number is not valid', () => {
    expect(phone('+4206011234567').findings[0]!.message).toContain('one digit too many');
    expect(phone('+420 199 123 456').findings[0]!.message).toContain('not in any assigned number range');
  });

  it('uses the default region only when the record has no supported country', () => {
    const analyze = phoneAnalyzer({ defaultRegion: 'cz' });
    expect(analyze('601 123 456', { field: 'phone' }).normalized).toBe('+420601123456');
    expect(analyze('601 123 456', { field: 'phone', country: 'PL' }).normalized).toBe('+48601123456');
    expect(analyze('601 123 456', { field: 'phone', country: 'ZZ' }).normalized).toBe('+420601123456');
  });
});

describe('bad input', () => {
  it.each(['', '   ', '\t\n', '\u200B\u00A0'])('returns empty for blank %j', (input) => {
    expect(phone(input, 'CZ')).toEqual({ input, normalized: '', findings: [], verdict: 'empty', facts: {} });
  });

  it('rejects a 1 MB value at once', () => {
    const huge = '601 123 456 '.repeat(90_000);
    const started = performance.now();
    const result: FieldAnalysis<PhoneFacts> = phone(huge, 'CZ');
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(result.findings.map((f) => f.code)).toEqual(['phone.invalid']);
    expect(result.findings[0]!.message.length).toBeLessThan(200);
  });

  it.each(['\u0000601123456', '601\u0007123456', '+420\u0000601 123 456', '☎ 601 123 456', '((()))', '+-+-'])(
    'does not throw on %j',
    (input) => {
      expect(() => phone(input, 'CZ')).not.toThrow();
      expect(phone(input, 'CZ').verdict).not.toBe('empty');
    },
  );
});
