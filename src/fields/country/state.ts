import { collapseWhitespace, quoted } from '../text.ts';
import type { FieldAnalysis, FieldContext, Finding } from '../types.ts';
import { verdictOf } from '../types.ts';
import { foldPlaceKey, placeKey } from './fold.ts';
import { ENGLISH_NAMES } from './lookup.ts';
import { STATE_TABLES } from './states-data.ts';

export type StateFindingCode = 'state.unknown' | 'state.country_mismatch' | 'state.country_inferred';

export interface StateFacts {
  /** Postal code of the state or province ("CA", "QC", "NSW"). */
  code?: string;
  /** Alpha-2 country the state belongs to: the record's, or inferred from an unambiguous name. */
  country?: string;
}

export interface StateAnalyzerOptions {
  /** What a recognised state is normalized to: its postal code (default) or its name. */
  output?: 'code' | 'name';
}

// No state name is longer than 40 characters; longer values skip key building entirely.
const MAX_LENGTH = 60;

function stateKey(value: string): string {
  return value.length > MAX_LENGTH ? '' : foldPlaceKey(placeKey(value));
}

interface StateIndex {
  byKey: Map<string, string>;
  names: Map<string, string>;
}

// Full names only: "Ontario" in a US record says something, "CA" or "NT" in the wrong table does not.
const FULL_NAMES = new Map<string, { country: string; code: string }>();
// Names that are also countries or cities ("Georgia", "Victoria") and territories with their own ISO
// code ("Puerto Rico") never imply a country.
const NOT_INFERRED = new Set([
  'georgia',
  'victoria',
  'puertorico',
  'guam',
  'americansamoa',
  'northernmarianaislands',
  'usvirginislands',
  'virginislands',
]);

function buildIndex(country: string, table: Readonly<Record<string, readonly string[]>>): StateIndex {
  const byKey = new Map<string, string>();
  const names = new Map<string, string>();
  for (const [code, variants] of Object.entries(table)) {
    names.set(code, variants[0]!);
    byKey.set(code.toLowerCase(), code);
    for (const variant of variants) {
      const key = stateKey(variant);
      byKey.set(key, code);
      if (variant.length > 3 && !variant.includes('.') && !NOT_INFERRED.has(key) && !FULL_NAMES.has(key)) {
        FULL_NAMES.set(key, { country, code });
      }
    }
  }
  return { byKey, names };
}

const INDEXES = new Map<string, StateIndex>();
for (const [country, table] of Object.entries(STATE_TABLES)) INDEXES.set(country, buildIndex(country, table));

function analysis(input: string, normalized: string, findings: Finding[], facts: StateFacts) {
  return { input, normalized, findings, verdict: verdictOf(input, findings), facts };
}

/** Builds a state analyzer for US, Canadian and Australian records; other countries pass through. */
export function stateAnalyzer(options: StateAnalyzerOptions = {}) {
  const byName = options.output === 'name';

  function unknown(input: string, value: string, country: string, field: string): FieldAnalysis<StateFacts> {
    const elsewhere = FULL_NAMES.get(stateKey(value));
    if (elsewhere !== undefined && elsewhere.country !== country) {
      const message = `${quoted(value)} is in ${ENGLISH_NAMES.get(elsewhere.country)} (${elsewhere.code}), but the record's country is ${country}`;
      const mismatch: Finding = { code: 'state.country_mismatch', field, severity: 'warning', message };
      return analysis(input, value, [mismatch], { code: elsewhere.code, country: elsewhere.country });
    }
    const message = `${quoted(value)} is not a state, province or territory of ${ENGLISH_NAMES.get(country)}`;
    return analysis(input, value, [{ code: 'state.unknown', field, severity: 'warning', message }], {});
  }

  function inferred(input: string, value: string, field: string): FieldAnalysis<StateFacts> {
    const found = FULL_NAMES.get(stateKey(value));
    if (found === undefined) return analysis(input, value, [], {});
    const message = `${quoted(value)} is a state or province of ${ENGLISH_NAMES.get(found.country)}; the record has no country`;
    const note: Finding = {
      code: 'state.country_inferred',
      field,
      severity: 'info',
      message,
      suggestion: byName ? INDEXES.get(found.country)!.names.get(found.code)! : found.code,
    };
    return analysis(input, value, [note], { code: found.code, country: found.country });
  }

  return function analyzeState(input: string, ctx: FieldContext): FieldAnalysis<StateFacts> {
    const value = collapseWhitespace(input);
    // verdictOf only trims, so zero-width-only input would count as a value.
    if (value === '') return { input, normalized: value, findings: [], verdict: 'empty', facts: {} };
    if (ctx.country === undefined || ctx.country === '') return inferred(input, value, ctx.field);
    const country = ctx.country.toUpperCase();
    const index = INDEXES.get(country);
    if (index === undefined) return analysis(input, value, [], {});
    const code = index.names.has(value) ? value : index.byKey.get(stateKey(value));
    if (code === undefined) return unknown(input, value, country, ctx.field);
    return analysis(input, byName ? index.names.get(code)! : code, [], { code, country });
  };
}

/** State analyzer with postal-code output. */
export const analyzeState = stateAnalyzer();
