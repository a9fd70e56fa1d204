import examples from 'libphonenumber-js/examples.mobile.json';
import { type CountryCode, getCountries, getCountryCallingCode } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { type ParseOutcome, readWithLibrary } from './parse.ts';
import { readPlain } from './plain.ts';

// mulberry32: a seeded generator, so every run checks the same sample.
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const REGIONS = getCountries();
// Trunk prefixes (0 in most of Europe, 8 in the former USSR, 1 in the NANP, 06 in Hungary, AR's 15).
const TRUNK = ['', '', '', '', '', '0', '0', '0', '8', '1', '06', '9', '15', '00'];
const IDD = ['00', '011', '810', '0011', '001', '00 0'];
const SEPARATORS = [' ', ' ', '-', '.', '/', '(', ')', ' ('];

/** Numbers written the ways people write them: international, national, with IDD, without "+". */
function sample(count: number, seed: number): [string, CountryCode | undefined][] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const digits = (n: number) => Array.from({ length: n }, () => Math.floor(next() * 10)).join('');
  const out: [string, CountryCode | undefined][] = [];
  for (let i = 0; i < count; i++) {
    const home = REGIONS[i % REGIONS.length]!;
    const example = (examples as Record<string, string>)[home] ?? digits(9);
    const roll = next();
    let national: string;
    if (roll < 0.5) {
      // Mostly valid: the example with its last digits changed.
      const keep = example.length - 1 - Math.floor(next() * 4);
      national = example.slice(0, keep) + digits(example.length - keep);
    } else if (roll < 0.75) {
      national = example.slice(0, Math.floor(next() * 3)) + digits(3 + Math.floor(next() * 10));
    } else {
      // One digit inserted, dropped or changed: wrong lengths and unassigned ranges.
      const at = Math.floor(next() * example.length);
      national = example.slice(0, at) + digits(Math.floor(next() * 3)) + example.slice(at + 1);
    }
    const code = getCountryCallingCode(home);
    const form = next();
    let text =
      form < 0.35
        ? `+${code}${next() < 0.8 ? '' : pick(TRUNK)}${national}`
        : form < 0.7
          ? `${pick(TRUNK)}${national}`
          : form < 0.85
            ? `${pick(IDD)}${code}${national}`
            : `${code}${pick(TRUNK)}${national}`;
    // Separators between some digits, never before a leading "+".
    let spaced = '';
    for (let k = 0; k < text.length; k++) {
      spaced += text[k];
      if (text[k] !== '+' && next() < 0.25) spaced += pick(SEPARATORS);
    }
    text = spaced;
    const where = next();
    out.push([text, where < 0.7 ? home : where < 0.9 ? pick(REGIONS) : undefined]);
  }
  return out;
}

const SAMPLE = sample(50_000, 20_260_101);

describe('readPlain', () => {
  it('answers exactly as libphonenumber (parse, getType, isPossible) on 50k seeded numbers', () => {
    const differences: [string, string | undefined, ParseOutcome | undefined, ParseOutcome][] = [];
    const kinds = new Map<string, number>();
    for (const [text, region] of SAMPLE) {
      const ours = readPlain(text, region);
      const theirs = readWithLibrary(text, region);
      const kind =
        typeof theirs === 'string' ? theirs : (theirs.type ?? (theirs.possible ? 'possible' : 'impossible'));
      kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
      if (ours === undefined || JSON.stringify(ours) !== JSON.stringify(theirs))
        differences.push([text, region, ours, theirs]);
    }
    expect(differences.slice(0, 10)).toEqual([]);
    // The sample must exercise valid numbers of many types and every way of failing.
    expect(kinds.get('mobile')).toBeGreaterThan(10_000);
    for (const kind of ['fixed_line', 'fixed_line_or_mobile'])
      expect(kinds.get(kind), kind).toBeGreaterThan(200);
    const rare = [
      'toll_free',
      'premium_rate',
      'shared_cost',
      'voip',
      'personal_number',
      'pager',
      'uan',
      'voicemail',
    ];
    expect(rare.reduce((sum, kind) => sum + (kinds.get(kind) ?? 0), 0)).toBeGreaterThan(50);
    for (const kind of ['possible', 'impossible', 'INVALID_COUNTRY', 'TOO_SHORT', 'TOO_LONG'])
      expect(kinds.get(kind), kind).toBeGreaterThan(0);
  });

  it.each([
    ['+1 800 FLOWERS', 'US'],
    ['+420 601 123 456 ext. 5', undefined],
    ['+420 ٦٠١ ١٢٣ ٤٥٦', undefined],
    ['tel:+420601123456', undefined],
    ['+420 601 123 456#', undefined],
    [' +420 601 123 456', undefined],
    ['4+20 601 123 456', 'CZ'],
    ['12', 'CZ'],
    ['+1', undefined],
    ['1'.repeat(251), 'CZ'],
  ])('leaves %j to libphonenumber', (text, region) => {
    expect(readPlain(text, region)).toBeUndefined();
  });

  it.each([
    ['601 123 456', 'XX', 'INVALID_COUNTRY'],
    ['601 123 456', undefined, 'INVALID_COUNTRY'],
    ['+0 601 123 456', undefined, 'INVALID_COUNTRY'],
    ['+999 601 123 456', undefined, 'INVALID_COUNTRY'],
    ['+420', undefined, 'TOO_SHORT'],
    ['+420 1234567890123456789', undefined, 'TOO_LONG'],
  ])('fails %j (region %s) with %s, like libphonenumber', (text, region, failure) => {
    expect(readPlain(text, region)).toBe(failure);
    expect(readWithLibrary(text, region)).toBe(failure);
  });
});
