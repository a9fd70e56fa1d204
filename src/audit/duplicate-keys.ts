/**
 * Exact-key duplicate counting for the audit, in compact memory: each key is hashed to 64 bits (two
 * independent 32-bit FNV-1a lanes) and kept in an open-addressing table of typed arrays, 12 bytes a
 * slot, so 1M distinct keys cost ~25 MB instead of ~100 MB for a Map of strings. Two different keys
 * share both lanes with a probability near 1e-7 among 1M keys: negligible for counts. The key text is
 * kept only for groups, to show examples.
 */

import { HashIndex, hash64 } from '../io/hash.ts';
import type { DuplicateStats } from './report-types.ts';

const MAX_LISTED = 10;
const ROWS_PER_GROUP = 5;

/**
 * Groups (keys seen twice or more) are kept in typed arrays too: a key string per group and nothing else
 * for the collector to visit. A Map of group objects, each with its rows array, was 4–5 objects per group:
 * on the 1M export (163k groups) the main thread's full collections marked about 700k of them again and
 * again, and its background marking took 3.1 s of CPU per audit (measured 2026-11-23).
 */
export class DuplicateCounter {
  /** Key hash → the first row that had the key. */
  readonly #firstRow = new HashIndex();
  /** Key hash → its group's index, once a second row has the key. */
  readonly #groupOf = new HashIndex();
  readonly #keys: string[] = [];
  #counts = new Int32Array(1024);
  /** ROWS_PER_GROUP slots per group: its first rows. */
  #rows = new Int32Array(1024 * ROWS_PER_GROUP);
  #extra = 0;

  /** Records `key` for `row`; returns true when an earlier row had the same key. */
  add(key: string, row: number): boolean {
    const [a, b] = hash64(key);
    const first = this.#firstRow.firstOrInsert(a, b, row);
    if (first < 0) return false;
    this.#extra++;
    const group = this.#groupOf.firstOrInsert(a, b, this.#keys.length);
    if (group < 0) {
      const g = this.#keys.length;
      if (g === this.#counts.length) this.#grow();
      this.#keys.push(key);
      this.#counts[g] = 2;
      this.#rows[g * ROWS_PER_GROUP] = first;
      this.#rows[g * ROWS_PER_GROUP + 1] = row;
    } else {
      const seen = this.#counts[group]!++;
      if (seen < ROWS_PER_GROUP) this.#rows[group * ROWS_PER_GROUP + seen] = row;
    }
    return true;
  }

  stats(key: DuplicateStats['key'], label: string): DuplicateStats {
    const counts = this.#counts;
    const order = Array.from(this.#keys.keys()).sort(
      (x, y) => counts[y]! - counts[x]! || this.#rows[x * ROWS_PER_GROUP]! - this.#rows[y * ROWS_PER_GROUP]!,
    );
    const largest = order.slice(0, MAX_LISTED).map((g) => {
      const n = Math.min(counts[g]!, ROWS_PER_GROUP);
      const rows = Array.from(this.#rows.subarray(g * ROWS_PER_GROUP, g * ROWS_PER_GROUP + n));
      return { key: this.#keys[g]!, count: counts[g]!, rows };
    });
    return { key, label, groups: this.#keys.length, extraRecords: this.#extra, largest };
  }

  #grow(): void {
    const counts = new Int32Array(this.#counts.length * 2);
    counts.set(this.#counts);
    const rows = new Int32Array(this.#rows.length * 2);
    rows.set(this.#rows);
    this.#counts = counts;
    this.#rows = rows;
  }
}
