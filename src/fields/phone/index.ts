export type { PhoneAnalyzerOptions, PhoneFacts } from './analyze.ts';
export { analyzePhone, formatPhone, phoneAnalyzer } from './analyze.ts';
export { digitsOf, preparePhone, splitNumbers, vanityToDigits } from './clean.ts';
export { fictionalReason, placeholderReason } from './fake.ts';
export type { PhoneFindingCode } from './findings.ts';
export type { ParsedPhone, PhoneType } from './parse.ts';
