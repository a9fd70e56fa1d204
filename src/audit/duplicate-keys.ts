/**
 * Exact-key duplicate counting for the audit, in bounded memory: keys are hashed to 52-bit numbers
 * (a Map of numbers costs about a third of a Map of strings at 1M keys; a collision among 1M keys has a
 * probability near 1e-4, negligible for counts). The key text is kept only for groups, to show examples.
 */

import type { DuplicateStats } from './report-types.ts';

const MAX_LISTED = 10;
const ROWS_PER_GROUP = 5;

interface Group {
  key: string;
  count: number;
  rows: number[];
}

export class DuplicateCounter {
  readonly #firstRow = new Map<number, number>();
  readonly #groups = new Map<number, Group>();
  #extra = 0;

  /** Records `key` for `row`; returns true when an earlier row had the same key. */
  add(key: string, row: number): boolean {
    const h = hash52(key);
    const first = this.#firstRow.get(h);
    if (first === undefined) {
      this.#firstRow.set(h, row);
      return false;
    }
    this.#extra++;
    const group = this.#groups.get(h);
    if (group) {
      group.count++;
      if (group.rows.length < ROWS_PER_GROUP) group.rows.push(row);
    } else {
      this.#groups.set(h, { key, count: 2, rows: [first, row] });
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

/** FNV-1a over UTF-16 code units in two 26-bit lanes: fast, allocation-free, 52 bits fit a double. */
export function hash52(text: string): number {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
  }
  return (a >>> 6) * 0x4000000 + (b >>> 6);
}
