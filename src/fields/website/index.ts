export type { WebsiteAnalysis, WebsiteFacts, WebsiteFindingCode } from './analyze.ts';
export { analyzeWebsite, normalizeWebsite } from './analyze.ts';
export type { ParsedWebsite, ParseResult } from './parse.ts';
export { formatWebsite, MAX_WEBSITE_LENGTH, parseWebsite, repairSchemeSeparator } from './parse.ts';
export { publicSuffix, registrableDomain } from './registrable-domain.ts';
