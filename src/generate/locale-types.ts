/**
 * The shape of one locale's data. Sources are compact strings (one line per list) so that fourteen
 * locales stay readable; `compile-locale.ts` turns them into arrays once at module load.
 */

export const LOCALE_CODES = [
  'US',
  'GB',
  'DE',
  'FR',
  'CZ',
  'PL',
  'GR',
  'LT',
  'RU',
  'ES',
  'IT',
  'NL',
  'SE',
  'FI',
] as const;

export type LocaleCode = (typeof LOCALE_CODES)[number];

/** How female surnames are formed from the male form (languages where surnames inflect). */
export type SurnameRule = 'none' | 'cz' | 'pl' | 'lt' | 'ru' | 'explicit';

export interface PhoneSpec {
  /** Country calling code without "+". */
  cc: string;
  /** Trunk prefix dialled nationally ("0", "8", "1"), "" when none. */
  trunk: string;
  /** Space-separated national-significant-number prefixes of mobile ranges. */
  mobile: string;
  mobileLen: number;
  landLen: number;
  /** National display format; `area` = length of the area code or mobile prefix inside `nsn`. */
  national: (nsn: string, area: number) => string;
  /** International display format after "+cc ". */
  international: (nsn: string, area: number) => string;
}

export interface LocaleSource {
  code: LocaleCode;
  /** Canonical English country name, then free-text variants seen in CRMs, "|"-separated. */
  country: string;
  countryVariants: string;
  /** Share of records written in the native non-Latin script (Greek, Cyrillic); 0 for Latin locales. */
  nativeScript: number;
  male: string;
  female: string;
  /** Space-separated male forms; "Male:Female" gives an irregular female form. */
  surnames: string;
  surnameRule: SurnameRule;
  /** "Formal:Nick1,Nick2;…" */
  nicknames: string;
  /** "City[/Latin]|postcode pattern (# digit, @ letter)|state[/Latin]|landline area code;…" */
  cities: string;
  /** Share of records with a state/region filled (US CRMs fill it, European ones rarely). */
  stateFill: number;
  /** ";"-separated street names, "Native/Latin" for non-Latin scripts. */
  streets: string;
  /** Templates with {s} street, {n} house number, {m} second number. */
  streetTemplates: readonly string[];
  /** Latin counterparts of `streetTemplates` for locales with a native non-Latin script. */
  streetTemplatesLatin?: readonly string[];
  /** Company name parts: ";"-separated words and industries ("Native/Latin" allowed). */
  companyWords: string;
  companyIndustries: string;
  /** ";"-separated legal-form templates with {c}; the first is the most common. */
  legalForms: string;
  tld: string;
  /** Free email providers with weights: "seznam.cz:30 gmail.com:30". */
  freeMail: string;
  phone: PhoneSpec;
  /** Native job titles: "jednatel=ceo;obchodní ředitel=vp-sales" (keys of TITLES in vocab). */
  titles: string;
}

/** Splits a phone number's digits into groups; the last group takes the remainder. */
export function grp(digits: string, sizes: readonly number[], sep = ' '): string {
  let out = '';
  let at = 0;
  for (let i = 0; i < sizes.length && at < digits.length; i++) {
    const end = i === sizes.length - 1 ? digits.length : at + sizes[i]!;
    out += (at === 0 ? '' : sep) + digits.slice(at, end);
    at = end;
  }
  return out;
}
