/**
 * Postcode formats by ISO 3166-1 alpha-2 country. Patterns test the compact form (uppercase, no
 * spaces or dashes); `format` writes the form the national post publishes. Sources: the postal
 * operators' addressing guides as summarised by the UPU's "Postal addressing systems" pages.
 * Patterns are deliberately a little loose (e.g. any five digits for France): a format check, not
 * a lookup of assigned codes.
 */

export interface PostcodeFormat {
  /** English country name, for messages. */
  name: string;
  pattern: RegExp;
  format: (compact: string) => string;
  /** The shape and an example, for messages: "5 digits (10115)". */
  expected: string;
  /** Country prefixes seen in front of the code ("D-10115", "LT-12345"), stripped when the rest matches. */
  prefixes?: readonly string[];
  /** Length of an all-digit code, when leading zeros may have been lost in a spreadsheet. */
  digits?: number;
}

const asIs = (c: string): string => c;
const split =
  (at: number, sep: string) =>
  (c: string): string =>
    `${c.slice(0, at)}${sep}${c.slice(at)}`;
const prefixed =
  (prefix: string) =>
  (c: string): string =>
    `${prefix}${c}`;

// UK: outward code (area + district) then inward code (sector digit + unit letters), per Royal Mail.
const GB =
  /^(?:GIR0AA|[A-PR-UWYZ](?:\d\d?|[A-HK-Y]\d\d?|\d[A-HJKPSTUW]|[A-HK-Y]\d[ABEHMNPRVWXY])\d[ABD-HJLNP-UW-Z]{2})$/;

export const POSTCODE_FORMATS: Readonly<Record<string, PostcodeFormat>> = {
  US: {
    name: 'the United States',
    pattern: /^\d{5}(?:\d{4})?$/,
    format: (c) => (c.length === 9 ? `${c.slice(0, 5)}-${c.slice(5)}` : c),
    expected: '5 digits or ZIP+4 (12345 or 12345-6789)',
    prefixes: ['US'],
    digits: 5,
  },
  CA: {
    name: 'Canada',
    pattern: /^[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z]\d[ABCEGHJ-NPRSTV-Z]\d$/,
    format: split(3, ' '),
    expected: 'letter-digit-letter digit-letter-digit (K1A 0B1)',
  },
  GB: {
    name: 'the United Kingdom',
    pattern: GB,
    format: (c) => `${c.slice(0, -3)} ${c.slice(-3)}`,
    expected: 'an outward and an inward code (SW1A 1AA)',
  },
  DE: {
    name: 'Germany',
    pattern: /^(?!00)\d{5}$/,
    format: asIs,
    expected: '5 digits (10115)',
    prefixes: ['D', 'DE'],
    digits: 5,
  },
  FR: {
    name: 'France',
    pattern: /^\d{5}$/,
    format: asIs,
    expected: '5 digits (75001)',
    prefixes: ['F', 'FR'],
    digits: 5,
  },
  CZ: {
    name: 'Czechia',
    pattern: /^[1-7]\d{4}$/,
    format: split(3, ' '),
    expected: '5 digits starting 1–7 (110 00)',
    prefixes: ['CZ'],
  },
  SK: {
    name: 'Slovakia',
    pattern: /^[089]\d{4}$/,
    format: split(3, ' '),
    expected: '5 digits starting 0, 8 or 9 (811 01)',
    prefixes: ['SK'],
  },
  PL: {
    name: 'Poland',
    pattern: /^\d{5}$/,
    format: split(2, '-'),
    expected: '5 digits (00-950)',
    prefixes: ['PL'],
    digits: 5,
  },
  LT: {
    name: 'Lithuania',
    pattern: /^\d{5}$/,
    format: prefixed('LT-'),
    expected: '5 digits (LT-12345)',
    prefixes: ['LT'],
  },
  LV: {
    name: 'Latvia',
    pattern: /^\d{4}$/,
    format: prefixed('LV-'),
    expected: '4 digits (LV-1050)',
    prefixes: ['LV'],
  },
  EE: {
    name: 'Estonia',
    pattern: /^\d{5}$/,
    format: asIs,
    expected: '5 digits (10111)',
    prefixes: ['EE', 'EST'],
    digits: 5,
  },
  GR: {
    name: 'Greece',
    pattern: /^[1-8]\d{4}$/,
    format: split(3, ' '),
    expected: '5 digits (105 57)',
    prefixes: ['GR'],
  },
  RU: {
    name: 'Russia',
    pattern: /^[1-6]\d{5}$/,
    format: asIs,
    expected: '6 digits (101000)',
    prefixes: ['RU'],
  },
  UA: {
    name: 'Ukraine',
    pattern: /^\d{5}$/,
    format: asIs,
    expected: '5 digits (01001)',
    prefixes: ['UA'],
    digits: 5,
  },
  AT: {
    name: 'Austria',
    pattern: /^[1-9]\d{3}$/,
    format: asIs,
    expected: '4 digits (1010)',
    prefixes: ['A', 'AT'],
  },
  CH: {
    name: 'Switzerland',
    pattern: /^[1-9]\d{3}$/,
    format: asIs,
    expected: '4 digits (8001)',
    prefixes: ['CH'],
  },
  BE: {
    name: 'Belgium',
    pattern: /^[1-9]\d{3}$/,
    format: asIs,
    expected: '4 digits (1000)',
    prefixes: ['B', 'BE'],
  },
  DK: {
    name: 'Denmark',
    pattern: /^\d{4}$/,
    format: asIs,
    expected: '4 digits (1050)',
    prefixes: ['DK'],
    digits: 4,
  },
  NO: {
    name: 'Norway',
    pattern: /^\d{4}$/,
    format: asIs,
    expected: '4 digits (0150)',
    prefixes: ['N', 'NO'],
    digits: 4,
  },
  HU: {
    name: 'Hungary',
    pattern: /^[1-9]\d{3}$/,
    format: asIs,
    expected: '4 digits (1051)',
    prefixes: ['H', 'HU'],
  },
  NL: {
    name: 'the Netherlands',
    pattern: /^[1-9]\d{3}(?!SA|SD|SS)[A-Z]{2}$/,
    format: split(4, ' '),
    expected: '4 digits and 2 letters (1012 AB)',
    prefixes: ['NL'],
  },
  SE: {
    name: 'Sweden',
    pattern: /^[1-9]\d{4}$/,
    format: split(3, ' '),
    expected: '5 digits (111 22)',
    prefixes: ['S', 'SE'],
  },
  FI: {
    name: 'Finland',
    pattern: /^\d{5}$/,
    format: asIs,
    expected: '5 digits (00100)',
    prefixes: ['FI', 'SF'],
    digits: 5,
  },
  IT: {
    name: 'Italy',
    pattern: /^\d{5}$/,
    format: asIs,
    expected: '5 digits (00184)',
    prefixes: ['I', 'IT'],
    digits: 5,
  },
  ES: {
    name: 'Spain',
    pattern: /^(?:0[1-9]|[1-4]\d|5[0-2])\d{3}$/,
    format: asIs,
    expected: '5 digits starting 01–52 (28001)',
    prefixes: ['E', 'ES'],
    digits: 5,
  },
  PT: {
    name: 'Portugal',
    pattern: /^[1-9]\d{6}$/,
    format: split(4, '-'),
    expected: '7 digits (1000-001)',
    prefixes: ['P', 'PT'],
  },
  IE: {
    name: 'Ireland',
    pattern: /^[AC-FHKNPRTV-Y]\d[\dW][\dAC-FHKNPRTV-Y]{4}$/,
    format: split(3, ' '),
    expected: 'a 7-character Eircode (D02 X285)',
  },
  AU: { name: 'Australia', pattern: /^\d{4}$/, format: asIs, expected: '4 digits (2000)', digits: 4 },
  JP: {
    name: 'Japan',
    pattern: /^\d{7}$/,
    format: split(3, '-'),
    expected: '7 digits (100-0001)',
    digits: 7,
  },
  IN: { name: 'India', pattern: /^[1-9]\d{5}$/, format: asIs, expected: '6 digits (110001)' },
  BR: {
    name: 'Brazil',
    pattern: /^\d{8}$/,
    format: split(5, '-'),
    expected: '8 digits (01310-100)',
    digits: 8,
  },
};

/** Country codes people use that are not ISO 3166-1 alpha-2. */
export const COUNTRY_ALIASES: Readonly<Record<string, string>> = { UK: 'GB', EL: 'GR' };
