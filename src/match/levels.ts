/**
 * Comparisons compiled late: from a comparison's levels (data) to one function that grades a pair of
 * records (a row of the left table, a row of the right one; the same table when deduplicating) and
 * returns the index of the first level that holds.
 */

import type { CodeColumn, FeatureColumn, FeatureTable } from './features.ts';
import type { Comparison, LevelTest } from './model.ts';
import { areGenderVariants, areNameVariants } from './names/index.ts';
import { initialsOf, jaroWinkler, osaDistance, tokenSetSimilarity } from './similarity.ts';

export interface CompiledComparison {
  readonly name: string;
  readonly levels: readonly LevelTest[];
  /** The index of the first level that holds for (left row a, right row b). */
  levelOf(a: number, b: number): number;
  /** The code of the value the last `exact`/`any_exact` hit agreed on (0: none), for term frequencies. */
  matched(): number;
}

type Test = (a: number, b: number) => boolean;

const NON_DIGITS = /\D+/g;

function digitsOf(value: string): string {
  return value.replace(NON_DIGITS, '');
}

/** Token statistics of one feature, for weighting rare words above common ones. */
export class TokenWeights {
  readonly #df = new Map<string, number>();
  #records = 0;

  constructor(columns: readonly FeatureColumn[]) {
    for (const column of columns) for (const value of column) this.add(value);
  }

  /** Counts one more value (an index grows record by record). */
  add(value: string | undefined): void {
    if (value === undefined) return;
    this.#records++;
    for (const t of new Set(value.split(' '))) this.#df.set(t, (this.#df.get(t) ?? 0) + 1);
  }

  /** Inverse document frequency: a word in every name ("group", "trading", "s") weighs next to nothing. */
  weight = (token: string): number => Math.log((this.#records + 1) / ((this.#df.get(token) ?? 0) + 1)) + 0.01;
}

export function compileComparison(
  comparison: Comparison,
  left: FeatureTable,
  right: FeatureTable,
  tokenWeights: (feature: string) => TokenWeights,
): CompiledComparison {
  let hit = 0;
  const tokens = new Map<FeatureColumn, (string[] | undefined)[]>();
  // Token lists are split once per row and kept: a row meets many partners.
  const tokensOf = (column: FeatureColumn, row: number): string[] => {
    let cache = tokens.get(column);
    if (!cache) {
      cache = new Array(column.length);
      tokens.set(column, cache);
    }
    let t = cache[row];
    if (t === undefined) {
      t = column[row]!.split(' ');
      // A one-row query table is rewritten per lookup: its tokens must not be kept.
      if (column.length > 1) cache[row] = t;
    }
    return t;
  };

  // Levels of one comparison often test one similarity at several thresholds: compute it once per pair.
  // Reset for every pair: a one-row query table reuses row 0 for a new record on every lookup.
  const jwCache = new Map<string, { a: number; b: number; value: number }>();
  const similarity = (feature: string, l: FeatureColumn, r: FeatureColumn) => {
    let cache = jwCache.get(feature);
    if (!cache) {
      cache = { a: -1, b: -1, value: 0 };
      jwCache.set(feature, cache);
    }
    const c = cache;
    return (a: number, b: number): number => {
      if (c.a !== a || c.b !== b) {
        c.a = a;
        c.b = b;
        c.value = jaroWinkler(l[a]!, r[b]!);
      }
      return c.value;
    };
  };

  const compile = (level: LevelTest): Test => {
    switch (level.is) {
      // Codes, not strings, for the tests every pair meets: 0 is missing, equal values have equal codes.
      // The holders are kept, not the arrays: an index's table grows and replaces them.
      case 'null': {
        const ls = level.features.map((f) => left.codes(f));
        const rs = level.features.map((f) => right.codes(f));
        if (ls.length === 1) {
          const [l, r] = [ls[0]!, rs[0]!];
          return (a, b) => l.array[a * l.stride + l.offset] === 0 || r.array[b * r.stride + r.offset] === 0;
        }
        const missing = (holders: CodeColumn[], row: number) => {
          for (let i = 0; i < holders.length; i++) {
            const h = holders[i]!;
            if (h.array[row * h.stride + h.offset] !== 0) return false;
          }
          return true;
        };
        return (a, b) => missing(ls, a) || missing(rs, b);
      }
      case 'exact': {
        const [l, r] = [left.codes(level.feature), right.codes(level.feature)];
        return (a, b) => {
          const x = l.array[a * l.stride + l.offset]!;
          if (x <= 0 || x !== r.array[b * r.stride + r.offset]) return false;
          hit = x;
          return true;
        };
      }
      case 'any_exact': {
        const ls = level.features.map((f) => left.codes(f));
        const rs = level.features.map((f) => right.codes(f));
        return (a, b) => {
          for (const l of ls) {
            const x = l.array[a * l.stride + l.offset]!;
            if (x <= 0) continue;
            for (const r of rs)
              if (r.array[b * r.stride + r.offset] === x) {
                hit = x;
                return true;
              }
          }
          return false;
        };
      }
      case 'jaro_winkler': {
        const [l, r, min] = [left.column(level.feature), right.column(level.feature), level.min];
        const jw = similarity(level.feature, l, r);
        return (a, b) => l[a] !== undefined && r[b] !== undefined && jw(a, b) >= min;
      }
      case 'edits': {
        const [l, r, max] = [left.column(level.feature), right.column(level.feature), level.max];
        const sameDigits = level.same_digits;
        return (a, b) => {
          const x = l[a];
          const y = r[b];
          if (x === undefined || y === undefined) return false;
          if (sameDigits && digitsOf(x) !== digitsOf(y)) return false;
          return osaDistance(x, y, max) <= max;
        };
      }
      case 'gender_variant': {
        const [l, r] = [left.column(level.feature), right.column(level.feature)];
        return (a, b) => {
          const x = l[a];
          const y = r[b];
          return x !== undefined && y !== undefined && areGenderVariants(x, y);
        };
      }
      case 'nickname': {
        const [l, r] = [left.column(level.feature), right.column(level.feature)];
        return (a, b) => {
          const x = l[a];
          const y = r[b];
          return x !== undefined && y !== undefined && areNameVariants(x, y);
        };
      }
      case 'initial': {
        const [l, r] = [left.column(level.feature), right.column(level.feature)];
        return (a, b) => {
          const x = l[a];
          const y = r[b];
          if (x === undefined || y === undefined) return false;
          return (x.length === 1 && y.startsWith(x)) || (y.length === 1 && x.startsWith(y));
        };
      }
      case 'swapped': {
        const [l1, l2] = [left.column(level.feature), left.column(level.other)];
        const [r1, r2] = [right.column(level.feature), right.column(level.other)];
        return (a, b) => {
          const x = l1[a];
          const y = l2[a];
          return x !== undefined && y !== undefined && x === r2[b] && y === r1[b] && x !== y;
        };
      }
      case 'token_set': {
        const [l, r, min] = [left.column(level.feature), right.column(level.feature), level.min];
        const weights = tokenWeights(level.feature);
        return (a, b) => {
          if (l[a] === undefined || r[b] === undefined) return false;
          return tokenSetSimilarity(tokensOf(l, a), tokensOf(r, b), weights.weight) >= min;
        };
      }
      case 'acronym': {
        const [l, r] = [left.column(level.feature), right.column(level.feature)];
        const isAcronymOf = (short: string[], long: string[]) =>
          short.length === 1 && short[0]!.length >= 2 && long.length >= 2 && initialsOf(long) === short[0];
        return (a, b) => {
          if (l[a] === undefined || r[b] === undefined) return false;
          const x = tokensOf(l, a);
          const y = tokensOf(r, b);
          return isAcronymOf(x, y) || isAcronymOf(y, x);
        };
      }
      case 'last_digits': {
        const ls = level.features.map((f) => left.column(f));
        const rs = level.features.map((f) => right.column(f));
        const n = level.n;
        return (a, b) => {
          for (const l of ls) {
            const v = l[a];
            if (v === undefined || v.length < n) continue;
            const tail = v.slice(-n);
            for (const r of rs) if (r[b]?.endsWith(tail)) return true;
          }
          return false;
        };
      }
      case 'else':
        return () => true;
    }
  };

  const tests = comparison.levels.map(compile);
  const caches = [...jwCache.values()];
  const last = tests.length - 1;
  return {
    name: comparison.name,
    levels: comparison.levels,
    levelOf(a, b) {
      hit = 0;
      for (const c of caches) c.a = -1;
      for (let i = 0; i < last; i++) if (tests[i]!(a, b)) return i;
      return last;
    },
    matched: () => hit,
  };
}
