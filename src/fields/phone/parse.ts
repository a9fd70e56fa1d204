import type { CountryCode } from 'libphonenumber-js/max';
import { ParseError, type PhoneNumber, parsePhoneNumberWithError } from 'libphonenumber-js/max';
import { GenerationalCache } from '../memo.ts';
import { readPlain } from './plain.ts';

/** libphonenumber's number types, lowercased: `mobile`, `fixed_line`, `toll_free`, `premium_rate`, ... */
export type PhoneType =
  | 'mobile'
  | 'fixed_line'
  | 'fixed_line_or_mobile'
  | 'premium_rate'
  | 'toll_free'
  | 'shared_cost'
  | 'voip'
  | 'personal_number'
  | 'pager'
  | 'uan'
  | 'voicemail';

/** A number libphonenumber could read; shared between calls through the cache, so read-only. */
export interface ParsedPhone {
  readonly e164: string;
  readonly callingCode: string;
  readonly nationalNumber: string;
  /** ISO alpha-2 region the number belongs to, when libphonenumber can tell. */
  readonly region?: string;
  /** Set exactly when the number is valid (matches an assigned range of its region). */
  readonly type?: PhoneType;
  /** Length fits the region (valid numbers are always possible). */
  readonly possible: boolean;
}

/** Why libphonenumber could not read a number at all. */
export type ParseFailure = 'NOT_A_NUMBER' | 'INVALID_COUNTRY' | 'TOO_SHORT' | 'TOO_LONG' | 'INVALID_LENGTH';

export type ParseOutcome = ParsedPhone | ParseFailure;

/** libphonenumber's own reading; `read` uses it for the values plain.ts does not handle. */
export function readWithLibrary(text: string, region: string | undefined): ParseOutcome {
  let number: PhoneNumber;
  // libphonenumber reports failures by throwing; a stack trace is most of that cost and never read.
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    number = parsePhoneNumberWithError(text, {
      defaultCountry: region as CountryCode | undefined,
      extract: false,
    });
  } catch (error) {
    if (error instanceof ParseError) return error.message as ParseFailure;
    return 'NOT_A_NUMBER';
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
  }
  // With /max metadata every region has type patterns, so isValid() is exactly getType() !== undefined
  // (libphonenumber's isValid calls getNumberType); calling only getType halves the regex work.
  const type = number.getType();
  return {
    e164: number.number,
    callingCode: number.countryCallingCode,
    nationalNumber: number.nationalNumber,
    region: number.country,
    type: type?.toLowerCase() as PhoneType | undefined,
    possible: type !== undefined || number.isPossible(),
  };
}

// Plain values (digits and separators: nearly all of them) are read by the port in plain.ts, ~10x faster.
function read(text: string, region: string | undefined): ParseOutcome {
  return readPlain(text, region) ?? readWithLibrary(text, region);
}

/** A valid number: libphonenumber found its type, which it only does for assigned ranges. */
export function isValid(outcome: ParseOutcome): outcome is ParsedPhone & { type: PhoneType } {
  return typeof outcome !== 'string' && outcome.type !== undefined;
}

/** Parses strictly (the whole text must be a number) with a bounded memo of recent inputs per region. */
export function phoneParser(cacheSize: number) {
  if (cacheSize <= 0) return read;
  // One memo per region: keys stay the raw text, so a lookup allocates no composite key string.
  const caches = new Map<string | undefined, GenerationalCache<ParseOutcome>>();
  return function parsePhone(text: string, region: string | undefined): ParseOutcome {
    let cache = caches.get(region);
    if (cache === undefined) {
      cache = new GenerationalCache<ParseOutcome>(cacheSize);
      caches.set(region, cache);
    }
    let outcome = cache.get(text);
    if (outcome === undefined) {
      outcome = read(text, region);
      cache.set(text, outcome);
    }
    return outcome;
  };
}
