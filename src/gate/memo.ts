/**
 * The gate's memo of field outcomes. CRM columns repeat: countries, states, cities, job titles, lead
 * sources, owners, company names and first names take a few thousand distinct values over millions of
 * rows, so most of their checks need not run twice. Emails and street addresses rarely repeat, and
 * there a memo only costs (hashing every value, keeping outcomes alive for the garbage collector).
 * So each field measures its own hit rate and stops memoising when it does not pay, trying again
 * now and then because a file sorted by one column can change character halfway.
 *
 * Outcomes that depend on the record's country are kept per country (a scope): a second map lookup
 * on an interned country code is cheaper than building and hashing a composite key. The hit rate is
 * measured across scopes, so thirty countries do not each pay for their own measurement.
 */

import { GenerationalCache } from '../fields/memo.ts';

export interface MemoPolicy {
  /** Entries per generation (at most twice as many are held), shared by all scopes. */
  capacity: number;
  /** Lookups per measurement window. */
  window: number;
  /** Below this share of hits in a window the memo switches off. */
  minHitRate: number;
  /** Lookups skipped while off before measuring again. */
  pause: number;
}

export const DEFAULT_MEMO_POLICY: MemoPolicy = {
  capacity: 2_048,
  window: 4_096,
  minHitRate: 0.25,
  pause: 131_072,
};

const NO_SCOPE = '';

export class AdaptiveMemo<V> {
  readonly #policy: MemoPolicy;
  #scopes: Map<string, GenerationalCache<V>> | undefined;
  #lookups = 0;
  #hits = 0;
  #skipped = 0;

  constructor(policy: MemoPolicy = DEFAULT_MEMO_POLICY) {
    this.#policy = policy;
    this.#scopes = policy.capacity > 0 ? new Map() : undefined;
  }

  get enabled(): boolean {
    return this.#scopes !== undefined;
  }

  /** The memoised value, or undefined (also when the memo is off: then `set` is a no-op too). */
  get(key: string, scope: string = NO_SCOPE): V | undefined {
    const scopes = this.#scopes;
    if (scopes === undefined) {
      if (this.#policy.capacity > 0 && ++this.#skipped >= this.#policy.pause) {
        this.#skipped = 0;
        this.#scopes = new Map();
      }
      return undefined;
    }
    const hit = scopes.get(scope)?.get(key);
    if (hit !== undefined) this.#hits++;
    if (++this.#lookups === this.#policy.window) {
      if (this.#hits < this.#policy.minHitRate * this.#lookups) this.#scopes = undefined;
      this.#lookups = 0;
      this.#hits = 0;
    }
    return hit;
  }

  set(key: string, value: V, scope: string = NO_SCOPE): void {
    const scopes = this.#scopes;
    if (scopes === undefined) return;
    let cache = scopes.get(scope);
    if (cache === undefined) {
      // Scopes split one column's values; each gets a share so the column's total stays bounded.
      cache = new GenerationalCache(
        scope === NO_SCOPE ? this.#policy.capacity : Math.ceil(this.#policy.capacity / 8),
      );
      scopes.set(scope, cache);
    }
    cache.set(key, value);
  }
}
