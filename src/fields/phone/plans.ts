/**
 * libphonenumber-js's numbering plans with their regular expressions compiled once per plan.
 * libphonenumber builds `new RegExp('^(?:' + pattern + ')$')` on every validity and type check, and
 * once more per candidate country when a calling code is shared (+1, +7, +44), which was most of the
 * cost of a phone analysis. The functions below are ports of its helpers (named in each comment)
 * over the same metadata; plain.test.ts checks that they answer exactly as libphonenumber does.
 */

import metadata from 'libphonenumber-js/metadata.max.json';
import type { PhoneType } from './parse.ts';

// Positions in a plan of libphonenumber-js's compressed metadata, version 4 (see the getters of
// `NumberingPlan` in libphonenumber-js/es6/metadata.js). Absent values are 0 or undefined.
const CALLING_CODE = 0;
const IDD_PREFIX = 1;
const NATIONAL_NUMBER = 2;
const POSSIBLE_LENGTHS = 3;
const NATIONAL_PREFIX = 5;
const PREFIX_FOR_PARSING = 7;
const TRANSFORM_RULE = 8;
const LEADING_DIGITS = 10;
const TYPES = 11;

if (metadata.version !== 4) throw new Error(`unsupported libphonenumber-js metadata v${metadata.version}`);

// Positions in a plan's type list, in the order getNumberType tries the types after fixed line.
const FIXED_LINE = 0;
const MOBILE = 1;
const NON_FIXED_LINE: readonly [number, PhoneType][] = [
  [MOBILE, 'mobile'],
  [3, 'premium_rate'],
  [2, 'toll_free'],
  [9, 'shared_cost'],
  [8, 'voip'],
  [4, 'personal_number'],
  [7, 'pager'],
  [6, 'uan'],
  [5, 'voicemail'],
];

type Lengths = readonly number[] | undefined;

interface TypeRule {
  readonly type: PhoneType;
  /** Undefined when the metadata has an empty pattern: no number is of this type. */
  readonly pattern: RegExp | undefined;
  readonly lengths: Lengths;
}

export interface Plan {
  readonly callingCode: string;
  readonly iddPrefix: RegExp | undefined;
  readonly nationalNumber: RegExp;
  readonly possibleLengths: Lengths;
  readonly prefixForParsing: RegExp | undefined;
  readonly transformRule: string | undefined;
  readonly leadingDigits: RegExp | undefined;
  readonly fixedLine: TypeRule | undefined;
  /** The metadata's empty mobile pattern means "mobile numbers look like fixed-line ones". */
  readonly mobileLikeFixedLine: boolean;
  readonly mobile: TypeRule | undefined;
  /** The types after fixed line that the plan has, in getNumberType's order. */
  readonly others: readonly TypeRule[];
}

// biome-ignore lint/suspicious/noExplicitAny: the compressed metadata is untyped arrays
type Raw = any[];

const whole = (pattern: string) => new RegExp(`^(?:${pattern})$`);
// `search(pattern) === 0` in libphonenumber: a match that starts at the first character.
const atStart = (pattern: string | 0 | undefined) => (pattern ? new RegExp(`^(?:${pattern})`) : undefined);

function compile(raw: Raw): Plan {
  const possibleLengths: Lengths = raw[POSSIBLE_LENGTHS] || undefined;
  const types: Raw | undefined = raw[TYPES] && raw[TYPES].length > 0 ? raw[TYPES] : undefined;
  // Metadata.type(): a type exists when its entry does; its lengths default to the plan's.
  const rule = (index: number, type: PhoneType): TypeRule | undefined => {
    const entry: Raw | undefined = types?.[index] || undefined;
    if (entry === undefined) return undefined;
    return { type, pattern: entry[0] ? whole(entry[0]) : undefined, lengths: entry[1] || possibleLengths };
  };
  const others: TypeRule[] = [];
  for (const [index, type] of NON_FIXED_LINE) {
    const found = rule(index, type);
    if (found !== undefined) others.push(found);
  }
  return {
    callingCode: raw[CALLING_CODE],
    iddPrefix: atStart(raw[IDD_PREFIX]),
    nationalNumber: whole(raw[NATIONAL_NUMBER]),
    possibleLengths,
    // nationalPrefixForParsing() falls back to the national prefix.
    prefixForParsing: atStart(raw[PREFIX_FOR_PARSING] || raw[NATIONAL_PREFIX]),
    transformRule: raw[TRANSFORM_RULE] || undefined,
    leadingDigits: atStart(raw[LEADING_DIGITS]),
    fixedLine: rule(FIXED_LINE, 'fixed_line'),
    mobileLikeFixedLine: types?.[MOBILE]?.[0] === '',
    mobile: rule(MOBILE, 'mobile'),
    others,
  };
}

const countriesByCallingCode = new Map<string, readonly string[]>();
for (const [code, countries] of Object.entries(metadata.country_calling_codes)) {
  // Old metadata listed non-geographic codes as the pseudo-country "001" (getCountryCodesForCallingCode).
  if (!(countries.length === 1 && countries[0]!.length === 3)) countriesByCallingCode.set(code, countries);
}
const nonGeographic: Record<string, Raw> = metadata.nonGeographic;
const plans = new Map<string, Plan>();

export function hasCountry(country: string): boolean {
  return Object.hasOwn(metadata.countries, country);
}

/** Metadata.hasCallingCode. */
export function hasCallingCode(code: string): boolean {
  return countriesByCallingCode.has(code) || Object.hasOwn(nonGeographic, code);
}

/** The plan of a supported country. */
export function countryPlan(country: string): Plan {
  let plan = plans.get(country);
  if (plan === undefined) {
    plan = compile((metadata.countries as Record<string, Raw>)[country]!);
    plans.set(country, plan);
  }
  return plan;
}

/** Metadata.selectNumberingPlan(callingCode): the first country's plan, or the non-geographic one. */
export function callingCodePlan(code: string): Plan {
  const main = countriesByCallingCode.get(code)?.[0];
  if (main !== undefined) return countryPlan(main);
  let plan = plans.get(code);
  if (plan === undefined) {
    plan = compile(nonGeographic[code]!);
    plans.set(code, plan);
  }
  return plan;
}

function isType(rule: TypeRule | undefined, nationalNumber: string): boolean {
  if (rule?.pattern === undefined) return false;
  if (rule.lengths !== undefined && !rule.lengths.includes(nationalNumber.length)) return false;
  return rule.pattern.test(nationalNumber);
}

/** getNumberType: the type of a national number in a plan; undefined when it is not valid there. */
export function numberType(plan: Plan, nationalNumber: string): PhoneType | undefined {
  if (!plan.nationalNumber.test(nationalNumber)) return undefined;
  if (isType(plan.fixedLine, nationalNumber)) {
    if (plan.mobileLikeFixedLine || plan.mobile === undefined || isType(plan.mobile, nationalNumber))
      return 'fixed_line_or_mobile';
    return 'fixed_line';
  }
  for (const rule of plan.others) if (isType(rule, nationalNumber)) return rule.type;
  return undefined;
}

export type LengthCheck = 'IS_POSSIBLE' | 'TOO_SHORT' | 'TOO_LONG' | 'INVALID_LENGTH';

/** checkNumberLength without a type: the national number's length against the plan's lengths. */
export function checkLength(plan: Plan, nationalNumber: string): LengthCheck {
  const lengths = plan.possibleLengths;
  if (lengths === undefined) return 'IS_POSSIBLE';
  const length = nationalNumber.length;
  if (lengths[0] === length) return 'IS_POSSIBLE';
  if (lengths[0]! > length) return 'TOO_SHORT';
  if (lengths[lengths.length - 1]! < length) return 'TOO_LONG';
  return lengths.indexOf(length, 1) >= 0 ? 'IS_POSSIBLE' : 'INVALID_LENGTH';
}

/**
 * getCountryByCallingCode: the country of a national number under a calling code. A shared code
 * picks the first country whose leading digits match or, for a country without them, whose
 * number types accept the number.
 */
export function countryOf(code: string, nationalNumber: string): string | undefined {
  const countries = countriesByCallingCode.get(code);
  if (countries === undefined) return undefined;
  if (countries.length === 1) return countries[0];
  for (const country of countries) {
    const plan = countryPlan(country);
    if (plan.leadingDigits !== undefined) {
      if (nationalNumber !== '' && plan.leadingDigits.test(nationalNumber)) return country;
    } else if (numberType(plan, nationalNumber) !== undefined) return country;
  }
  return undefined;
}
