export type { DateAnalysis, DateAnalyzerOptions, DateFacts, DateFindingCode } from './analyze.ts';
export { analyzeDate, dateAnalyzer, MAX_DATE_LENGTH, normalizeDate } from './analyze.ts';
export type { DateParts, TimeParts } from './calendar.ts';
export { epochOf, formatIso, isStale, isValidDate, monthsSince } from './calendar.ts';
export type { DateParse, DayOrder } from './parse.ts';
export { parseDate } from './parse.ts';
