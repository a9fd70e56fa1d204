export type { PostcodeAnalysis, PostcodeFacts, PostcodeFindingCode } from './analyze.ts';
export {
  analyzePostcode,
  canonicalPostcode,
  compactPostcode,
  MAX_POSTCODE_LENGTH,
  normalizePostcode,
} from './analyze.ts';
export type { PostcodeFormat } from './formats.ts';
export { POSTCODE_FORMATS } from './formats.ts';
