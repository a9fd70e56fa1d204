import { collapseWhitespace, quoted } from '../text.ts';
import type { FieldAnalysis, FieldContext, Finding } from '../types.ts';
import { verdictOf } from '../types.ts';
import { placeKey } from './fold.ts';
import { ENGLISH_NAMES, lookupCountry } from './lookup.ts';
import { typoCountry } from './typo.ts';
import { PLACEHOLDERS } from './variants.ts';

export type CountryFindingCode =
  | 'country.unknown'
  | 'country.typo'
  | 'country.ambiguous'
  | 'country.subdivision'
  | 'country.placeholder';

// The longest country name ("United Kingdom of Great Britain and Northern Ireland") has 52 characters.
const MAX_LENGTH = 100;
const MAX_PLACEHOLDER = 12;

export interface CountryFacts {
  /** ISO 3166-1 alpha-2 code, when the value denotes one country with certainty. */
  code?: string;
}

export interface CountryAnalyzerOptions {
  /** What a recognised country is normalized to: its alpha-2 code (default) or English short name. */
  output?: 'alpha2' | 'name';
}

/** The alpha-2 code a value denotes with certainty (codes, names in many languages, UK/England → GB). */
export function countryCode(value: string): string | undefined {
  if (value.length > MAX_LENGTH) return undefined;
  const entry = lookupCountry(value) ?? lookupCountry(collapseWhitespace(value));
  return entry !== undefined && 'code' in entry ? entry.code : undefined;
}

/** English short name of an alpha-2 code ("CZ" → "Czechia"); undefined for unknown codes. */
export function countryName(code: string): string | undefined {
  return ENGLISH_NAMES.get(code.toUpperCase());
}

function finding(
  field: string,
  code: CountryFindingCode,
  severity: Finding['severity'],
  message: string,
  suggestion?: string,
): Finding {
  return suggestion === undefined
    ? { code, field, severity, message }
    : { code, field, severity, message, suggestion };
}

function analysis(input: string, normalized: string, findings: Finding[], code?: string) {
  const facts: CountryFacts = code === undefined ? {} : { code };
  return { input, normalized, findings, verdict: verdictOf(input, findings), facts };
}

/** Builds a country analyzer: recognises codes and names, normalizes certain ones to `output`. */
export function countryAnalyzer(options: CountryAnalyzerOptions = {}) {
  const render =
    options.output === 'name' ? (code: string) => ENGLISH_NAMES.get(code) ?? code : (code: string) => code;

  function placeholder(input: string, value: string, field: string): FieldAnalysis<CountryFacts> {
    const message = `${quoted(value)} is a placeholder, not a country; leave the field empty when unknown`;
    return analysis(input, value, [finding(field, 'country.placeholder', 'warning', message)]);
  }

  function unrecognised(input: string, value: string, field: string): FieldAnalysis<CountryFacts> {
    const typo = value.length > MAX_LENGTH ? undefined : typoCountry(placeKey(value));
    if (typo !== undefined) {
      const name = ENGLISH_NAMES.get(typo) ?? typo;
      const message = `${quoted(value)} is not a country name; it looks like a misspelling of ${name} (${typo})`;
      return analysis(input, value, [finding(field, 'country.typo', 'warning', message, render(typo))]);
    }
    const message = `${quoted(value)} is not a country name or ISO 3166 code known to kempt`;
    return analysis(input, value, [finding(field, 'country.unknown', 'error', message)]);
  }

  return function analyzeCountry(input: string, ctx: FieldContext): FieldAnalysis<CountryFacts> {
    const value = collapseWhitespace(input);
    // verdictOf only trims, so zero-width-only input would count as a value.
    if (value === '') return { input, normalized: value, findings: [], verdict: 'empty', facts: {} };
    // Before the lookup: "N/A" would otherwise read as Namibia's code.
    if (value.length <= MAX_PLACEHOLDER && PLACEHOLDERS.has(value.toLowerCase()))
      return placeholder(input, value, ctx.field);
    const entry = value.length > MAX_LENGTH ? undefined : lookupCountry(value);
    if (entry === undefined) return unrecognised(input, value, ctx.field);
    switch (entry.kind) {
      case 'country':
        return analysis(input, render(entry.code), [], entry.code);
      case 'subdivision': {
        const message = `${quoted(value)} is part of ${ENGLISH_NAMES.get(entry.code)}; the country is ${entry.code}`;
        const note = finding(ctx.field, 'country.subdivision', 'info', message);
        return analysis(input, render(entry.code), [note], entry.code);
      }
      case 'ambiguous': {
        const names = entry.codes.map((code) => `${ENGLISH_NAMES.get(code)} (${code})`).join(' or ');
        const message = `${quoted(value)} is ambiguous (${entry.why}): ${names}`;
        const note = finding(ctx.field, 'country.ambiguous', 'warning', message, render(entry.codes[0]!));
        return analysis(input, value, [note]);
      }
      case 'not_country': {
        const message = `${quoted(value)} is not a country: ${entry.why}`;
        return analysis(input, value, [finding(ctx.field, 'country.unknown', 'error', message)]);
      }
    }
  };
}

/** Country analyzer with alpha-2 output. */
export const analyzeCountry = countryAnalyzer();
