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

interface Group {
  key: string;
  count: number;
  rows: number[];
}

export class DuplicateCounter {
  readonly #table = new HashIndex();
  readonly #groups = new Map<string, Group>();
  #extra = 0;

  /** Records `key` for `row`; returns true when an earlier row had the same key. */
  add(key: string, row: number): boolean {
    const [a, b] = hash64(key);
    const first = this.#table.firstOrInsert(a, b, row);
    if (first < 0) return false;
    this.#extra++;
    const group = this.#groups.get(key);
    if (group) {
      group.count++;
      if (group.rows.length < ROWS_PER_GROUP) group.rows.push(row);
    } else {
      this.#groups.set(key, { key, count: 2, rows: [first, row] });
    }
    return true;
  }

  stats(key: DuplicateStats['key'], label: string): DuplicateStats {
    const largest = [...this.#groups.values()]
      .sort((a, b) => b.count - a.count || a.rows[0]! - b.rows[0]!)
      .slice(0, MAX_LISTED)
      .map((g) => ({ key: g.key, count: g.count, rows: g.rows }));
    return { key, label, groups: this.#groups.size, extraRecords: this.#extra, largest };
  }
}
