import { quoted } from '../text.ts';
import type { Finding, Severity } from '../types.ts';
import type { ParsedPhone, ParseFailure } from './parse.ts';

export type PhoneFindingCode =
  | 'phone.invalid'
  | 'phone.unassigned'
  | 'phone.fake'
  | 'phone.no_region'
  | 'phone.missing_plus'
  | 'phone.region_mismatch'
  | 'phone.multiple'
  | 'phone.vanity'
  | 'phone.extension'
  | 'phone.premium'
  | 'phone.type';

export function phoneFinding(
  field: string,
  code: PhoneFindingCode,
  severity: Severity,
  message: string,
  suggestion?: string,
): Finding {
  return suggestion === undefined
    ? { code, field, severity, message }
    : { code, field, severity, message, suggestion };
}

function where(region: string | undefined): string {
  return region === undefined ? '' : ` for ${region}`;
}

/** Why libphonenumber could not read the number, or why its length is impossible (`parsed` given). */
export function failureMessage(
  value: string,
  failure: ParseFailure,
  region: string | undefined,
  parsed?: ParsedPhone,
): string {
  switch (failure) {
    case 'NOT_A_NUMBER':
      return `${quoted(value)} is not a phone number: it holds characters other than digits and punctuation`;
    case 'INVALID_COUNTRY':
      return `${quoted(value)} starts with a country calling code that does not exist`;
    case 'TOO_SHORT':
      return `${quoted(value)} has too few digits to be a phone number${where(region)}`;
    case 'TOO_LONG':
      return `${quoted(value)} has too many digits to be a phone number${where(region)}`;
    case 'INVALID_LENGTH': {
      if (parsed === undefined)
        return `${quoted(value)} has a digit count no phone number${where(region)} has`;
      const n = parsed.nationalNumber.length;
      return `${quoted(value)} has ${n} digits after +${parsed.callingCode}, a length no number${where(parsed.region ?? region)} has`;
    }
  }
}

/** Why a number of a possible length is still not valid, from probing one digit more and one less. */
export function unassignedMessage(value: string, parsed: ParsedPhone, lengthOff: -1 | 0 | 1): string {
  const region = parsed.region ?? `+${parsed.callingCode}`;
  if (lengthOff === 1) return `${quoted(value)} has one digit too many for its number range in ${region}`;
  if (lengthOff === -1) return `${quoted(value)} has one digit too few for its number range in ${region}`;
  return `${quoted(value)} is not in any assigned number range of ${region} (unassigned prefix or wrong length)`;
}

export const FIELD_TYPE_MISMATCH: ReadonlySet<string> = new Set([
  'fixed_line',
  'toll_free',
  'premium_rate',
  'shared_cost',
  'uan',
  'voicemail',
  'pager',
]);
