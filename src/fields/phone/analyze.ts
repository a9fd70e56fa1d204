import { collapseWhitespace, quoted } from '../text.ts';
import type { FieldAnalysis, FieldContext, Finding } from '../types.ts';
import { verdictOf } from '../types.ts';
import { digitsOf, hasLetters, type PreparedPhone, preparePhone } from './clean.ts';
import { type Diagnosis, phoneDiagnoser } from './diagnose.ts';
import { fictionalReason, placeholderReason } from './fake.ts';
import { FIELD_TYPE_MISMATCH, phoneFinding } from './findings.ts';
import { isValid, type ParsedPhone, type ParseOutcome, type PhoneType, phoneParser } from './parse.ts';
import { hasCountry } from './plans.ts';

export interface PhoneFacts {
  /** E.164 form of a valid, non-fictional number: the identity to deduplicate on. */
  e164?: string;
  region?: string;
  type?: PhoneType;
  ext?: string;
  nationalNumber?: string;
}

export interface PhoneAnalyzerOptions {
  /** Region for national numbers when the record has no (supported) country. */
  defaultRegion?: string;
  /** Regions tried when a national number is not valid for its region; a single hit is suggested. */
  candidateRegions?: readonly string[];
  /** Entries per generation and region of the parse memo (switchboards repeat); 0 disables it. */
  cacheSize?: number;
}

// libphonenumber refuses longer input; checking first keeps a 1 MB cell from reaching any regex.
const MAX_LENGTH = 250;
// The shortest numbers in service (Niue, Saint Helena) have four digits after the country code.
const MIN_DIGITS = 4;
const DEFAULT_CANDIDATES = 'CZ SK PL DE AT CH GR LT LV EE RU UA FR GB US'.split(' ');
// Off by default. Measured (CPU time, 87k bench values): since plain values are read without
// libphonenumber (plain.ts), a 256-entry memo costs 0.5 µs per all-distinct value and saves only
// 0.2 µs when a third repeat (switchboards); the audit memoizes whole analyses per column anyway.
const DEFAULT_CACHE_SIZE = 0;

function result(input: string, normalized: string, findings: Finding[], facts: PhoneFacts) {
  return { input, normalized, findings, verdict: verdictOf(input, findings), facts };
}

function supportedRegion(code: string | undefined): string | undefined {
  if (code === undefined || code === '') return undefined;
  const upper = code.toUpperCase();
  return hasCountry(upper) ? upper : undefined;
}

function factsOf(parsed: ParsedPhone, ext: string | undefined): PhoneFacts {
  const facts: PhoneFacts = { e164: parsed.e164, nationalNumber: parsed.nationalNumber };
  if (parsed.region !== undefined) facts.region = parsed.region;
  if (parsed.type !== undefined) facts.type = parsed.type;
  if (ext !== undefined) facts.ext = ext;
  return facts;
}

/** `+14155550123;ext=12`: E.164 plus the RFC 3966 extension parameter, which parses back to itself. */
export function formatPhone(e164: string, ext: string | undefined): string {
  return ext === undefined ? e164 : `${e164};ext=${ext}`;
}

function fakeFinding(
  field: string,
  value: string,
  digits: string,
  parsed?: ParsedPhone,
): Finding | undefined {
  let reason = placeholderReason(digits);
  if (reason === undefined && parsed !== undefined) {
    reason =
      placeholderReason(parsed.nationalNumber) ?? fictionalReason(parsed.callingCode, parsed.nationalNumber);
  }
  if (reason === undefined) return undefined;
  return phoneFinding(field, 'phone.fake', 'error', `${quoted(value)} is fake: ${reason}`);
}

function notes(value: string, parsed: ParsedPhone, ext: string | undefined, field: string): Finding[] {
  const findings: Finding[] = [];
  if (ext !== undefined) {
    findings.push(phoneFinding(field, 'phone.extension', 'info', `${quoted(value)} has extension ${ext}`));
  }
  if (parsed.type === 'premium_rate') {
    findings.push(phoneFinding(field, 'phone.premium', 'info', `${quoted(value)} is a premium-rate number`));
  } else if (field === 'mobile' && parsed.type !== undefined && FIELD_TYPE_MISMATCH.has(parsed.type)) {
    const message = `${quoted(value)} is a ${parsed.type.replaceAll('_', '-')} number in a mobile field`;
    findings.push(phoneFinding(field, 'phone.type', 'info', message));
  }
  return findings;
}

/** Builds a phone analyzer; the record's country (`ctx.country`) overrides `defaultRegion`. */
export function phoneAnalyzer(options: PhoneAnalyzerOptions = {}) {
  const defaultRegion = supportedRegion(options.defaultRegion);
  const candidates = (options.candidateRegions ?? DEFAULT_CANDIDATES).filter((r) => hasCountry(r));
  const parse = phoneParser(options.cacheSize ?? DEFAULT_CACHE_SIZE);
  const diagnose = phoneDiagnoser(parse, candidates);

  function accepted(
    input: string,
    value: string,
    parsed: ParsedPhone,
    ext: string | undefined,
    field: string,
  ) {
    const fake = fakeFinding(field, value, '', parsed);
    if (fake !== undefined) return result(input, value, [fake], {});
    return result(
      input,
      formatPhone(parsed.e164, ext),
      notes(value, parsed, ext, field),
      factsOf(parsed, ext),
    );
  }

  function diagnosed(input: string, value: string, diagnosis: Diagnosis) {
    const facts = diagnosis.parsed === undefined ? {} : factsOf(diagnosis.parsed, diagnosis.ext);
    return result(input, value, [diagnosis.finding], facts);
  }

  // Only international numbers parse without a region; skipping the rest spares libphonenumber's
  // exception path on national numbers of records without a country.
  function parseIfReadable(main: string, region: string | undefined, letters: boolean): ParseOutcome {
    if (letters) return 'NOT_A_NUMBER';
    if (region === undefined && !main.startsWith('+')) return 'INVALID_COUNTRY';
    return parse(main, region);
  }

  function slowPath(
    input: string,
    value: string,
    prepared: PreparedPhone,
    region: string | undefined,
    field: string,
  ) {
    const { main, ext } = prepared;
    const letters = hasLetters(main);
    const digits = digitsOf(main);
    if (digits.length < MIN_DIGITS && !letters) {
      const count = digits.length === 0 ? 'no' : `only ${digits.length}`;
      const message = `${quoted(value)} has ${count} digits; it is not a phone number`;
      return result(input, value, [phoneFinding(field, 'phone.invalid', 'error', message)], {});
    }
    const parsed = parseIfReadable(main, region, letters);
    const fake = fakeFinding(field, value, digits, typeof parsed === 'string' ? undefined : parsed);
    if (fake !== undefined) return result(input, value, [fake], {});
    if (main.startsWith('00')) {
      // "00" is the international prefix of most of the world; no national number starts with it.
      const international = parse(`+${main.slice(2)}`, undefined);
      if (isValid(international)) return accepted(input, value, international, ext, field);
    }
    const diagnosis =
      diagnose.multiple(value, region, field) ??
      (letters
        ? diagnose.vanity(value, main, region, field)
        : diagnose.unreadable(value, main, parsed, region, field));
    return diagnosed(input, value, diagnosis);
  }

  return function analyzePhone(input: string, ctx: FieldContext): FieldAnalysis<PhoneFacts> {
    const value = collapseWhitespace(input);
    // verdictOf only trims, so zero-width-only input would count as a value.
    if (value === '') return { input, normalized: value, findings: [], verdict: 'empty', facts: {} };
    if (value.length > MAX_LENGTH) {
      const message = `the value has ${value.length} characters, far more than any phone number`;
      return result(input, value, [phoneFinding(ctx.field, 'phone.invalid', 'error', message)], {});
    }
    const region = supportedRegion(ctx.country) ?? defaultRegion;
    const prepared = preparePhone(value);
    if (region !== undefined || prepared.main.startsWith('+')) {
      const parsed = parse(prepared.main, region);
      if (isValid(parsed)) return accepted(input, value, parsed, prepared.ext, ctx.field);
    }
    return slowPath(input, value, prepared, region, ctx.field);
  };
}

/** Phone analyzer without a default region: national numbers need the record's country. */
export const analyzePhone = phoneAnalyzer();
