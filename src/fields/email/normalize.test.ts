import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanEmail, emailNormalizer, normalizeEmail } from './normalize.ts';

const FIXED: readonly (readonly [string, string])[] = [
  ['  john@example.com  ', 'john@example.com'],
  ['\tjohn@example.com\r\n', 'john@example.com'],
  ['\u200Bjohn@exam\u00ADple.com\uFEFF', 'john@example.com'],
  ['\u00A0john@example.com\u3000', 'john@example.com'],
  ['John.Doe@EXAMPLE.COM', 'John.Doe@example.com'],
  ['mailto:john@example.com', 'john@example.com'],
  ['MAILTO:john@example.com?subject=Hello&body=x', 'john@example.com'],
  ['John Doe <john@example.com>', 'john@example.com'],
  ['"Doe, John" <John@Example.com>', 'John@example.com'],
  ['<john@example.com>', 'john@example.com'],
  ['"john@example.com" <john@example.com>', 'john@example.com'],
  ['mailto:<john@example.com>;', 'john@example.com'],
  ['"john@example.com"', 'john@example.com'],
  ["'john@example.com'", 'john@example.com'],
  ['“john@example.com”', 'john@example.com'],
  ['«john@example.com»', 'john@example.com'],
  ['john@example.com.', 'john@example.com'],
  ['john@example.com,', 'john@example.com'],
  ['john@example.com;', 'john@example.com'],
  ['john@example.com. ', 'john@example.com'],
  ['john@example.com...', 'john@example.com'],
  ['jan@Mañana.com', 'jan@xn--maana-pta.com'],
  ['jan@bücher.de', 'jan@xn--bcher-kva.de'],
  ['ivan@пример.рф', 'ivan@xn--e1afmkfd.xn--p1ai'],
  ['eleni@ΠΑΡΆΔΕΙΓΜΑ.gr', 'eleni@xn--hxajbheg2az3al.gr'],
  ['jan@ｇｍａｉｌ．ｃｏｍ', 'jan@gmail.com'],
  ['jir\u030Ci@seznam.cz', 'ji\u0159i@seznam.cz'],
  ['(comment)test@Example.com', '(comment)test@example.com'],
  ['j@gmail.con', 'j@gmail.com'],
  ['j@GMAIL.CMO', 'j@gmail.com'],
  ['j@hotmail.comm', 'j@hotmail.com'],
  ['j@yahoo.vom', 'j@yahoo.com'],
  ['j@seznam.cy', 'j@seznam.cy'],
];

// Values that must come out exactly as they went in.
const UNCHANGED: readonly string[] = [
  'john.doe@example.com',
  'John.Doe@example.com',
  "O'Neil@example.ie",
  'user+tag@sub.example.co.uk',
  'jiří.novák@seznam.cz',
  'Ελένη@example.gr',
  'test@io',
  '"john doe"@example.com',
  '"John"@example.com',
  'test@[IPv6:1111:2222:3333:4444:5555:6666:7777:8888]',
  'test@[255.255.255.255]',
  'test@(Comment)Example.com',
  'j@gmail.co',
  'j@gmail.cm',
  'j@mac.com',
  'j@gm.com',
  'j@ya.ru',
  'j@example.coop',
  'j@company.co',
  'a@x.com; b@y.com',
  'a@x.com, Bob <b@y.com>',
  'a@x.com <b@y.com>',
  'n/a',
  '.john@example.com',
  'john@example..com',
  'not an email',
  'user@exam\u0007ple.com',
];

describe('normalizeEmail', () => {
  it.each(FIXED)('%j → %j', (input, output) => {
    expect(normalizeEmail(input)).toBe(output);
  });

  it.each(UNCHANGED)('leaves %j unchanged', (value) => {
    expect(normalizeEmail(value)).toBe(value);
  });

  it.each([...FIXED.map(([input]) => input), ...UNCHANGED])('is idempotent on %j', (value) => {
    const once = normalizeEmail(value);
    expect(normalizeEmail(once)).toBe(once);
    expect(cleanEmail(cleanEmail(value))).toBe(cleanEmail(value));
  });

  it('is idempotent on every address of the is_email corpus', () => {
    const corpus: { address: string }[] = JSON.parse(
      readFileSync(new URL('./isemail-tests.json', import.meta.url), 'utf8'),
    );
    const addresses = corpus.map((e) =>
      e.address.replace(/[\u2400-\u241F]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x2400)),
    );
    const unstable = addresses.filter((a) => normalizeEmail(normalizeEmail(a)) !== normalizeEmail(a));
    expect(unstable).toEqual([]);
  });

  it('keeps the provider typo when autoFixTypos is off', () => {
    const normalize = emailNormalizer({ autoFixTypos: false });
    expect(normalize(' j@gmail.con ')).toBe('j@gmail.con');
    expect(normalizeEmail(' j@gmail.con ')).toBe('j@gmail.com');
  });

  it.each(['', '   ', '\u200B', '\r\n'])('makes blank %j empty', (value) => {
    expect(normalizeEmail(value)).toBe('');
  });

  it('handles a 1 MB value in linear time', () => {
    const started = performance.now();
    expect(normalizeEmail(`${'.'.repeat(1 << 20)}x`)).toHaveLength((1 << 20) + 1);
    expect(normalizeEmail(`x${'.'.repeat(1 << 20)}`)).toBe('x');
    expect(normalizeEmail(`a@${'B'.repeat(1 << 20)}.com`)).toBe(`a@${'b'.repeat(1 << 20)}.com`);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
