/**
 * Blocking: which pairs are worth scoring. Each rule groups records whose key features are all present
 * and equal; rules run in order and a rule skips the pairs an earlier rule already made (the pair
 * agrees on that rule's keys too), so no pair is generated twice. A block bigger than the model's
 * limit is skipped and reported instead of exploding into millions of pairs (a switchboard number,
 * "info@" local parts, a placeholder value).
 */

import type { CodeColumn, FeatureTable } from './features.ts';
import type { BlockingRule } from './model.ts';

export interface SkippedBlock {
  key: string;
  records: number;
}

export interface RuleStats {
  name: string;
  keys: readonly string[];
  /** New pairs this rule contributed (pairs earlier rules made are not counted again). */
  pairs: number;
  /** Blocks of two or more records. */
  blocks: number;
  largestBlock: number;
  /** Blocks over the size limit, largest first (at most 10 listed). */
  skipped: SkippedBlock[];
  skippedBlocks: number;
  /**
   * Of those, the blocks over the model's limit on a rule without a limit of its own: a rule with its
   * own limit skips common keys by design (a switchboard, a common full name), which is no news.
   */
  oversized: number;
}

export interface CandidatePairs {
  /** Pair i is (left[i], right[i]) with left < right, made by rule `rule[i]`. */
  left: Int32Array;
  right: Int32Array;
  rule: Uint8Array;
  count: number;
  rules: RuleStats[];
}

/** A record's blocking key under a rule: a value's code, or the codes of several joined; undefined: none. */
export type BlockKey = number | string | undefined;

/**
 * A row's key under a rule from its features' codes (hashing a number or a short string of numbers is
 * cheaper than hashing the values). Undefined when a key feature is missing (0) or, in a lookup, holds a
 * value the table has never seen (-1): such a row shares the key with no stored one.
 */
export function keyAt(holders: readonly CodeColumn[], row: number): BlockKey {
  if (holders.length === 1) {
    const h = holders[0]!;
    const code = h.array[row * h.stride + h.offset]!;
    return code > 0 ? code : undefined;
  }
  let key = '';
  for (let c = 0; c < holders.length; c++) {
    const h = holders[c]!;
    const code = h.array[row * h.stride + h.offset]!;
    if (code <= 0) return undefined;
    key = c === 0 ? String(code) : `${key}:${code}`;
  }
  return key;
}

/** Each record's key under a rule (undefined when a key feature is missing). */
export function ruleKeys(table: FeatureTable, rule: BlockingRule): BlockKey[] {
  const holders = rule.keys.map((k) => table.codes(k));
  const out: BlockKey[] = new Array(table.size);
  for (let i = 0; i < table.size; i++) out[i] = keyAt(holders, i);
  return out;
}

/** The values behind a rule's key, for reports ("+420222111000", "novak + acme"). */
export function describeKey(table: FeatureTable, rule: BlockingRule, key: BlockKey): string {
  const codes = typeof key === 'number' ? [key] : String(key).split(':').map(Number);
  return codes.map((code, i) => table.dictionary(rule.keys[i]!).values[code] ?? '?').join(' + ');
}

/** Groups record indices by key; only keys shared by two or more records are kept. */
export function groupByKey<K extends string | number>(keys: readonly (K | undefined)[]): Map<K, number[]> {
  const first = new Map<K, number>();
  const groups = new Map<K, number[]>();
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    if (k === undefined) continue;
    const g = groups.get(k);
    if (g) {
      g.push(i);
      continue;
    }
    const f = first.get(k);
    if (f === undefined) first.set(k, i);
    else groups.set(k, [f, i]);
  }
  return groups;
}

class PairBuffer {
  left = new Int32Array(1 << 16);
  right = new Int32Array(1 << 16);
  rule = new Uint8Array(1 << 16);
  count = 0;

  push(a: number, b: number, r: number): void {
    if (this.count === this.left.length) {
      const grow = <T extends Int32Array | Uint8Array>(x: T): T => {
        const next = new (x.constructor as new (n: number) => T)(x.length * 2);
        next.set(x);
        return next;
      };
      this.left = grow(this.left);
      this.right = grow(this.right);
      this.rule = grow(this.rule);
    }
    this.left[this.count] = a;
    this.right[this.count] = b;
    this.rule[this.count] = r;
    this.count++;
  }
}

export interface BlockingOptions {
  maxBlockSize: number;
  /** Stop with an error past this many pairs in all (a guard for a model that blocks too loosely). */
  maxPairs?: number;
}

/** Candidate pairs of a table under the rules, in rule order, each pair once. */
export function candidatePairs(
  table: FeatureTable,
  rules: readonly BlockingRule[],
  options: BlockingOptions,
): CandidatePairs {
  if (rules.length > 255) throw new Error('at most 255 blocking rules');
  const maxPairs = options.maxPairs ?? 200_000_000;
  const buffer = new PairBuffer();
  const earlier: BlockKey[][] = [];
  const stats: RuleStats[] = [];
  rules.forEach((rule, r) => {
    const keys = ruleKeys(table, rule);
    const groups = groupByKey(keys);
    const s: RuleStats = {
      name: rule.name,
      keys: rule.keys,
      pairs: 0,
      blocks: groups.size,
      largestBlock: 0,
      skipped: [],
      skippedBlocks: 0,
      oversized: 0,
    };
    const limit = Math.min(options.maxBlockSize, rule.max_block_size ?? Number.POSITIVE_INFINITY);
    for (const [key, members] of groups) {
      if (members.length > s.largestBlock) s.largestBlock = members.length;
      if (members.length > limit) {
        s.skippedBlocks++;
        if (rule.max_block_size === undefined) s.oversized++;
        s.skipped.push({ key: describeKey(table, rule, key), records: members.length });
        continue;
      }
      for (let x = 0; x < members.length; x++) {
        const a = members[x]!;
        pairs: for (let y = x + 1; y < members.length; y++) {
          const b = members[y]!;
          for (let q = 0; q < earlier.length; q++) {
            const k = earlier[q]![a];
            if (k !== undefined && k === earlier[q]![b]) continue pairs;
          }
          buffer.push(a, b, r);
          s.pairs++;
        }
      }
      if (buffer.count > maxPairs)
        throw new Error(
          `blocking made more than ${maxPairs.toLocaleString('en')} candidate pairs (rule "${rule.name}"); tighten the rules or lower max_block_size`,
        );
    }
    s.skipped.sort((x, y) => y.records - x.records);
    s.skipped = s.skipped.slice(0, 10);
    stats.push(s);
    earlier.push(keys);
  });
  return {
    left: buffer.left.subarray(0, buffer.count),
    right: buffer.right.subarray(0, buffer.count),
    rule: buffer.rule.subarray(0, buffer.count),
    count: buffer.count,
    rules: stats,
  };
}
