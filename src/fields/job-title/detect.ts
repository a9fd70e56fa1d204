/** Values that are not job titles: placeholders, contact data, company names, long notes. */
import { foldTitle, tokenizeTitle } from './tokenize.ts';

export type NotATitleReason = 'email' | 'url' | 'phone' | 'company' | 'too_long';

/** Longer values are notes or pasted text, not titles; also bounds the work done per value. */
export const MAX_TITLE_LENGTH = 200;

// Compact form: folded, letters and digits only ("N/A" → "na", "to be determined" → "tobedetermined").
const PLACEHOLDERS = new Set(
  (
    'test testing tests testtest asdf asd asdasd asdfgh qwe qwer qwerty qwertz azerty na none ' +
    'null nil nan undefined unknown unk tbd tba tbc todo notapplicable notavailable ' +
    'notspecified notgiven notknown notset notitle nojobtitle jobtitle title position role ' +
    'yourtitle entertitle dummy sample example foo bar foobar lorem loremipsum blah blabla abc ' +
    'abcd xyz default empty tobedetermined keineangabe ka keine brak niedotyczy neuvedeno ' +
    'nezadano neni нет неуказано нд'
  ).split(' '),
);
const REPEATED = /^(.)\1*$/u;
const PLACEHOLDER_WITH_NUMBER = /^(?:test|asdf|qwerty|dummy|sample|xxx)\d*$/;
const SHORT_NUMBER = /^\d{1,6}$/;

const EMAIL = /[^\s@]+@[^\s@]+\.[^\s@.]{2,}/;
const URL = /(?:^|\s)(?:https?:\/\/|www\.)\S/i;
const PHONE = /^(?:(?:tel|phone|mob|mobile|fax)[.:]?\s*)?[+(]?[\d\s()./-]+$/i;

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
// Longer than every listed placeholder with its spaces ("to be determined", "not applicable").
const PLACEHOLDER_MAX_LENGTH = 24;

const ASCII_ONLY = /^[\u0000-\u007f]*$/;
const ASCII_NOT_ALNUM = /[^a-z0-9]+/g;
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/gu;

/** Letters and digits only: "n/a" → "na". */
function compactOf(folded: string): string {
  return ASCII_ONLY.test(folded)
    ? folded.replace(ASCII_NOT_ALNUM, '')
    : folded.replace(NOT_LETTER_OR_DIGIT, '');
}

/** The whole value is a stand-in for "no title": test, asdf, xxx, n/a, -, 123… */
export function isPlaceholderTitle(value: string): boolean {
  if (value.length > PLACEHOLDER_MAX_LENGTH) return !LETTER_OR_DIGIT.test(value) || REPEATED.test(value);
  const compact = compactOf(foldTitle(value));
  if (compact === '') return value.trim() !== '';
  if (PLACEHOLDERS.has(compact) || compact.length === 1) return true;
  const first = compact.charCodeAt(0);
  if (compact.charCodeAt(1) === first && REPEATED.test(compact)) return true;
  if (first >= 48 && first <= 57) return SHORT_NUMBER.test(compact);
  return PLACEHOLDER_WITH_NUMBER.test(compact);
}

function digitCount(value: string): number {
  let n = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

/** Contact data or pasted text in the title column. Company names need looksLikeCompany. */
export function detectNotATitle(value: string): NotATitleReason | undefined {
  if (value.length > MAX_TITLE_LENGTH) return 'too_long';
  if (value.includes('@') && EMAIL.test(value)) return 'email';
  if ((value.includes('www.') || value.includes('://')) && URL.test(value)) return 'url';
  if (digitCount(value) >= 7 && PHONE.test(value)) return 'phone';
  return undefined;
}

// Legal-form tokens after tokenizeTitle ("s.r.o." → "sro", "Sp. z o.o." → "sp z oo", "Α.Ε." → "αε").
const LEGAL_LAST = new Set(
  (
    'inc incorporated ltd limited llc llp plc corp corporation co gmbh ag kg ohg ug se sro as ' +
    'oo spzoo sa sarl sas sasu eurl srl spa ltda sl bv nv vof oy oyj ab aps kft zrt doo ad jsc ' +
    'pjsc uab ae αε ικε επε οε ооо зао оао пао ао'
  ).split(' '),
);
const LEGAL_FIRST = new Set('uab ооо зао оао пао ао ooo'.split(' '));

/** The value ends (or, for UAB / ООО, starts) with a company legal form. */
export function looksLikeCompany(value: string): boolean {
  const tokens = tokenizeTitle(value);
  if (tokens.length < 2) return false;
  return LEGAL_LAST.has(tokens[tokens.length - 1]!) || LEGAL_FIRST.has(tokens[0]!);
}
