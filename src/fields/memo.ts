/**
 * Bounded memoisation for field analyzers. CRM columns repeat themselves (countries, stages, sources,
 * owners, titles, the company of every colleague, a switchboard number), so remembering recent answers
 * saves most of the work on those columns and costs a Map lookup on the others.
 */

import type { FieldAnalysis, FieldContext } from './types.ts';

/**
 * A bounded memo with two generations: lookups hit the young map, then the old one (promoting the
 * entry); when the young map is full it becomes the old one. Approximates LRU with two Map operations
 * per hit and no per-entry bookkeeping.
 */
export class GenerationalCache<V> {
  #young = new Map<string, V>();
  #old = new Map<string, V>();
  readonly #capacity: number;

  /** `capacity` is the size of one generation; at most twice as many entries are held. */
  constructor(capacity: number) {
    this.#capacity = capacity;
  }

  get(key: string): V | undefined {
    const hit = this.#young.get(key);
    if (hit !== undefined) return hit;
    const aged = this.#old.get(key);
    if (aged !== undefined) this.set(key, aged);
    return aged;
  }

  set(key: string, value: V): void {
    if (this.#young.size >= this.#capacity) {
      this.#old = this.#young;
      this.#young = new Map();
    }
    this.#young.set(key, value);
  }

  get size(): number {
    return this.#young.size + this.#old.size;
  }
}

// biome-ignore lint/suspicious/noExplicitAny: analyzers differ only in their facts
type Analyzer = (input: string, ctx: FieldContext) => FieldAnalysis<any>;

/** Calls after which a cache that rarely hits is switched off, and the hit rate that keeps it on. */
const PROBE_CALLS = 8192;
const MIN_HIT_RATE = 0.2;

export interface MemoOptions {
  /** Entries per generation (at most twice as many are held). */
  capacity?: number;
  /** The analysis reads the record's country (phone, state, postcode, dates, company, names). */
  countrySensitive?: boolean;
}

/**
 * Wraps one field's analyzer with a cache keyed by the value. A country-sensitive analysis is reused
 * only for the same country (the entry remembers it; another country replaces it). Self-tuning: a
 * column whose values rarely repeat (emails, street addresses) turns its cache off after a probe,
 * since a miss costs a hash of the value for nothing. Callers must treat the returned analyses as
 * read-only: one object may answer many rows.
 */
export function memoizeAnalyzer<A extends Analyzer>(analyze: A, options: MemoOptions = {}): A {
  const cache = new GenerationalCache<{ country: string | undefined; result: ReturnType<A> }>(
    options.capacity ?? 2048,
  );
  const sensitive = options.countrySensitive ?? false;
  let calls = 0;
  let hits = 0;
  let enabled = true;
  return function memoized(input: string, ctx: FieldContext) {
    if (!enabled) return analyze(input, ctx);
    const entry = cache.get(input);
    let result: ReturnType<A>;
    if (entry !== undefined && (!sensitive || entry.country === ctx.country)) {
      result = entry.result;
      hits++;
    } else {
      result = analyze(input, ctx) as ReturnType<A>;
      cache.set(input, { country: ctx.country, result });
    }
    if (++calls === PROBE_CALLS && hits < calls * MIN_HIT_RATE) enabled = false;
    return result;
  } as unknown as A;
}
