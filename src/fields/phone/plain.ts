/**
 * libphonenumber-js's `parsePhoneNumberWithError(text, { defaultCountry, extract: false })` followed
 * by `getType()` and `isPossible()`, ported for plain values: a "+" only in front, then digits and
 * the usual separators. Those are nearly all CRM phone values, and for them parsing is pure digit
 * work over the numbering plans, which plans.ts has compiled once. Anything else (letters,
 * extensions, other scripts' digits, RFC 3966 URIs) is left to libphonenumber itself.
 *
 * Each function is a port of the libphonenumber helper named in its comment, in the same order of
 * checks, so that plain.test.ts can hold the two to the same answers.
 */

import type { ParseOutcome } from './parse.ts';
import {
  callingCodePlan,
  checkLength,
  countryOf,
  countryPlan,
  hasCallingCode,
  hasCountry,
  numberType,
  type Plan,
} from './plans.ts';

// libphonenumber's limits (constants.js, parse.js).
const MAX_INPUT_LENGTH = 250;
const MIN_NATIONAL_LENGTH = 2;
const MAX_NATIONAL_LENGTH = 17;
const MAX_CALLING_CODE_LENGTH = 3;
// Below three digits libphonenumber's viability rules get subtle; such values are never valid.
const MIN_DIGITS = 3;

/** "+420 601-123" → "+420601123" (parseIncompletePhoneNumber); undefined when the value is not plain. */
function plainDigits(text: string): string | undefined {
  let digits = text.charCodeAt(0) === 43 ? '+' : '';
  for (let i = digits.length; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) digits += text[i];
    // space ( ) - . /
    else if (c !== 32 && c !== 40 && c !== 41 && c !== 45 && c !== 46 && c !== 47) return undefined;
  }
  return digits;
}

/** extractNationalNumberFromPossiblyIncompleteNumber: the number without a national prefix. */
function stripNationalPrefix(number: string, plan: Plan): string {
  if (number === '' || plan.prefixForParsing === undefined) return number;
  const match = plan.prefixForParsing.exec(number);
  if (match === null) return number;
  // A prefix pattern with capturing groups marks the national number itself, to be transformed.
  const groups = match.length - 1;
  if (plan.transformRule !== undefined && groups > 0 && match[groups])
    return number.replace(plan.prefixForParsing, plan.transformRule);
  return number.slice(match[0].length);
}

/** extractNationalNumber: strips the national prefix unless that leaves an invalid or impossible number. */
function nationalNumberOf(number: string, plan: Plan): string {
  const national = stripNationalPrefix(number, plan);
  if (national === number) return number;
  if (plan.nationalNumber.test(number) && !plan.nationalNumber.test(national)) return number;
  if (plan.possibleLengths !== undefined) {
    const country = countryOf(plan.callingCode, national);
    const check = checkLength(country === undefined ? plan : countryPlan(country), national);
    if (check === 'TOO_SHORT' || check === 'INVALID_LENGTH') return number;
  }
  return national;
}

/** stripIddPrefix: the digits after an international prefix ("00", "011", "810"), if dialled. */
function withoutIddPrefix(number: string, plan: Plan): string | undefined {
  const match = plan.iddPrefix?.exec(number);
  if (match == null) return undefined;
  const rest = number.slice(match[0].length);
  // No calling code starts with 0.
  return rest.startsWith('0') ? undefined : rest;
}

interface Extracted {
  callingCode?: string;
  number?: string;
}

/** extractCountryCallingCodeFromInternationalNumberWithoutPlusSign: "420601123456" in CZ. */
function callingCodeWithoutPlus(number: string, region: string): Extracted | undefined {
  const plan = countryPlan(region);
  const code = plan.callingCode;
  if (!number.startsWith(code)) return undefined;
  const shorter = number.slice(code.length);
  const shorterNational = nationalNumberOf(shorter, plan);
  const national = nationalNumberOf(number, plan);
  if (
    (!plan.nationalNumber.test(national) && plan.nationalNumber.test(shorterNational)) ||
    checkLength(plan, national) === 'TOO_LONG'
  )
    return { callingCode: code, number: shorter };
  return undefined;
}

/** extractCountryCallingCode: the calling code and the digits after it; {} when there is none. */
function extractCallingCode(number: string, region: string | undefined): Extracted {
  let international = number;
  if (!number.startsWith('+')) {
    const rest = region === undefined ? undefined : withoutIddPrefix(number, countryPlan(region));
    if (rest && rest !== number) international = `+${rest}`;
    else return (region === undefined ? undefined : callingCodeWithoutPlus(number, region)) ?? { number };
  }
  if (international[1] === '0') return {};
  for (let end = 2; end - 1 <= MAX_CALLING_CODE_LENGTH && end <= international.length; end++) {
    const code = international.slice(1, end);
    if (hasCallingCode(code)) return { callingCode: code, number: international.slice(end) };
  }
  return {};
}

/**
 * parse() for a plain value: undefined when the value is not plain (digits, separators and a
 * leading "+") and libphonenumber must read it.
 */
export function readPlain(text: string, region: string | undefined): ParseOutcome | undefined {
  if (text.length > MAX_INPUT_LENGTH) return undefined;
  const number = plainDigits(text);
  if (number === undefined || number.length - (number.startsWith('+') ? 1 : 0) < MIN_DIGITS) return undefined;
  const defaultRegion = region || undefined;
  if (defaultRegion !== undefined && !hasCountry(defaultRegion)) return 'INVALID_COUNTRY';

  // parsePhoneNumber (parse.js): the calling code, the plan, the national number and the country.
  const extracted = extractCallingCode(number, defaultRegion);
  let code = extracted.callingCode;
  let country: string | undefined;
  let plan: Plan;
  if (code !== undefined) plan = callingCodePlan(code);
  else if (extracted.number && defaultRegion !== undefined) {
    country = defaultRegion;
    plan = countryPlan(country);
    code = plan.callingCode;
  } else return 'INVALID_COUNTRY';
  if (!extracted.number) return 'TOO_SHORT';
  const nationalNumber = nationalNumberOf(extracted.number, plan);
  const exact = countryOf(code, nationalNumber);
  if (exact !== undefined) {
    country = exact;
    plan = countryPlan(exact);
  }
  if (nationalNumber.length < MIN_NATIONAL_LENGTH) return 'TOO_SHORT';
  if (nationalNumber.length > MAX_NATIONAL_LENGTH) return 'TOO_LONG';

  const type = numberType(plan, nationalNumber);
  return {
    e164: `+${code}${nationalNumber}`,
    callingCode: code,
    nationalNumber,
    region: country,
    type,
    possible: type !== undefined || checkLength(plan, nationalNumber) === 'IS_POSSIBLE',
  };
}
