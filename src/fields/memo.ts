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

/**
 * Wraps an analyzer with a cache keyed by the value (and the record's country, which phone, state,
 * postcode, date and company analyses read). Callers must treat the returned analyses as read-only:
 * one object may answer many rows.
 */
export function memoizeAnalyzer<A extends Analyzer>(analyze: A, capacity = 4096): A {
  const cache = new GenerationalCache<ReturnType<A>>(capacity);
  return function memoized(input: string, ctx: FieldContext) {
    const key = ctx.country ? `${ctx.country}\u0000${ctx.field}\u0000${input}` : `${ctx.field}\u0000${input}`;
    let result = cache.get(key);
    if (result === undefined) {
      result = analyze(input, ctx) as ReturnType<A>;
      cache.set(key, result);
    }
    return result;
  } as unknown as A;
}
