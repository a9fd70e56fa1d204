export { analyzeJobTitle, jobTitleAnalyzer } from './analyze.ts';
export { cleanTitle } from './clean.ts';
export {
  detectNotATitle,
  isPlaceholderTitle,
  looksLikeCompany,
  MAX_TITLE_LENGTH,
  type NotATitleReason,
} from './detect.ts';
export { classifyTitle, jobTitleNormalizer, normalizeJobTitle } from './normalize.ts';
export {
  DEPARTMENTS,
  type Department,
  type JobTitleFacts,
  type JobTitleFindingCode,
  type JobTitleOptions,
  SENIORITIES,
  SENIORITY_RANK,
  type Seniority,
  type TitleClass,
} from './types.ts';
