/**
 * The duplicate finder on a set of records: features → blocking → training (unless the model is
 * trained) → scoring → clustering. Pure computation on records in memory; dedupe-file.ts reads and
 * writes the files around it.
 */

import { KemptError } from '../errors.ts';
import { type CandidatePairs, candidatePairs, type RuleStats } from './blocking.ts';
import { type Clustering, clusterPairs, type ScoredPair } from './cluster.ts';
import type { FeatureTable } from './features.ts';
import type { MatchModel } from './model.ts';
import { type PairLevels, pairLevels, pairWeights } from './pair-levels.ts';
import { createScorer, probabilityOf, type Scorer, tableStatistics } from './score.ts';
import { type TrainOptions, trainModel } from './train.ts';

export interface DedupeOptions {
  threshold?: number;
  /** Train even when the model is trained already. */
  retrain?: boolean;
  train?: TrainOptions;
  /** Keep scored pairs at or above this probability (for the pairs file); default min(0.5, threshold). */
  keepPairsFrom?: number;
  onPhase?: (phase: Phase, detail: string) => void;
}

export type Phase = 'block' | 'train' | 'score' | 'cluster';

export interface DedupeResult {
  model: MatchModel;
  threshold: number;
  clustering: Clustering;
  /** Scored pairs kept (probability ≥ keepPairsFrom), best first. */
  pairs: ScoredPair[];
  candidatePairs: number;
  rules: RuleStats[];
  timings: Record<Phase, number>;
  warnings: string[];
  scorer: Scorer;
}

/** Warnings about features that cannot help (all empty) and blocks that were skipped. */
function warningsFor(table: FeatureTable, model: MatchModel, rules: readonly RuleStats[]): string[] {
  const out: string[] = [];
  for (const c of model.comparisons) {
    const first = c.levels[0]!;
    if (first.is !== 'null') continue;
    const empty = first.features.every((f) => table.column(f).every((v) => v === undefined));
    if (empty) out.push(`${c.name}: every value is empty, so it cannot tell records apart.`);
  }
  for (const r of rules)
    if (r.oversized > 0) {
      const top = r.skipped
        .slice(0, Math.min(3, r.oversized))
        .map((s) => `"${s.key}" (${s.records.toLocaleString('en')} records)`)
        .join(', ');
      out.push(
        `blocking rule "${r.name}": ${r.oversized} block(s) over the size limit were skipped, e.g. ${top}; other rules still compare those records.`,
      );
    }
  return out;
}

export function dedupeTable(
  table: FeatureTable,
  start: MatchModel,
  options: DedupeOptions = {},
): DedupeResult {
  if (table.size === 0)
    throw new KemptError(
      'match_input',
      'There are no records to compare.',
      {},
      'Check that the file has rows below its header.',
    );
  const timings: Record<Phase, number> = { block: 0, train: 0, score: 0, cluster: 0 };
  const timed = <T>(phase: Phase, fn: () => T): T => {
    const t = performance.now();
    const out = fn();
    timings[phase] = Math.round(performance.now() - t);
    return out;
  };
  const pairs: CandidatePairs = timed('block', () =>
    candidatePairs(table, start.blocking, { maxBlockSize: start.max_block_size }),
  );
  options.onPhase?.('block', `${pairs.count.toLocaleString('en')} candidate pairs`);
  const stats = tableStatistics(start, [table]);
  const scorerFor = (model: MatchModel) => createScorer(model, { left: table, right: table, ...stats });
  let model = start;
  let levels: PairLevels | undefined;
  if (!model.trained || options.retrain) {
    const report = timed('train', () => trainModel(start, table, scorerFor(start), pairs, options.train));
    model = report.model;
    levels = report.levels;
  }
  options.onPhase?.('train', `prior ${model.prior.toExponential(2)}`);
  const threshold = options.threshold ?? model.threshold;
  const keep = options.keepPairsFrom ?? Math.min(0.5, threshold);
  const scorer = scorerFor(model);
  const kept: ScoredPair[] = timed('score', () => {
    const weights = pairWeights(model, levels ?? pairLevels(scorer, pairs));
    const out: ScoredPair[] = [];
    for (let i = 0; i < pairs.count; i++) {
      const probability = probabilityOf(weights[i]!);
      if (probability >= keep) out.push({ a: pairs.left[i]!, b: pairs.right[i]!, probability });
    }
    return out.sort((x, y) => y.probability - x.probability);
  });
  options.onPhase?.('score', `${kept.length.toLocaleString('en')} pairs at ${keep} or above`);
  const clustering = timed('cluster', () =>
    clusterPairs(table.size, kept, { threshold, score: scorer.probability }),
  );
  return {
    model,
    threshold,
    clustering,
    pairs: kept,
    candidatePairs: pairs.count,
    rules: pairs.rules,
    timings,
    warnings: warningsFor(table, model, pairs.rules),
    scorer,
  };
}
