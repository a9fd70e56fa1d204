/**
 * Scoring (Fellegi–Sunter): a pair's match weight is the prior's log-odds plus, per comparison, the
 * weight log2(m/u) of the level it reaches; a missing value (the null level) weighs nothing. Agreement
 * on a value is adjusted by how common the value is (term frequency): a shared "Smith" or a shared
 * switchboard number says less than a shared "Wiśniewska".
 */

import type { FeatureTable } from './features.ts';
import { type CompiledComparison, compileComparison, TokenWeights } from './levels.ts';
import type { MatchModel } from './model.ts';

export interface LevelWeight {
  comparison: string;
  level: string;
  /** Match weight in bits (log2 of the likelihood ratio); 0 for a missing value. */
  weight: number;
  /** The part of `weight` that counts in the total (less within a group, where the strongest counts). */
  counted: number;
  group?: string;
  /** The part of `weight` due to how common the agreed value is (0 when not adjusted). */
  tfAdjustment: number;
  left: string | undefined;
  right: string | undefined;
}

export interface PairExplanation {
  probability: number;
  /** Total match weight in bits: the prior plus every comparison's weight. */
  weight: number;
  prior: number;
  comparisons: LevelWeight[];
}

export interface Scorer {
  readonly comparisons: readonly CompiledComparison[];
  /** The level each comparison reaches for the pair, written into `out`. */
  levels(a: number, b: number, out: Uint8Array): void;
  /** `levels`, returning the pair's term-frequency adjustment in bits (depends on u only, not on m). */
  levelsWithTf(a: number, b: number, out: Uint8Array): number;
  /** Match weight of (a, b) in bits. */
  weight(a: number, b: number): number;
  probability(a: number, b: number): number;
  explain(a: number, b: number): PairExplanation;
  /** A scorer of another model (the same comparisons, trained) over the same tables. */
  withModel(model: MatchModel): Scorer;
}

export const log2 = Math.log2;

export function probabilityOf(weight: number): number {
  return 1 / (1 + 2 ** -weight);
}

/**
 * Adds comparison weights up, group by group: within a group the largest positive weight and the most
 * negative one count, the rest do not (they repeat the same evidence).
 */
export function weightCombiner(model: MatchModel) {
  const names = [...new Set(model.comparisons.flatMap((c) => (c.group ? [c.group] : [])))];
  const groupOf = Int32Array.from(model.comparisons, (c) => (c.group ? names.indexOf(c.group) : -1));
  const best = new Float64Array(names.length);
  const worst = new Float64Array(names.length);
  return {
    groupOf,
    /** The total of per-comparison weights `w(c)`, group rules applied. */
    combine(count: number, w: (c: number) => number): number {
      best.fill(0);
      worst.fill(0);
      let total = 0;
      for (let c = 0; c < count; c++) {
        const x = w(c);
        const g = groupOf[c]!;
        if (g < 0) total += x;
        else if (x > best[g]!) best[g] = x;
        else if (x < worst[g]!) worst[g] = x;
      }
      for (let g = 0; g < names.length; g++) total += best[g]! + worst[g]!;
      return total;
    },
  };
}

/** Weight tables of a model: log2(m/u) per comparison and level (0 for null levels). */
export function levelWeights(model: MatchModel): number[][] {
  return model.comparisons.map((c) =>
    c.levels.map((l) => (l.is === 'null' ? 0 : log2((l.m ?? 0.5) / (l.u ?? 0.5)))),
  );
}

/**
 * The tables a scorer reads: `left` and `right` (the same table when deduplicating; a one-row query
 * and the stored records for a lookup). Value frequencies come from `right`'s dictionaries.
 */
export interface ScorerTables {
  left: FeatureTable;
  right: FeatureTable;
  tokenWeights: (feature: string) => TokenWeights;
}

/** Word weights of a table for the features a model compares word by word. */
export function tableStatistics(model: MatchModel, tables: readonly FeatureTable[]) {
  const tokens = new Map<string, TokenWeights>();
  for (const c of model.comparisons)
    for (const l of c.levels)
      if (l.is === 'token_set' && !tokens.has(l.feature))
        tokens.set(l.feature, new TokenWeights(tables.map((t) => t.column(l.feature))));
  const tokenWeights = (feature: string) => tokens.get(feature) ?? new TokenWeights([]);
  return { tokenWeights };
}

export function createScorer(model: MatchModel, tables: ScorerTables): Scorer {
  const comparisons = model.comparisons.map((c) =>
    compileComparison(c, tables.left, tables.right, tables.tokenWeights),
  );
  const weights = levelWeights(model);
  const priorWeight = log2(model.prior / (1 - model.prior));
  // Per comparison and level: the dictionary whose value frequencies adjust the weight, if any.
  const tfDictionary = model.comparisons.map((c) =>
    c.levels.map((l) =>
      l.is === 'exact' && l.tf
        ? tables.right.dictionary(l.feature)
        : l.is === 'any_exact' && l.tf
          ? tables.right.dictionary(l.features[0]!)
          : undefined,
    ),
  );
  const u = model.comparisons.map((c) => c.levels.map((l) => l.u ?? 0.5));
  const combiner = weightCombiner(model);
  const perComparison = new Float64Array(comparisons.length);

  function tfAdjustment(c: number, level: number): number {
    const dictionary = tfDictionary[c]![level];
    if (dictionary === undefined) return 0;
    const code = comparisons[c]!.matched();
    if (code <= 0) return 0;
    // u of this very value: how likely two different people share it by chance.
    return log2(u[c]![level]! / dictionary.frequency(code));
  }

  function weight(a: number, b: number): number {
    for (let c = 0; c < comparisons.length; c++) {
      const level = comparisons[c]!.levelOf(a, b);
      perComparison[c] = weights[c]![level]! + tfAdjustment(c, level);
    }
    return priorWeight + combiner.combine(comparisons.length, (c) => perComparison[c]!);
  }

  return {
    comparisons,
    levels(a, b, out) {
      for (let c = 0; c < comparisons.length; c++) out[c] = comparisons[c]!.levelOf(a, b);
    },
    levelsWithTf(a, b, out) {
      let tf = 0;
      for (let c = 0; c < comparisons.length; c++) {
        const level = comparisons[c]!.levelOf(a, b);
        out[c] = level;
        tf += tfAdjustment(c, level);
      }
      return tf;
    },
    weight,
    probability: (a, b) => probabilityOf(weight(a, b)),
    withModel: (next) => createScorer(next, tables),
    explain(a, b) {
      const parts: LevelWeight[] = model.comparisons.map((c, i) => {
        const level = comparisons[i]!.levelOf(a, b);
        const adjustment = tfAdjustment(i, level);
        const w = weights[i]![level]! + adjustment;
        const feature = mainFeature(c.levels);
        return {
          comparison: c.name,
          level: c.levels[level]!.label,
          weight: w,
          counted: w,
          ...(c.group ? { group: c.group } : {}),
          tfAdjustment: adjustment,
          left: feature ? tables.left.column(feature)[a] : undefined,
          right: feature ? tables.right.column(feature)[b] : undefined,
        };
      });
      // Within a group only the strongest agreement and the strongest disagreement count.
      for (const part of parts) {
        if (part.group === undefined || part.weight === 0) continue;
        const rivals = parts.filter(
          (q) => q.group === part.group && Math.sign(q.weight) === Math.sign(part.weight),
        );
        const strongest = rivals.reduce((x, y) => (Math.abs(y.weight) > Math.abs(x.weight) ? y : x));
        if (strongest !== part) part.counted = 0;
      }
      const total = priorWeight + parts.reduce((s, q) => s + q.counted, 0);
      return { probability: probabilityOf(total), weight: total, prior: priorWeight, comparisons: parts };
    },
  };
}

/** The feature a comparison is about (its null level's first), for showing values. */
function mainFeature(levels: MatchModel['comparisons'][number]['levels']): string | undefined {
  const first = levels[0]!;
  if (first.is === 'null') return first.features[0];
  return 'feature' in first ? first.feature : undefined;
}
