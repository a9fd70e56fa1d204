/**
 * The levels of every candidate pair, computed once (the costly part: string similarities) and kept
 * in typed arrays, one byte per pair and comparison: training, the prior and scoring all read them.
 * A pair's weight under any m is then a sum of table lookups.
 */

import type { CandidatePairs } from './blocking.ts';
import type { MatchModel } from './model.ts';
import { levelWeights, type Scorer, weightCombiner } from './score.ts';

export interface PairLevels {
  count: number;
  comparisons: number;
  /** Pair i's level in comparison c is levels[i * comparisons + c]. */
  levels: Uint8Array;
  /** Pair i's term-frequency adjustment in bits (it depends on u, which training sets first). */
  tf: Float32Array;
}

export function pairLevels(scorer: Scorer, pairs: CandidatePairs): PairLevels {
  const comparisons = scorer.comparisons.length;
  const levels = new Uint8Array(pairs.count * comparisons);
  const tf = new Float32Array(pairs.count);
  const out = new Uint8Array(comparisons);
  for (let i = 0; i < pairs.count; i++) {
    tf[i] = scorer.levelsWithTf(pairs.left[i]!, pairs.right[i]!, out);
    levels.set(out, i * comparisons);
  }
  return { count: pairs.count, comparisons, levels, tf };
}

/** Each pair's match weight in bits under a model (prior included). */
export function pairWeights(model: MatchModel, pl: PairLevels): Float64Array {
  const table = levelWeights(model);
  const prior = Math.log2(model.prior / (1 - model.prior));
  const out = new Float64Array(pl.count);
  const c = pl.comparisons;
  const combiner = weightCombiner(model);
  let base = 0;
  const w = (k: number) => table[k]![pl.levels[base + k]!]!;
  for (let i = 0; i < pl.count; i++) {
    base = i * c;
    out[i] = prior + pl.tf[i]! + combiner.combine(c, w);
  }
  return out;
}
