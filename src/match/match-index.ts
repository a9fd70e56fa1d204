/**
 * Incremental matching for entry-time checks: an index of existing records (their features, and one
 * hash map per blocking rule from key to records) answers `findMatches(record)` by scoring only the
 * records that share a blocking key with it. Term frequencies and word weights grow as records are added.
 */

import type { DuplicateCandidate, DuplicatePort } from '../gate/types.ts';
import { type BlockKey, keyAt } from './blocking.ts';
import {
  type CodeColumn,
  type Feature,
  type FeatureColumn,
  type FeatureTable,
  featureBuilder,
  type MatchRecord,
} from './features.ts';
import type { TokenWeights } from './levels.ts';
import { type MatchModel, modelFeatures } from './model.ts';
import { createScorer, type PairExplanation, tableStatistics } from './score.ts';

export interface MatchIndexOptions {
  /** A trained model (from `kempt train` or dedupeTable). */
  model: MatchModel;
  /** Report candidates at or above this probability; default the model's threshold. */
  threshold?: number;
  /** At most this many candidates, best first. Default 10. */
  limit?: number;
}

export interface MatchCandidate {
  id: string;
  probability: number;
  explanation: PairExplanation;
}

export interface MatchIndex {
  readonly size: number;
  add(id: string, record: MatchRecord): void;
  findMatches(record: MatchRecord, options?: { threshold?: number; limit?: number }): MatchCandidate[];
}

/**
 * A one-row table whose row is rewritten for every lookup. Its codes are the stored table's: a value
 * the index has never seen gets -1 (present, equal to nothing stored).
 */
function queryTable(features: readonly string[], stored: FeatureTable) {
  const columns = new Map<string, FeatureColumn>(features.map((f) => [f, [undefined]]));
  const ordered = features.map((f) => columns.get(f)!);
  const codes = new Map<string, CodeColumn>(
    features.map((f) => [f, { array: new Int32Array(1), stride: 1, offset: 0 }]),
  );
  const orderedCodes = features.map((f) => codes.get(f)!);
  const dictionaries = features.map((f) => stored.dictionary(f));
  const table: FeatureTable = {
    size: 1,
    columns,
    column(f) {
      const c = columns.get(f);
      if (!c) throw new Error(`feature "${f}" was not prepared`);
      return c;
    },
    codes: (f) => codes.get(f)!,
    dictionary: (f) => stored.dictionary(f),
  };
  return {
    table,
    set(values: readonly Feature[]) {
      for (let i = 0; i < ordered.length; i++) {
        ordered[i]![0] = values[i];
        orderedCodes[i]!.array[0] = dictionaries[i]!.code(values[i], false);
      }
    },
  };
}

export function createMatchIndex(options: MatchIndexOptions): MatchIndex {
  const { model } = options;
  const features = modelFeatures(model);
  const builder = featureBuilder(features);
  const stored = builder.table();
  const query = queryTable(features, stored);
  const stats = tableStatistics(model, [stored]);
  const tokenFeatures = [
    ...new Set(
      model.comparisons.flatMap((c) => c.levels.flatMap((l) => (l.is === 'token_set' ? [l.feature] : []))),
    ),
  ];
  const tokenWeights = new Map<string, TokenWeights>(tokenFeatures.map((f) => [f, stats.tokenWeights(f)]));
  const scorer = createScorer(model, {
    left: query.table,
    right: stored,
    tokenWeights: (f) => tokenWeights.get(f)!,
  });
  // Keys from the codes, as blocking makes them: the stored rows' for adding, the query row's for looking up.
  const rules = model.blocking.map((r) => ({
    stored: r.keys.map((k) => stored.codes(k)),
    query: r.keys.map((k) => query.table.codes(k)),
    limit: Math.min(model.max_block_size, r.max_block_size ?? Number.POSITIVE_INFINITY),
    blocks: new Map<NonNullable<BlockKey>, number[]>(),
  }));
  const tokenPositions = tokenFeatures.map((f) => [f, features.indexOf(f)] as const);
  const ids: string[] = [];
  // A stamp per stored record: "already a candidate of lookup n", without a set per lookup.
  let stamps = new Int32Array(1024);
  let lookup = 0;
  const threshold = options.threshold ?? model.threshold;
  const limit = options.limit ?? 10;

  return {
    get size() {
      return ids.length;
    },
    add(id, record) {
      const values = builder.compute(record);
      const index = builder.addValues(values);
      ids.push(id);
      for (const rule of rules) {
        const key = keyAt(rule.stored, index);
        if (key === undefined) continue;
        const block = rule.blocks.get(key);
        if (block) block.push(index);
        else rule.blocks.set(key, [index]);
      }
      for (const [f, p] of tokenPositions) tokenWeights.get(f)!.add(values[p]);
      if (index >= stamps.length) {
        const next = new Int32Array(stamps.length * 2);
        next.set(stamps);
        stamps = next;
      }
    },
    findMatches(record, opts = {}) {
      const values = builder.compute(record);
      query.set(values);
      lookup++;
      const min = opts.threshold ?? threshold;
      const out: { index: number; probability: number }[] = [];
      for (const rule of rules) {
        const key = keyAt(rule.query, 0);
        if (key === undefined) continue;
        const block = rule.blocks.get(key);
        // A key shared by too many records (a switchboard, "info@") says nothing; other rules still look.
        if (!block || block.length > rule.limit) continue;
        for (const index of block) {
          if (stamps[index] === lookup) continue;
          stamps[index] = lookup;
          const probability = scorer.probability(0, index);
          if (probability >= min) out.push({ index, probability });
        }
      }
      out.sort((a, b) => b.probability - a.probability);
      return out.slice(0, opts.limit ?? limit).map(({ index, probability }) => ({
        id: ids[index]!,
        probability,
        explanation: scorer.explain(0, index),
      }));
    },
  };
}

/**
 * The gate's duplicate port over an index: every record the gate lets through is looked up, and the
 * candidates come back with the comparisons that weighed most for them, in words.
 */
export function duplicatePort(index: MatchIndex): DuplicatePort {
  return {
    findMatches(record): DuplicateCandidate[] {
      return index.findMatches(record).map((m) => ({
        id: m.id,
        score: m.probability,
        reasons: m.explanation.comparisons
          .filter((c) => c.counted > 1)
          .sort((a, b) => b.counted - a.counted)
          .slice(0, 3)
          .map((c) => `${c.comparison}: ${c.level}`),
      }));
    },
  };
}
