export { analyzeLeadSource, analyzeLifecycleStage, analyzePicklist } from './analyze.ts';
export type {
  PicklistAnalysis,
  PicklistFacts,
  PicklistFindingCode,
  PicklistOption,
  PicklistOptions,
} from './analyzer.ts';
export { picklistAnalyzer } from './analyzer.ts';
export { editDistance, foldPicklistKey } from './fold.ts';
export { LEAD_SOURCE_OPTIONS } from './lead-source.ts';
export { LIFECYCLE_STAGE_OPTIONS } from './lifecycle-stage.ts';
