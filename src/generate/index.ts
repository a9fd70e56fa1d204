/**
 * Synthetic CRM contact exports: dirty, multilingual, reproducible by seed, with duplicate ground
 * truth. Standalone: imports no field module, so benchmarks measure the field modules against data
 * they did not shape.
 */

export type { CsvWriteOptions, CsvWriteResult } from './csv.ts';
export { csvField, csvLine, writeContactsCsv, writeRowsCsv } from './csv.ts';
export type { DirtKind, DirtRates } from './dirt.ts';
export { DIRT_KINDS, dirtNames, MAX_DIRT_RATES } from './dirt.ts';
export type { ContactRows, LabeledContact, RecordRole } from './generate.ts';
export { generateContacts, generateLabeledContacts } from './generate.ts';
export type { HardNegativeKind } from './hard-negatives.ts';
export { HARD_NEGATIVE_KINDS } from './hard-negatives.ts';
export type { Column, HeaderStyle } from './headers.ts';
export { COL, COLUMNS, HEADER_STYLES, TRUTH_HEADER } from './headers.ts';
export type { PairEvaluation } from './labels.ts';
export { duplicateClusters, evaluatePairs, truePairs, truePairsCount } from './labels.ts';
export type { LocaleCode } from './locale-types.ts';
export { LOCALE_CODES } from './locale-types.ts';
export type { GenerateOptions, ParseResult, ResolvedGenerateOptions } from './options.ts';
export { DEFAULT_NOW, parseGenerateOptions, resolveGenerateOptionsOrThrow } from './options.ts';
export type { FillRates, Person } from './person.ts';
export { DEFAULT_FILL_RATES } from './person.ts';
export { hashString, Prng } from './prng.ts';
export type { Variation } from './variations.ts';
export { VARIATIONS } from './variations.ts';
