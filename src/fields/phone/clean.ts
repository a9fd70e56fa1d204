/** Text-level preparation of a phone value before libphonenumber sees it. */

// Extension markers in the languages of kempt's users: ext./x/# (en), kl./klapka/linka (cs, sk),
// wew./wewn. (pl), доб./вн. (ru), εσωτ. (el), poste (fr), DW/Durchwahl (de), int. (it), RFC 3966 ";ext=".
const EXTENSION_LABEL =
  'ext|extn|extension|x|kl|klapka|linka|wew|wewn|доб|вн|εσωτ|poste|dw|durchwahl|int|interno';
// A trailing extension, after a marker or in parentheses with its label ("(ext. 583)", "(x12)").
const EXTENSION = new RegExp(
  `(?:\\s*[,;]?\\s*(?<!\\p{L})(?:${EXTENSION_LABEL})\\.?\\s*[:.=]?\\s*|\\s*#\\s*|;ext=)(\\d{1,7})$` +
    `|\\s*[,;]?\\s*\\(\\s*(?:${EXTENSION_LABEL})\\.?\\s*[:.=]?\\s*(\\d{1,7})\\s*\\)$`,
  'iu',
);
// A leading label such as "Tel.:", "Mobile:", "tel:" (RFC 3966 URI), "тел.", "τηλ.".
const LABEL =
  /^(?:tel|phone|ph|mob|mobile|mobil|cell|gsm|telefon|telephone|tél|τηλ|тел|t|m)\s*(?:\.\s*:?|:)\s*/iu;
// "(0)" after a country code means "dial 0 at home"; "(+420)" is a bracketed country code.
const TRUNK_ZERO = /\(0\)/g;
const BRACKETED_CODE = /^\(\s*(\+\d{1,3})\s*\)/;
// Separators between several numbers in one cell. "/" also separates an area code ("030/1234567"),
// so callers only split when the whole value is not one valid number.
const SEPARATORS = /\s*(?:[,;|/\n]|\s(?:or|nebo|lub|oder|ou|ή|или|arba)\s)\s*/iu;
const LETTER = /\p{L}/u;
// Keypad words follow digits ("1-800-FLOWERS"); "call 601" is prose, not a vanity number.
const VANITY = /^\+?\d[\d\s().-]*[A-Za-z][A-Za-z\d\s().-]*$/;

const KEYPAD = ' 22233344455566677778889999';

export interface PreparedPhone {
  /** The number without label and extension. */
  main: string;
  ext?: string;
}

// Digits and dialling punctuation only: no label or extension marker can be present.
const PLAIN = /^[\d\s+()./-]*$/;

function withoutDialHints(value: string): string {
  let main = value.startsWith('(') ? value.replace(BRACKETED_CODE, '$1') : value;
  if (main.includes('(0)') && (main.startsWith('+') || main.startsWith('00')))
    main = main.replace(TRUNK_ZERO, '');
  return main;
}

/** Strips a leading label and dial hints ("(0)", "(+420)") and splits off a trailing extension. */
export function preparePhone(value: string): PreparedPhone {
  if (PLAIN.test(value)) return { main: withoutDialHints(value) };
  const main = withoutDialHints(value.replace(LABEL, ''));
  const ext = EXTENSION.exec(main);
  if (ext === null) return { main };
  return { main: main.slice(0, ext.index), ext: (ext[1] ?? ext[2])! };
}

/** The digits of a value, "+420 601-123" → "420601123". */
export function digitsOf(value: string): string {
  let digits = '';
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 48 && c <= 57) digits += value[i];
  }
  return digits;
}

/** Splits "601 123 456 / 602 654 321" into its parts; one part when there is no separator. */
export function splitNumbers(value: string): string[] {
  return value.split(SEPARATORS).filter((part) => part !== '');
}

export function hasLetters(value: string): boolean {
  return LETTER.test(value);
}

/** "1-800-FLOWERS" → "1-800-3569377"; undefined when the value is not a keypad (vanity) number. */
export function vanityToDigits(value: string): string | undefined {
  if (!VANITY.test(value)) return undefined;
  let out = '';
  for (const c of value.toUpperCase()) {
    const code = c.charCodeAt(0);
    out += code >= 65 && code <= 90 ? KEYPAD[code - 64]! : c;
  }
  return out;
}
