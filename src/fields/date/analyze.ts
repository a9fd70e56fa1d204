/**
 * Date analysis. `normalized` is ISO 8601 only when the reading is certain, else the trimmed input.
 * Timezone policy: a value with a zone (Z, ±hh:mm, UTC/GMT) or an epoch number is an instant and is
 * written in UTC with `Z`; a time without a zone ("2024-03-05 14:22", as HubSpot exports in the
 * portal's zone) stays a local time without `Z`, because inventing a zone would be a guess. Its
 * `facts.epochMs` reads it as UTC, which is at most 14 hours off: fine for staleness and "future".
 */

import { collapseWhitespace, hasLooseWhitespace } from '../text.ts';
import type { FieldAnalysis, FieldContext, Finding } from '../types.ts';
import { findingBuilder, verdictOf } from '../types.ts';
import type { DateParts } from './calendar.ts';
import { epochOf, formatIso, monthsSince } from './calendar.ts';
import type { DayOrder } from './parse.ts';
import { parseCanonical, parseDate } from './parse.ts';

export type DateFindingCode =
  | 'date.invalid'
  | 'date.ambiguous'
  | 'date.future'
  | 'date.too_old'
  | 'date.stale';

export interface DateFacts {
  /** ISO 8601 form (same as `normalized`) when the reading is certain. */
  iso?: string;
  epochMs?: number;
}

export type DateAnalysis = FieldAnalysis<DateFacts>;

export interface DateAnalyzerOptions {
  /** The clock; tests and batch runs pin it. */
  now: () => Date;
  /** Report `date.stale` (info) for dates at least this many whole months old. */
  staleAfterMonths?: number;
  /** Force the day/month order of "05/03/2024"; by default it follows the record's country. */
  dayFirst?: boolean;
}

/** Longer values are rejected unread: no date format comes close. */
export const MAX_DATE_LENGTH = 80;

// Countries that write the month first; Canada mixes both orders and counts as unknown.
const MONTH_FIRST = new Set(['US', 'PR', 'GU', 'VI', 'AS', 'MP', 'UM', 'FM', 'MH', 'PW', 'PH']);
const MIXED_ORDER = new Set(['CA']);
// Dates systems write for "unknown": spreadsheet and Unix zero days.
const PLACEHOLDER_DAYS: readonly string[] = ['1900-01-01', '1970-01-01'];
const ALLOWED_FUTURE_MS = 86_400_000;

function orderFor(country: string | undefined, dayFirst: boolean | undefined): DayOrder | undefined {
  if (dayFirst !== undefined) return dayFirst ? 'dmy' : 'mdy';
  if (country === undefined || country === '') return undefined;
  const cc = country.toUpperCase();
  if (MIXED_ORDER.has(cc)) return undefined;
  return MONTH_FIRST.has(cc) ? 'mdy' : 'dmy';
}

// Prefix tests rather than a Set of sliced days: no string is cut and hashed for every valid date.
function isPlaceholderDay(iso: string): boolean {
  for (const day of PLACEHOLDER_DAYS) if (iso.startsWith(day)) return true;
  return false;
}

const finding = findingBuilder<DateFindingCode>();

/** Builds a date analyzer bound to a clock and staleness policy. */
export function dateAnalyzer(
  options: DateAnalyzerOptions,
): (input: string, ctx: FieldContext) => DateAnalysis {
  const { now, staleAfterMonths, dayFirst } = options;

  function checks(parts: DateParts, iso: string, epochMs: number, ctx: FieldContext): Finding[] {
    const findings: Finding[] = [];
    const nowDate = now();
    if (parts.year < 1900 || isPlaceholderDay(iso)) {
      const why =
        parts.year < 1900 ? 'is before 1900' : 'is a date systems write when the real one is unknown';
      findings.push(finding('date.too_old', ctx, 'warning', `${iso} ${why}.`));
    } else if (epochMs - nowDate.getTime() > ALLOWED_FUTURE_MS) {
      findings.push(finding('date.future', ctx, 'warning', `${iso} is in the future.`));
    } else if (staleAfterMonths !== undefined) {
      const months = monthsSince(epochMs, nowDate);
      if (months >= staleAfterMonths) {
        findings.push(
          finding(
            'date.stale',
            ctx,
            'info',
            `${iso} is ${months} months old (stale after ${staleAfterMonths}).`,
          ),
        );
      }
    }
    return findings;
  }

  return function analyzeDate(input: string, ctx: FieldContext): DateAnalysis {
    if (input.length > MAX_DATE_LENGTH) {
      const message = `The value is ${input.length} characters long; no date is longer than ${MAX_DATE_LENGTH}.`;
      return {
        input,
        normalized: input,
        findings: [finding('date.invalid', ctx, 'error', message)],
        verdict: 'invalid',
        facts: {},
      };
    }
    const value = hasLooseWhitespace(input) ? collapseWhitespace(input) : input;
    if (value === '') return { input, normalized: '', findings: [], verdict: 'empty', facts: {} };
    // The day/month order matters only to the rarer slashed forms: the common ones skip looking it up.
    const parsed = parseCanonical(value) ?? parseDate(value, orderFor(ctx.country, dayFirst));
    if (parsed.kind === 'invalid') {
      const findings = [finding('date.invalid', ctx, 'error', `"${value}" is not a date: ${parsed.reason}.`)];
      return { input, normalized: value, findings, verdict: 'invalid', facts: {} };
    }
    const iso = formatIso(parsed.parts);
    if (parsed.kind === 'ambiguous') {
      const message = `"${value}" is ambiguous: ${parsed.reason}; ${iso} is the likely reading.`;
      const findings = [{ ...finding('date.ambiguous', ctx, 'warning', message), suggestion: iso }];
      return { input, normalized: value, findings, verdict: 'risky', facts: {} };
    }
    const epochMs = epochOf(parsed.parts);
    const findings = checks(parsed.parts, iso, epochMs, ctx);
    return { input, normalized: iso, findings, verdict: verdictOf(input, findings), facts: { iso, epochMs } };
  };
}

/** Date analysis against the system clock, without staleness. */
export const analyzeDate = dateAnalyzer({ now: () => new Date() });

/** The date after certain fixes only (ISO 8601 when certain); idempotent. */
export function normalizeDate(input: string, country?: string): string {
  return analyzeDate(input, country === undefined ? { field: 'date' } : { field: 'date', country })
    .normalized;
}
