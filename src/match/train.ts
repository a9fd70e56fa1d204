/**
 * Training without labels, the Fellegi–Sunter way:
 *   - u (how often different people agree at each level) from random pairs: nearly all random pairs
 *     are different people;
 *   - m (how often the same person agrees at each level) and the prior by expectation–maximisation
 *     over the candidate pairs, every comparison at once, with pairs blocking did not make counted as
 *     non-matches (their posterior is negligible when blocking finds nearly every match). That is EM
 *     over all pairs of the file, done on the few that matter.
 * EM starts from the model's own m values, which encode what a duplicate usually looks like. A
 * comparison with `train_m: false` keeps its m: without labels EM cannot tell a person from their
 * household or team (they share an address, a phone, a mailbox, a company), but the first name tells.
 * Labelled pairs, when given, measure m directly where they are numerous enough.
 */

import type { CandidatePairs } from './blocking.ts';
import type { FeatureTable } from './features.ts';
import type { MatchModel } from './model.ts';
import { type PairLevels, pairLevels } from './pair-levels.ts';
import { random } from './random.ts';
import { type Scorer, weightCombiner } from './score.ts';

export interface TrainOptions {
  randomPairs?: number;
  maxIterations?: number;
  seed?: number;
  /** Known pairs (row indices) and whether they are the same entity. */
  labels?: readonly { a: number; b: number; match: boolean }[];
  now?: Date;
}

export interface TrainReport {
  model: MatchModel;
  iterations: number;
  /** Expected number of matching pairs among the candidates. */
  expectedMatches: number;
  randomPairs: number;
  /** The candidate pairs' levels (under the trained u), for scoring without computing them again. */
  levels: PairLevels;
}

const FLOOR = 1e-6;
/** Pairs whose term-frequency adjustments differ by less than this (bits) are grouped for EM. */
const TF_STEP = 0.25;

/** u per comparison and level from random pairs (null levels excluded), with add-half smoothing. */
export function estimateU(scorer: Scorer, size: number, pairs: number, seed = 1): number[][] {
  const next = random(seed);
  const counts = scorer.comparisons.map((c) => new Float64Array(c.levels.length));
  const out = new Uint8Array(scorer.comparisons.length);
  for (let i = 0; i < pairs; i++) {
    const a = Math.floor(next() * size);
    let b = Math.floor(next() * (size - 1));
    if (b >= a) b++;
    scorer.levels(a, b, out);
    for (let c = 0; c < out.length; c++) counts[c]![out[c]!]!++;
  }
  return scorer.comparisons.map((c, i) => normalise(counts[i]!, c.levels, 0.5));
}

function normalise(counts: Float64Array, levels: readonly { is: string }[], smoothing: number): number[] {
  let total = 0;
  levels.forEach((l, i) => {
    if (l.is !== 'null') total += counts[i]! + smoothing;
  });
  return levels.map((l, i) => (l.is === 'null' ? 0.5 : Math.max(FLOOR, (counts[i]! + smoothing) / total)));
}

/** Candidate pairs with the same levels and (nearly) the same term-frequency adjustment. */
interface Pattern {
  levels: Uint8Array;
  tf: number;
  count: number;
}

function patternsOf(model: MatchModel, pl: PairLevels): Pattern[] {
  const c = pl.comparisons;
  // A pair's pattern as one number: levels in mixed radix, then the term-frequency bucket.
  const radix = model.comparisons.map((x) => x.levels.length);
  const seen = new Map<number, Pattern>();
  const byString = new Map<string, Pattern>();
  const fits = radix.reduce((p, r) => p * r, 1) < 2 ** 40;
  for (let i = 0; i < pl.count; i++) {
    const base = i * c;
    const bucket = Math.max(-2000, Math.min(2000, Math.round(pl.tf[i]! / TF_STEP)));
    let p: Pattern | undefined;
    let key = 0;
    let text = '';
    if (fits) {
      for (let k = c - 1; k >= 0; k--) key = key * radix[k]! + pl.levels[base + k]!;
      key = key * 4001 + bucket + 2000;
      p = seen.get(key);
    } else {
      text = `${pl.levels.subarray(base, base + c).join(',')}|${bucket}`;
      p = byString.get(text);
    }
    if (p) {
      p.count++;
      continue;
    }
    p = { levels: pl.levels.slice(base, base + c), tf: bucket * TF_STEP, count: 1 };
    if (fits) seen.set(key, p);
    else byString.set(text, p);
  }
  return [...seen.values(), ...byString.values()];
}

interface Estimate {
  m: number[][];
  prior: number;
  matches: number;
  iterations: number;
}

function em(
  patterns: readonly Pattern[],
  model: MatchModel,
  u: readonly number[][],
  allPairs: number,
  startPrior: number,
  maxIterations: number,
): Estimate {
  const comparisons = model.comparisons;
  let m = comparisons.map((c) => c.levels.map((l) => l.m ?? 0.5));
  let prior = startPrior;
  const combiner = weightCombiner(model);
  let matches = 0;
  let iterations = 0;
  for (; iterations < maxIterations; iterations++) {
    const logW = comparisons.map((c, i) =>
      c.levels.map((l, j) => (l.is === 'null' ? 0 : Math.log2(m[i]![j]! / u[i]![j]!))),
    );
    const sums = comparisons.map((c) => new Float64Array(c.levels.length));
    const logit = Math.log2(prior / (1 - prior));
    matches = 0;
    for (const p of patterns) {
      const w = logit + p.tf + combiner.combine(comparisons.length, (c) => logW[c]![p.levels[c]!]!);
      const mass = p.count / (1 + 2 ** -w);
      matches += mass;
      for (let c = 0; c < comparisons.length; c++) sums[c]![p.levels[c]!]! += mass;
    }
    const nextM = comparisons.map((c, i) => (c.train_m ? normalise(sums[i]!, c.levels, 0.01) : m[i]!));
    const nextPrior = clamp(Math.max(1, matches) / Math.max(1, allPairs));
    let change = Math.abs(Math.log(nextPrior / prior));
    nextM.forEach((row, c) => {
      row.forEach((v, l) => {
        change = Math.max(change, Math.abs(v - m[c]![l]!));
      });
    });
    m = nextM;
    prior = nextPrior;
    if (change < 1e-5) break;
  }
  return { m, prior, matches, iterations: iterations + 1 };
}

/** m per comparison and level from labelled matching pairs (null when too few saw the comparison). */
function mFromLabels(scorer: Scorer, model: MatchModel, labels: TrainOptions['labels']): (number[] | null)[] {
  const counts = model.comparisons.map((c) => new Float64Array(c.levels.length));
  const out = new Uint8Array(model.comparisons.length);
  for (const l of labels ?? []) {
    if (!l.match) continue;
    scorer.levels(l.a, l.b, out);
    for (let c = 0; c < out.length; c++) counts[c]![out[c]!]!++;
  }
  return model.comparisons.map((c, i) => {
    let seen = 0;
    c.levels.forEach((level, j) => {
      if (level.is !== 'null') seen += counts[i]![j]!;
    });
    return seen >= 20 ? normalise(counts[i]!, c.levels, 0.5) : null;
  });
}

/**
 * m from anchored pairs: for each comparison, the level distribution among the pairs of the anchors
 * that do not involve it (an anchor's own comparisons agree on its pairs by construction).
 */
function mFromAnchors(model: MatchModel, pl: PairLevels): (number[] | null)[] {
  const index = new Map(model.comparisons.map((c, i) => [c.name, i]));
  const anchors = model.anchors.map((a) => a.map((name) => index.get(name)!));
  const counts = model.comparisons.map((c) => new Float64Array(c.levels.length));
  if (anchors.length === 0) return counts.map(() => null);
  // The strongest agreement of a comparison is its first level after "null".
  const strongest = model.comparisons.map((c) => (c.levels[0]!.is === 'null' ? 1 : 0));
  const n = pl.comparisons;
  for (let i = 0; i < pl.count; i++) {
    const base = i * n;
    for (const anchor of anchors) {
      if (!anchor.every((c) => pl.levels[base + c] === strongest[c])) continue;
      for (let c = 0; c < n; c++) if (!anchor.includes(c)) counts[c]![pl.levels[base + c]!]!++;
    }
  }
  return model.comparisons.map((c, i) => {
    let seen = 0;
    c.levels.forEach((level, j) => {
      if (level.is !== 'null') seen += counts[i]![j]!;
    });
    return seen >= 20 && c.train_m ? normalise(counts[i]!, c.levels, 0.5) : null;
  });
}

function withParameters(
  model: MatchModel,
  m: readonly (readonly number[])[],
  u: readonly number[][],
): MatchModel {
  return {
    ...model,
    comparisons: model.comparisons.map((c, i) => ({
      ...c,
      levels: c.levels.map((level, l) =>
        level.is === 'null'
          ? { ...level, m: undefined, u: undefined }
          : { ...level, m: clamp(m[i]![l]!), u: clamp(u[i]![l]!) },
      ),
    })),
  };
}

/** Trains m, u and the prior of `model` on a table and its candidate pairs. */
export function trainModel(
  model: MatchModel,
  table: FeatureTable,
  scorer: Scorer,
  pairs: CandidatePairs,
  options: TrainOptions = {},
): TrainReport {
  const allPairs = (table.size * (table.size - 1)) / 2;
  const randomPairs = Math.min(options.randomPairs ?? 300_000, Math.max(1, allPairs));
  const u = estimateU(scorer, table.size, randomPairs, options.seed ?? 1);
  // Term-frequency adjustments depend on u: the pairs' levels are measured once u is known.
  const levels = pairLevels(
    scorer.withModel(
      withParameters(
        model,
        model.comparisons.map((c) => c.levels.map((l) => l.m ?? 0.5)),
        u,
      ),
    ),
    pairs,
  );
  const labelled = mFromLabels(scorer, model, options.labels);
  const anchored = mFromAnchors(model, levels);
  anchored.forEach((m, i) => {
    labelled[i] ??= m;
  });
  // Labelled m where there is enough of it; EM starts from there and keeps it.
  const start: MatchModel = {
    ...model,
    comparisons: model.comparisons.map((c, i) => {
      const known = labelled[i];
      if (!known) return c;
      return { ...c, train_m: false, levels: c.levels.map((l, j) => ({ ...l, m: known[j] })) };
    }),
  };
  const withU = withParameters(
    start,
    start.comparisons.map((c) => c.levels.map((l) => l.m ?? 0.5)),
    u,
  );
  const estimate = em(
    patternsOf(model, levels),
    withU,
    u,
    allPairs,
    clamp(model.prior),
    options.maxIterations ?? 200,
  );
  const trained = withParameters(start, estimate.m, u);
  return {
    model: {
      ...trained,
      comparisons: trained.comparisons.map((c, i) => ({ ...c, train_m: model.comparisons[i]!.train_m })),
      prior: estimate.prior,
      trained: {
        at: (options.now ?? new Date()).toISOString(),
        records: table.size,
        candidate_pairs: pairs.count,
        random_pairs: randomPairs,
        em_iterations: estimate.iterations,
        labelled_pairs: options.labels?.length ?? 0,
      },
    },
    iterations: estimate.iterations,
    expectedMatches: estimate.matches,
    randomPairs,
    levels,
  };
}

function clamp(p: number): number {
  return Math.min(1 - FLOOR, Math.max(FLOOR, p));
}
