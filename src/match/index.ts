export type { CandidatePairs, RuleStats, SkippedBlock } from './blocking.ts';
export { candidatePairs, groupByKey, keyAt, ruleKeys } from './blocking.ts';
export type { Clustering, ScoredPair } from './cluster.ts';
export { averageLinkage, clusterPairs } from './cluster.ts';
export type { DedupeOptions, DedupeResult } from './dedupe.ts';
export { dedupeTable } from './dedupe.ts';
export type { DedupeFileOptions, DedupeSummary } from './dedupe-file.ts';
export {
  dedupeFile,
  loadForMatching,
  readLabelsOrThrow,
  readModelOrThrow,
  writeModel,
} from './dedupe-file.ts';
export type { Feature, FeatureTable, MatchRecord } from './features.ts';
export { CONTACT_FEATURES, customFeature, featureBuilder, featureTable } from './features.ts';
export type { MatchCandidate, MatchIndex, MatchIndexOptions } from './match-index.ts';
export { createMatchIndex, duplicatePort } from './match-index.ts';
export type { BlockingRule, Comparison, LevelTest, MatchModel } from './model.ts';
export { MODEL_VERSION, modelFeatures, modelOrThrow, modelSchema } from './model.ts';
export { presetModel } from './presets.ts';
export type { PairExplanation, Scorer } from './score.ts';
export { createScorer, probabilityOf, tableStatistics } from './score.ts';
export type { TrainOptions, TrainReport } from './train.ts';
export { estimateU, trainModel } from './train.ts';
