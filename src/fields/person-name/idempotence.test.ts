import { describe, expect, it } from 'vitest';
import { personNameAnalyzer } from './index.ts';

// Pieces that interact: titles, particles, Mc/Mac, apostrophes, junk, case, scripts, punctuation.
const PIECES = [
  'JOHN',
  'smith',
  'Dr.',
  'ING.',
  'mgr',
  'inż.',
  'h.',
  'c.',
  'VAN',
  'der',
  'DE',
  'la',
  "O'NEIL",
  "d'artagnan",
  'MACKENZIE',
  'mcdonald',
  'Ph.D.,',
  'JR.',
  'III',
  'MA',
  '★',
  '"',
  '(',
  ')',
  ',',
  '.',
  '-',
  'J.',
  'ΕΛΈΝΗ',
  'анна',
  'İBRAHİM',
  'IJZERMAN',
  'AJ',
  'test',
  '2',
  'x@y.io',
  'Pan',
  'Herr',
  "'t",
  'Dvořák',
];

/** A fixed pseudo-random sequence, so that a failure reproduces. */
function* samples(count: number): Generator<string> {
  let seed = 12345;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed;
  };
  for (let n = 0; n < count; n++) {
    const length = 1 + (next() % 5);
    const words: string[] = [];
    for (let i = 0; i < length; i++) words.push(PIECES[next() % PIECES.length]!);
    yield words.join(next() % 7 === 0 ? '' : ' ');
  }
}

const FIELDS = ['first_name', 'last_name', 'full_name'] as const;
const VALUES = [...samples(3000)];

describe.each([
  ['default', personNameAnalyzer()],
  ['stripTitles', personNameAnalyzer({ stripTitles: true })],
])('idempotence of the %s analyzer', (_name, analyze) => {
  it.each(FIELDS)('holds for 3000 generated %s values', (field) => {
    const broken: string[] = [];
    for (const value of VALUES) {
      for (const country of [undefined, 'PL']) {
        const ctx = country === undefined ? { field } : { field, country };
        const once = analyze(value, ctx).normalized;
        const twice = analyze(once, ctx).normalized;
        if (twice !== once)
          broken.push(`${JSON.stringify(value)} → ${JSON.stringify(once)} → ${JSON.stringify(twice)}`);
      }
    }
    expect(broken.slice(0, 10)).toEqual([]);
  });
});
