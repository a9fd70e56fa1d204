export type { CountryAnalyzerOptions, CountryFacts, CountryFindingCode } from './country.ts';
export { analyzeCountry, countryAnalyzer, countryCode, countryName } from './country.ts';
export { foldPlaceKey, placeKey } from './fold.ts';
export type { StateAnalyzerOptions, StateFacts, StateFindingCode } from './state.ts';
export { analyzeState, stateAnalyzer } from './state.ts';
