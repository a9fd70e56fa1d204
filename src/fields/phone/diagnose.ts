import { quoted } from '../text.ts';
import type { Finding } from '../types.ts';
import { digitsOf, preparePhone, splitNumbers, vanityToDigits } from './clean.ts';
import { failureMessage, phoneFinding, unassignedMessage } from './findings.ts';
import { isValid, type ParsedPhone, type ParseOutcome } from './parse.ts';

/** What is wrong with a value that is not one valid number, and the number it may stand for. */
export interface Diagnosis {
  finding: Finding;
  parsed?: ParsedPhone;
  ext?: string;
}

type Parse = (text: string, region: string | undefined) => ParseOutcome;

// A part of a cell counts as a phone number from six digits on ("ext 12" or "/ 3" do not).
const MIN_PART_DIGITS = 6;
// Eleven digits and up: national numbers rarely get that long, international ones without "+" do.
const MIN_PLUS_DIGITS = 11;

/** Diagnostics for the slow path; every parse goes through the analyzer's memoized `parse`. */
export function phoneDiagnoser(parse: Parse, candidates: readonly string[]) {
  // Probing one digit less and one more tells "wrong length" from "unassigned prefix".
  function lengthOff(parsed: ParsedPhone): -1 | 0 | 1 {
    const international = `+${parsed.callingCode}${parsed.nationalNumber}`;
    if (isValid(parse(international.slice(0, -1), undefined))) return 1;
    if (isValid(parse(`${international}0`, undefined))) return -1;
    return 0;
  }

  function missingPlus(main: string, digits: string): boolean {
    if (main.startsWith('+') || digits.startsWith('0') || digits.length < MIN_PLUS_DIGITS) return false;
    return isValid(parse(`+${digits}`, undefined));
  }

  // Regions other than the record's where this national number would be valid.
  function validElsewhere(main: string, region: string): ParsedPhone[] {
    const hits: ParsedPhone[] = [];
    for (const candidate of candidates) {
      if (candidate === region) continue;
      const outcome = parse(main, candidate);
      if (isValid(outcome) && !hits.some((hit) => hit.e164 === outcome.e164)) hits.push(outcome);
    }
    return hits;
  }

  function mismatch(value: string, region: string, hits: ParsedPhone[], field: string): Diagnosis {
    const where = hits.map((hit) => `${hit.region ?? `+${hit.callingCode}`} (${hit.e164})`).join(' or ');
    const message = `${quoted(value)} is not a valid ${region} number; it would be valid in ${where}`;
    const suggestion = hits.length === 1 ? hits[0]!.e164 : undefined;
    return { finding: phoneFinding(field, 'phone.region_mismatch', 'warning', message, suggestion) };
  }

  /** Several numbers in one cell ("601 123 456 / 602 654 321"); the first one is suggested. */
  function multiple(value: string, region: string | undefined, field: string): Diagnosis | undefined {
    const parts = splitNumbers(value);
    if (parts.length < 2) return undefined;
    let count = 0;
    for (const part of parts) if (digitsOf(part).length >= MIN_PART_DIGITS) count++;
    if (count < 2) return undefined;
    const first = preparePhone(parts[0]!);
    const parsed = parse(first.main, region);
    const message = `${quoted(value)} holds ${count} phone numbers; a field holds one`;
    if (!isValid(parsed))
      return { finding: phoneFinding(field, 'phone.multiple', 'warning', message, parts[0]) };
    const suggestion = first.ext === undefined ? parsed.e164 : `${parsed.e164};ext=${first.ext}`;
    const finding = phoneFinding(field, 'phone.multiple', 'warning', message, suggestion);
    return first.ext === undefined ? { finding, parsed } : { finding, parsed, ext: first.ext };
  }

  /** Letters: a keypad word ("1-800-FLOWERS", kept as written) or not a number at all. */
  function vanity(value: string, main: string, region: string | undefined, field: string): Diagnosis {
    const dialled = vanityToDigits(main);
    const parsed = dialled === undefined ? undefined : parse(dialled, region);
    if (parsed === undefined || !isValid(parsed)) {
      const message = `${quoted(value)} is not a phone number: it contains letters`;
      return { finding: phoneFinding(field, 'phone.invalid', 'error', message) };
    }
    const message = `${quoted(value)} spells its digits with letters; it dials ${parsed.e164}`;
    return { finding: phoneFinding(field, 'phone.vanity', 'info', message, parsed.e164), parsed };
  }

  /** A value of digits and punctuation that is not a valid number for its region. */
  function unreadable(
    value: string,
    main: string,
    outcome: ParseOutcome,
    region: string | undefined,
    field: string,
  ): Diagnosis {
    const digits = digitsOf(main);
    if (digits.length >= MIN_PART_DIGITS && missingPlus(main, digits)) {
      const message = `${quoted(value)} looks like an international number missing its leading "+"`;
      return { finding: phoneFinding(field, 'phone.missing_plus', 'warning', message, `+${digits}`) };
    }
    const international = main.startsWith('+') || main.startsWith('00');
    if (!international && region !== undefined && digits.length >= MIN_PART_DIGITS) {
      const hits = validElsewhere(main, region);
      if (hits.length > 0) return mismatch(value, region, hits, field);
    }
    if (outcome === 'INVALID_COUNTRY' && !international && digits.length >= MIN_PART_DIGITS) {
      const message = `${quoted(value)} is a national number and the record has no country to read it with`;
      return { finding: phoneFinding(field, 'phone.no_region', 'warning', message) };
    }
    if (typeof outcome === 'string') {
      const message = failureMessage(value, international ? outcome : 'TOO_SHORT', region);
      return { finding: phoneFinding(field, 'phone.invalid', 'error', message) };
    }
    if (!outcome.possible) {
      const message = failureMessage(value, 'INVALID_LENGTH', region, outcome);
      return { finding: phoneFinding(field, 'phone.invalid', 'error', message) };
    }
    const message = unassignedMessage(value, outcome, lengthOff(outcome));
    return { finding: phoneFinding(field, 'phone.unassigned', 'warning', message) };
  }

  return { multiple, vanity, unreadable };
}
