import { describe, expect, it } from 'vitest';
import { random } from './random.ts';
import {
  initialsOf,
  jaro,
  jaroWinkler,
  levenshtein,
  osaDistance,
  tokenContainment,
  tokenSetSimilarity,
} from './similarity.ts';

function randomString(next: () => number, alphabet: string, maxLength: number): string {
  const length = Math.floor(next() * (maxLength + 1));
  let s = '';
  for (let i = 0; i < length; i++) s += alphabet[Math.floor(next() * alphabet.length)];
  return s;
}

/**
 * Random pairs over small alphabets, where matches, transpositions and ties are common; one alphabet is
 * skewed so a long string has both frequent and rare code units, and one splits surrogate pairs.
 */
function randomPairs(seed: number, count: number, maxLength: number): Array<[string, string]> {
  const next = random(seed);
  const alphabets = ['ab', 'abc', 'abcdefgh', 'aé\u{1F600}b', 'aaaaaaabcd'];
  const pairs: Array<[string, string]> = [];
  for (let i = 0; i < count; i++) {
    const alphabet = alphabets[i % alphabets.length]!;
    pairs.push([randomString(next, alphabet, maxLength), randomString(next, alphabet, maxLength)]);
  }
  return pairs;
}

/** Textbook Jaro: scan the match window for the leftmost unmatched equal code unit. */
function referenceJaro(a: string, b: string): number {
  if (a.length === 0 && b.length === 0) return 1;
  if (a.length === 0 || b.length === 0) return 0;
  const window = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1);
  const matchedA: boolean[] = [];
  const matchedB: boolean[] = [];
  let matches = 0;
  for (let i = 0; i < a.length; i++) {
    for (let j = Math.max(0, i - window); j <= Math.min(b.length - 1, i + window); j++) {
      if (!matchedB[j] && a[i] === b[j]) {
        matchedA[i] = matchedB[j] = true;
        matches++;
        break;
      }
    }
  }
  if (matches === 0) return 0;
  const fromA = a.split('').filter((_, i) => matchedA[i]);
  const fromB = b.split('').filter((_, j) => matchedB[j]);
  const outOfOrder = fromA.filter((c, k) => c !== fromB[k]).length;
  const t = Math.floor(outOfOrder / 2);
  return (matches / a.length + matches / b.length + (matches - t) / matches) / 3;
}

/** The full dynamic-programming table, no trimming, no band. */
function referenceDistance(a: string, b: string, transpose: boolean): number {
  const d: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row: number[] = [];
    d.push(row);
    for (let j = 0; j <= b.length; j++) {
      if (i === 0 || j === 0) {
        row.push(i + j);
        continue;
      }
      let v = Math.min(
        d[i - 1]![j]! + 1,
        row[j - 1]! + 1,
        d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      if (transpose && i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        v = Math.min(v, d[i - 2]![j - 2]! + 1);
      }
      row.push(v);
    }
  }
  return d[a.length]![b.length]!;
}

const distances = [
  { name: 'levenshtein', distance: levenshtein, transpose: false },
  { name: 'osaDistance', distance: osaDistance, transpose: true },
];

describe('jaro and jaroWinkler', () => {
  it.each([
    // Reference values from Winkler (1990) and the usual worked examples.
    ['MARTHA', 'MARHTA', 0.9444, 0.9611],
    ['DWAYNE', 'DUANE', 0.8222, 0.84],
    ['DIXON', 'DICKSONX', 0.7667, 0.8133],
    ['JELLYFISH', 'SMELLYFISH', 0.8963, 0.8963],
    ['CRATE', 'TRACE', 0.7333, 0.7333],
    ['abc', 'xyz', 0, 0],
    // Non-ASCII code units compare like any other: ř and á simply do not match r and a.
    ['Dvořák', 'Dvorak', 0.7778, 0.8444],
    ['Dvořák', 'Dvořak', 0.8889, 0.9333],
  ])('%s vs %s: jaro %d, jaroWinkler %d', (a, b, expectedJaro, expectedWinkler) => {
    expect(jaro(a, b)).toBeCloseTo(expectedJaro, 4);
    expect(jaroWinkler(a, b)).toBeCloseTo(expectedWinkler, 4);
  });

  it.each([
    ['one code unit', 'a'],
    ['ASCII', 'MARTHA'],
    ['accented', 'Dvořák'],
    ['astral', '\u{1F600}x'],
    ['500 code units', 'x'.repeat(500)],
  ])('scores identical strings as 1 (%s)', (_, s) => {
    expect(jaro(s, s)).toBe(1);
    expect(jaroWinkler(s, s)).toBe(1);
  });

  it.each([
    ['', '', 1],
    ['', 'a', 0],
    ['abc', '', 0],
  ])('scores %j vs %j as %d', (a, b, expected) => {
    expect(jaro(a, b)).toBe(expected);
    expect(jaroWinkler(a, b)).toBe(expected);
  });

  it('compares UTF-16 code units, so differently normalized accents differ', () => {
    expect(jaro('caf\u00e9', 'cafe\u0301')).toBeLessThan(1);
  });

  it.each([
    ['no prefix', 'CRATE', 'TRACE', 0],
    ['prefix of 3', 'DWAYNE', 'DWAXNE', 3],
    ['prefix capped at 4', 'PREFIXAB', 'PREFIXYZ', 4],
  ])('boosts by the common prefix (%s)', (_, a, b, prefix) => {
    const j = jaro(a, b);
    expect(jaroWinkler(a, b)).toBeCloseTo(j + prefix * 0.1 * (1 - j), 12);
    expect(jaroWinkler(a, b, 0.25)).toBeCloseTo(j + prefix * 0.25 * (1 - j), 12);
    expect(jaroWinkler(a, b, 0)).toBe(j);
  });

  it.each([-0.1, 0.3, Number.NaN])('refuses prefixScale %d', (scale) => {
    expect(() => jaroWinkler('a', 'b', scale)).toThrow(RangeError);
  });

  const symmetryPairs: Array<[string, string]> = [
    ['MARTHA', 'MARHTA'],
    ['DIXON', 'DICKSONX'],
    ['abcb', 'bcab'],
    ['Dvořák', 'Dvorak'],
    ['Jonathan', 'Jon'],
    ['aaab', 'abaa'],
    ...randomPairs(1, 400, 14),
  ];
  it('is symmetric', () => {
    for (const [a, b] of symmetryPairs) {
      expect(jaro(a, b), `${a} / ${b}`).toBe(jaro(b, a));
      expect(jaroWinkler(a, b), `${a} / ${b}`).toBe(jaroWinkler(b, a));
    }
  });

  it('matches the textbook window scan and stays in [0, 1]', () => {
    for (const [a, b] of [...symmetryPairs, ...randomPairs(2, 300, 70)]) {
      const j = jaro(a, b);
      expect(j, `${a} / ${b}`).toBeCloseTo(referenceJaro(a, b), 12);
      const jw = jaroWinkler(a, b);
      expect(jw).toBeGreaterThanOrEqual(j);
      expect(jw).toBeLessThanOrEqual(1);
    }
  });
});

describe('levenshtein and osaDistance', () => {
  it.each([
    ['kitten', 'sitting', 3, 3],
    ['', 'abc', 3, 3],
    ['abc', '', 3, 3],
    ['', '', 0, 0],
    ['flaw', 'lawn', 2, 2],
    ['saturday', 'sunday', 3, 3],
    ['MARTHA', 'MARTHA', 0, 0],
    ['ab', 'ba', 2, 1],
    ['abcdef', 'abdcef', 2, 1],
    // osa edits no substring twice, so this is 3 where unrestricted Damerau gives 2.
    ['ca', 'abc', 3, 3],
    ['Dvořák', 'Dvorak', 2, 2],
    ['\u{1F600}', '\u{1F601}', 1, 1],
  ])('%j vs %j: levenshtein %d, osa %d', (a, b, lev, osa) => {
    expect(levenshtein(a, b)).toBe(lev);
    expect(levenshtein(b, a)).toBe(lev);
    expect(osaDistance(a, b)).toBe(osa);
    expect(osaDistance(b, a)).toBe(osa);
  });

  describe.each(distances)('$name with a bound', ({ distance }) => {
    it.each([
      ['abcdef', 'uvwxyz', 2, 3],
      ['kitten', 'sitting', 3, 3],
      ['kitten', 'sitting', 2, 3],
      ['kitten', 'sitting', 0, 1],
      ['same', 'same', 0, 0],
      // The length difference alone rules these out.
      ['a', 'abcdefgh', 3, 4],
      ['', 'abcdefgh', 7, 8],
      // A fractional bound still reports max + 1.
      ['abcdef', 'uvwxyz', 2.5, 3.5],
    ])('%j vs %j within %d → %d', (a, b, max, expected) => {
      expect(distance(a, b, max)).toBe(expected);
      expect(distance(b, a, max)).toBe(expected);
    });

    it.each([-1, Number.NaN])('refuses max %d', (max) => {
      expect(() => distance('a', 'b', max)).toThrow(RangeError);
    });
  });

  describe.each(distances)('$name against the full table', ({ distance, transpose }) => {
    // Up to 100 code units so patterns span several 32-bit words of the bit-parallel scan.
    const pairs = [...randomPairs(3, 250, 12), ...randomPairs(4, 120, 100)];

    it('equals the unbounded result when the bound is large', () => {
      for (const [a, b] of pairs) {
        const expected = referenceDistance(a, b, transpose);
        expect(distance(a, b), `${a} / ${b}`).toBe(expected);
        for (const max of [Math.max(a.length, b.length), 1000, Number.POSITIVE_INFINITY]) {
          expect(distance(a, b, max), `${a} / ${b} within ${max}`).toBe(expected);
        }
      }
    });

    it('returns the distance up to the bound and max + 1 above it', () => {
      const next = random(5);
      for (const [a, b] of pairs) {
        const expected = referenceDistance(a, b, transpose);
        for (const max of [0, 1, 2, expected - 1, expected, Math.floor(next() * 40)]) {
          if (max < 0) continue;
          expect(distance(a, b, max), `${a} / ${b} within ${max}`).toBe(expected > max ? max + 1 : expected);
        }
      }
    });
  });

  it('is symmetric', () => {
    for (const [a, b] of randomPairs(6, 300, 40)) {
      expect(levenshtein(a, b)).toBe(levenshtein(b, a));
      expect(osaDistance(a, b)).toBe(osaDistance(b, a));
      expect(levenshtein(a, b, 3)).toBe(levenshtein(b, a, 3));
    }
  });
});

describe('tokenSetSimilarity and tokenContainment', () => {
  const companySuffix = (t: string) => (t === 'inc' || t === 'holdings' ? 0.1 : 1);

  it.each([
    { a: ['acme'], b: ['acme'], weight: undefined, jaccard: 1, containment: 1 },
    { a: ['acme'], b: ['acme', 'holdings'], weight: undefined, jaccard: 0.5, containment: 1 },
    { a: ['acme', 'corp'], b: ['globex', 'corp'], weight: undefined, jaccard: 1 / 3, containment: 0.5 },
    { a: ['a', 'a', 'b'], b: ['b', 'a'], weight: undefined, jaccard: 1, containment: 1 },
    { a: ['a', 'b'], b: ['c', 'd'], weight: undefined, jaccard: 0, containment: 0 },
    { a: [], b: [], weight: undefined, jaccard: 0, containment: 0 },
    { a: ['acme'], b: [], weight: undefined, jaccard: 0, containment: 0 },
    // Weighted: a shared rare token outweighs a differing common suffix, and vice versa.
    {
      a: ['acme', 'inc'],
      b: ['acme', 'holdings'],
      weight: companySuffix,
      jaccard: 1 / 1.2,
      containment: 1 / 1.1,
    },
    {
      a: ['acme', 'inc'],
      b: ['globex', 'inc'],
      weight: companySuffix,
      jaccard: 0.1 / 2.1,
      containment: 0.1 / 1.1,
    },
    { a: ['acme', 'holdings'], b: ['acme'], weight: companySuffix, jaccard: 1 / 1.1, containment: 1 },
    // Non-positive and NaN weights count as nothing, keeping scores in [0, 1].
    {
      a: ['x', 'y'],
      b: ['x', 'z'],
      weight: (t: string) => (t === 'y' ? -5 : t === 'z' ? Number.NaN : 1),
      jaccard: 1,
      containment: 1,
    },
    { a: ['x'], b: ['x'], weight: () => 0, jaccard: 0, containment: 0 },
  ])('$a vs $b → jaccard $jaccard, containment $containment', ({ a, b, weight, jaccard, containment }) => {
    expect(tokenSetSimilarity(a, b, weight)).toBeCloseTo(jaccard, 12);
    expect(tokenSetSimilarity(b, a, weight)).toBeCloseTo(jaccard, 12);
    expect(tokenContainment(a, b, weight)).toBeCloseTo(containment, 12);
    expect(tokenContainment(b, a, weight)).toBeCloseTo(containment, 12);
  });

  it.each([
    // Past the small-set threshold the sets are built with Set; the answer must not change.
    { shared: 10, onlyA: 10, onlyB: 10 },
    { shared: 3, onlyA: 20, onlyB: 0 },
    { shared: 30, onlyA: 0, onlyB: 0 },
  ])('handles large sets: $shared shared, $onlyA only in a, $onlyB only in b', ({ shared, onlyA, onlyB }) => {
    const tokens = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i}`);
    const a = [...tokens('s', shared), ...tokens('a', onlyA), 's0'];
    const b = [...tokens('b', onlyB), ...tokens('s', shared)];
    expect(tokenSetSimilarity(a, b)).toBeCloseTo(shared / (shared + onlyA + onlyB), 12);
    expect(tokenContainment(a, b)).toBeCloseTo(shared / Math.min(shared + onlyA, shared + onlyB), 12);
  });

  it('calls a re-entrant weight without corrupting the outer result', () => {
    const weight = (t: string) => 1 + tokenSetSimilarity([t], ['zzz']);
    expect(tokenSetSimilarity(['a', 'b'], ['a', 'c'], weight)).toBeCloseTo(1 / 3, 12);
  });
});

describe('initialsOf', () => {
  it.each([
    [['international', 'business', 'machines'], 'ibm'],
    [['International', 'Business', 'Machines'], 'IBM'],
    [['a', '', 'b'], 'ab'],
    [[], ''],
    [['émile', 'zola'], 'éz'],
    [['\u{1F600}smile', 'x'], '\u{1F600}x'],
  ])('%j → %j', (tokens, expected) => {
    expect(initialsOf(tokens)).toBe(expected);
  });
});

describe('long inputs', () => {
  const next = random(7);
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const letterString = () => Array.from({ length: 10_000 }, () => letters[Math.floor(next() * 26)]).join('');
  const x = letterString();
  const y = letterString();
  const xEdited = `${x.slice(0, 5000)}#${x.slice(5001)}`;
  const as = 'a'.repeat(10_000);
  const bs = 'b'.repeat(10_000);
  // Ten thousand distinct code units: no per-code-unit table of mask words may be built for these.
  const cjk = Array.from({ length: 10_000 }, (_, i) => String.fromCharCode(0x4e00 + i)).join('');
  const cjkReversed = [...cjk].reverse().join('');

  it.each([
    ['jaroWinkler, unrelated', () => jaroWinkler(x, y), (v: number) => v < 0.9],
    ['jaroWinkler, disjoint alphabets', () => jaroWinkler(as, bs), (v: number) => v === 0],
    ['jaroWinkler, one code unit longer', () => jaroWinkler(x, `${x}#`), (v: number) => v > 0.9999],
    ['jaroWinkler, all distinct code units', () => jaroWinkler(cjk, cjk.slice(1)), (v: number) => v > 0.99],
    ['levenshtein, unbounded', () => levenshtein(x, y), (v: number) => v > 5000],
    ['levenshtein, bounded', () => levenshtein(x, y, 3), (v: number) => v === 4],
    ['levenshtein, one edit', () => levenshtein(x, xEdited), (v: number) => v === 1],
    ['levenshtein, against a short string', () => levenshtein(x, 'acme', 10), (v: number) => v === 11],
    [
      'levenshtein, all distinct code units',
      () => levenshtein(cjk, cjkReversed),
      (v: number) => v === 10_000,
    ],
    ['osaDistance, unbounded', () => osaDistance(x, y), (v: number) => v > 5000],
    ['osaDistance, bounded', () => osaDistance(as, bs, 5), (v: number) => v === 6],
    // Only the two middle code units of the reversal are an adjacent transposition.
    ['osaDistance, all distinct code units', () => osaDistance(cjk, cjkReversed), (v: number) => v === 9_999],
  ])('%s finishes fast', (_, run, check) => {
    const started = performance.now();
    const value = run();
    const elapsed = performance.now() - started;
    expect(check(value), String(value)).toBe(true);
    // Tens of milliseconds on a loaded two-core machine; a plain 10k × 10k table takes about a second.
    expect(elapsed).toBeLessThan(500);
  });
});
