/**
 * Postcode analysis. With a known country whose format is listed, a value that matches it is
 * rewritten to the national canonical form ("11000" → "110 00" for Czechia, "lt 12345" →
 * "LT-12345"); one that does not is a warning, not an error, because the record's country may be
 * the wrong field. Without a country only junk is reported: no format judgement is possible.
 */

import { collapseWhitespace, hasLooseWhitespace } from '../text.ts';
import type { FieldAnalysis, FieldContext, Finding } from '../types.ts';
import { verdictOf } from '../types.ts';
import type { PostcodeFormat } from './formats.ts';
import { COUNTRY_ALIASES, POSTCODE_FORMATS } from './formats.ts';

export type PostcodeFindingCode = 'postcode.invalid' | 'postcode.placeholder';

export interface PostcodeFacts {
  /** The country whose format the value matched. */
  country?: string;
}

export type PostcodeAnalysis = FieldAnalysis<PostcodeFacts>;

/** No postcode system uses more characters than this (without spaces and dashes). */
export const MAX_POSTCODE_LENGTH = 12;

const SEPARATORS = /[\s\-\u2010-\u2015\u2212\u30FC\uFF0D\u3012]+/g;
const NON_ASCII = /[^\x00-\x7f]/;
const ALL_ZERO_OR_X = /^(?:0+|X+)$/;
const HAS_DIGIT = /\d/;
const TOKEN = /[\p{L}\p{N}-]+/gu;
// Beyond this the value is not read at all (a postcode plus a pasted city fits easily).
const MAX_INPUT_LENGTH = 200;
const PLACEHOLDER_WORDS = new Set([
  'N/A',
  'NA',
  'N.A.',
  'NONE',
  'NULL',
  'NIL',
  '?',
  '.',
  'TBD',
  'UNKNOWN',
  '-',
]);

/** Uppercase, without spaces, dashes or the Japanese postal mark; full-width digits folded. */
export function compactPostcode(value: string): string {
  const folded = NON_ASCII.test(value) ? value.normalize('NFKC') : value;
  return folded.replace(SEPARATORS, '').toUpperCase();
}

function formatFor(country: string | undefined): [string, PostcodeFormat] | undefined {
  if (country === undefined || country === '') return undefined;
  let cc = country.toUpperCase();
  cc = COUNTRY_ALIASES[cc] ?? cc;
  const format = POSTCODE_FORMATS[cc];
  return format === undefined ? undefined : [cc, format];
}

/** The canonical form of `value` for the country, or undefined when it does not match the format. */
export function canonicalPostcode(value: string, country: string): string | undefined {
  const entry = formatFor(country);
  return entry === undefined ? undefined : matchFormat(compactPostcode(value), entry[1]);
}

function matchFormat(compact: string, f: PostcodeFormat): string | undefined {
  if (f.pattern.test(compact)) return f.format(compact);
  for (const prefix of f.prefixes ?? []) {
    if (compact.startsWith(prefix)) {
      const rest = compact.slice(prefix.length);
      if (f.pattern.test(rest)) return f.format(rest);
    }
  }
  return undefined;
}

function invalid(ctx: FieldContext, message: string, suggestion?: string): Finding {
  const f: Finding = { code: 'postcode.invalid', field: ctx.field, severity: 'warning', message };
  if (suggestion !== undefined) f.suggestion = suggestion;
  return f;
}

/** Analyzes one postcode against `ctx.country`; never throws. */
export function analyzePostcode(input: string, ctx: FieldContext): PostcodeAnalysis {
  if (input.length > MAX_INPUT_LENGTH) {
    const findings = [invalid(ctx, `The value is ${input.length} characters long, too long for a postcode.`)];
    return { input, normalized: input, findings, verdict: 'invalid', facts: {} };
  }
  const value = hasLooseWhitespace(input) ? collapseWhitespace(input) : input;
  if (value === '') return { input, normalized: '', findings: [], verdict: 'empty', facts: {} };
  const compact = compactPostcode(value);
  if (isPlaceholder(value, compact)) {
    const message = `"${value}" is a placeholder, not a postcode.`;
    const findings: Finding[] = [
      { code: 'postcode.placeholder', field: ctx.field, severity: 'error', message },
    ];
    return { input, normalized: value, findings, verdict: 'invalid', facts: {} };
  }
  const entry = formatFor(ctx.country);
  const canonical = entry === undefined ? undefined : matchFormat(compact, entry[1]);
  if (canonical !== undefined) {
    return { input, normalized: canonical, findings: [], verdict: 'valid', facts: { country: entry![0] } };
  }
  const findings =
    junk(value, compact, ctx) ?? (entry === undefined ? [] : [mismatch(value, compact, entry, ctx)]);
  return { input, normalized: value, findings, verdict: verdictOf(input, findings), facts: {} };
}

function isPlaceholder(value: string, compact: string): boolean {
  return ALL_ZERO_OR_X.test(compact) || (value.length <= 8 && PLACEHOLDER_WORDS.has(value.toUpperCase()));
}

function junk(value: string, compact: string, ctx: FieldContext): Finding[] | undefined {
  if (compact.length > MAX_POSTCODE_LENGTH) {
    return [invalid(ctx, `"${value}" is too long for a postcode.`, tokenSuggestion(value, ctx.country))];
  }
  if (!HAS_DIGIT.test(compact))
    return [invalid(ctx, `"${value}" has no digits; every postcode format has some.`)];
  return undefined;
}

function mismatch(
  value: string,
  compact: string,
  [cc, f]: [string, PostcodeFormat],
  ctx: FieldContext,
): Finding {
  const message = `"${value}" is not a postcode of ${f.name} (${cc}): expected ${f.expected}.`;
  return invalid(ctx, message, zeroPadded(compact, f) ?? tokenSuggestion(value, cc));
}

// Spreadsheets drop leading zeros: a Boston ZIP 02134 arrives as 2134.
function zeroPadded(compact: string, f: PostcodeFormat): string | undefined {
  const digits = f.digits;
  if (digits === undefined || compact.length >= digits || compact.length < digits - 2) return undefined;
  return matchFormat(compact.padStart(digits, '0'), f);
}

// "10115 Berlin", "Praha 1, 110 00": exactly one token, or pair of adjacent tokens, matches the format.
function tokenSuggestion(value: string, country: string | undefined): string | undefined {
  if (country === undefined) return undefined;
  const tokens = value.match(TOKEN) ?? [];
  let found: string | undefined;
  for (let i = 0; i < tokens.length; i++) {
    for (const candidate of [tokens[i]!, `${tokens[i]}${tokens[i + 1] ?? ''}`]) {
      const canonical = canonicalPostcode(candidate, country);
      if (canonical === undefined) continue;
      if (found !== undefined && found !== canonical) return undefined;
      found = canonical;
    }
  }
  return found;
}

/** The postcode after certain fixes only; idempotent. */
export function normalizePostcode(input: string, country?: string): string {
  return analyzePostcode(
    input,
    country === undefined ? { field: 'postcode' } : { field: 'postcode', country },
  ).normalized;
}
