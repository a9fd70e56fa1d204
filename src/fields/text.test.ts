import { describe, expect, it } from 'vitest';
import { collapseWhitespace, foldDiacritics, hasLooseWhitespace, isBlank } from './text.ts';

// The four passes collapseWhitespace ran before it had a fast path: every path must agree with them.
function collapseReference(value: string): string {
  return value
    .replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, '')
    .replace(/[\s\u00A0\u2000-\u200A\u202F\u205F\u3000]+/g, ' ')
    .trim()
    .normalize('NFC');
}

function foldReference(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .normalize('NFC');
}

// Already clean: returned as they are, without normalize for Latin-1 and Latin Extended.
const CLEAN = [
  'Daniel',
  'van der Berg',
  "O'Neil",
  'Dvořák',
  'Zieliński',
  'Straße 5',
  'Ελένη Παπαδοπούλου',
  'Николаева',
  'ООО «Лебедев Торг»',
  '2024-03-05 14:22',
  '東京',
  'a\u0007b', // a control character that is not whitespace is not collapseWhitespace's business
  '',
];

// Values the fast path must hand to the full pass (or to NFC composition alone).
const CHANGED: [string, string][] = [
  [' Petra  ', 'Petra'],
  ['Petra  Nováková', 'Petra Nováková'],
  ['Petra\tNováková', 'Petra Nováková'],
  ['Petra\nNováková', 'Petra Nováková'],
  ['Petra\r\n', 'Petra'],
  ['Petra\u00A0Nováková', 'Petra Nováková'],
  ['Petra\u2003Nováková', 'Petra Nováková'],
  ['Petra\u3000Nováková', 'Petra Nováková'],
  ['Petra\u2028Nováková', 'Petra Nováková'],
  ['Pe\u200Btra', 'Petra'],
  ['\uFEFFPetra', 'Petra'],
  ['Pe\u00ADtra', 'Petra'],
  ['Pe\u2060tra', 'Petra'],
  ['a \u200B b', 'a b'],
  ['Dvor\u030Ca\u0301k', 'Dvořák'], // decomposed: NFC only
  ['\u2126mega', '\u03A9mega'], // OHM SIGN is a singleton NFC maps to Greek capital omega
  ['\u1100\u1161', '\uAC00'], // Hangul jamo compose without any combining mark
  [' e\u0301 ', 'é'],
  ['   ', ''],
  ['\u200B\u200B', ''],
];

describe('collapseWhitespace', () => {
  it.each(CLEAN)('leaves %j unchanged', (value) => expect(collapseWhitespace(value)).toBe(value));

  it.each(CHANGED)('%j → %j', (value, expected) => expect(collapseWhitespace(value)).toBe(expected));

  it.each([...CLEAN, ...CHANGED.map(([v]) => v)])('%j matches the four-pass reference', (value) =>
    expect(collapseWhitespace(value)).toBe(collapseReference(value)),
  );

  it.each([...CLEAN, ...CHANGED.map(([v]) => v)])('is idempotent on %j', (value) => {
    const once = collapseWhitespace(value);
    expect(collapseWhitespace(once)).toBe(once);
  });

  it('matches the reference for every code unit alone, inside a word and next to a space', () => {
    const mismatches: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      for (const value of [ch, `a${ch}b`, `a ${ch}`, `${ch} b`, `x${ch}${ch}y`]) {
        if (collapseWhitespace(value) !== collapseReference(value)) mismatches.push(value);
      }
    }
    expect(mismatches).toEqual([]);
  });

  // The fast path skips normalize for text below U+0300; that holds only if no such unit or pair changes.
  it('finds every code unit below U+0300, alone and in pairs, already NFC', () => {
    const changed: string[] = [];
    for (let a = 0; a < 0x300; a++) {
      const first = String.fromCharCode(a);
      if (first.normalize('NFC') !== first) changed.push(first);
      for (let b = 0; b < 0x300; b++) {
        const pair = first + String.fromCharCode(b);
        if (pair.normalize('NFC') !== pair) changed.push(pair);
      }
    }
    expect(changed).toEqual([]);
  });

  it('handles a 1 MB value in linear time', () => {
    const huge = `${'word '.repeat(200_000)}\u200B`;
    const started = performance.now();
    expect(collapseWhitespace(huge)).toBe('word '.repeat(200_000).trim());
    expect(collapseWhitespace('x'.repeat(1_000_000))).toHaveLength(1_000_000);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});

describe('hasLooseWhitespace', () => {
  it.each([
    ['Petra Nováková', false],
    ['Dvor\u030Ca\u0301k', false], // only NFC composition is missing
    ['', false],
    [' Petra', true],
    ['Petra ', true],
    ['Petra  N', true],
    ['Petra\tN', true],
    ['Pe\u200Btra', true],
    ['Petra\u00A0N', true],
  ])('%j → %s', (value, loose) => expect(hasLooseWhitespace(value)).toBe(loose));

  // The regular expression the date, postcode and picklist modules tested before this helper existed.
  const NEEDS_CLEANING = /^\s|\s$|[^\S ]| {2}|[\u200B-\u200D\u2060\uFEFF\u00AD]/;

  it('agrees with the regular expression it replaced for every code unit in every position', () => {
    const disagreements: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      for (const value of [ch, `a${ch}b`, `a ${ch}`, `${ch} b`, `x${ch}${ch}y`, `${ch}  `]) {
        if (hasLooseWhitespace(value) !== NEEDS_CLEANING.test(value)) disagreements.push(value);
      }
    }
    expect(disagreements).toEqual([]);
  });
});

describe('isBlank', () => {
  it.each([
    ['', true],
    [' ', true],
    ['\t\n\r', true],
    ['\u00A0\u3000', true],
    ['\u200B', true],
    ['\u200B\u200C\u200D\u2060\uFEFF\u00AD', true],
    [' \u200B ', true],
    ['a', false],
    ['\u200Ba', false],
    ['.', false],
    ['\u0000', false],
  ])('%j → %s', (value, blank) => expect(isBlank(value)).toBe(blank));

  it('agrees with collapseWhitespace for every code unit', () => {
    const disagreements: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if (isBlank(ch) !== (collapseWhitespace(ch) === '')) disagreements.push(c);
    }
    expect(disagreements).toEqual([]);
  });
});

describe('foldDiacritics', () => {
  it.each([
    ['Dvořák', 'Dvorak'],
    ['Ελένη', 'Ελενη'],
    ['Йошкар-Ола', 'Иошкар-Ола'],
    ['Dvor\u030Ca\u0301k', 'Dvorak'],
    ['Łódź', 'Łodz'], // Ł has no decomposition: folding is NFD-based, not a transliteration
    ['Daniel', 'Daniel'],
    ["O'Neil-Smith 2", "O'Neil-Smith 2"],
    ['', ''],
  ])('%j → %j', (value, expected) => expect(foldDiacritics(value)).toBe(expected));

  it.each(['Daniel', 'Dvořák', 'Ελένη', 'Dvor\u030Ca\u0301k', '\u2126', 'a\u0000b'])(
    '%j matches the NFD reference and is idempotent',
    (value) => {
      expect(foldDiacritics(value)).toBe(foldReference(value));
      expect(foldDiacritics(foldDiacritics(value))).toBe(foldDiacritics(value));
    },
  );
});
