/**
 * Keyboard-mash detection, tuned for few false positives over recall: Czech "Strč", "Vlk", Polish
 * "Szczęsny", Welsh "Llwyd", German "Hengstschläger" and Georgian "Mkrtchyan" must pass. One pass
 * with a letter-class table finds the rare suspicious word; only that word meets the regexes.
 */

import { KEYBOARD_RUNS, KEYBOARD_WORDS } from './test-data.ts';

// y and w count as vowels (Welsh "Llwyd", "Cwm"); hard and soft signs too, as they break clusters.
const VOWELS = 'aeiouywæœøıəαεηιουωаеёиоуыэюяіїєъь';
// Consonants after folding diacritics (č → c).
const CONSONANTS = 'bcdfghjklmnpqrstvxzßłđþðħŋбвгджзклмнпрстфхцчшщђјљњћџґβγδζθκλμνξπρσςτφχψ';

const SEPARATOR = 0;
const VOWEL = 1;
const CONSONANT = 2;
const NEUTRAL = 3;
const MARK = 4;
const TABLE_SIZE = 0x2000;

/**
 * Class of every code point up to Greek Extended (others are neutral), each folded on first sight
 * rather than all at import, which cost a CLI start milliseconds.
 */
const UNKNOWN = 0xff;
const CLASSES: Uint8Array = new Uint8Array(TABLE_SIZE).fill(UNKNOWN);
const LETTER = /\p{L}/u;
const MARK_CHAR = /\p{M}/u;
const DIGIT = /\p{Nd}/u;

function classOf(code: number): number {
  const ch = String.fromCharCode(code);
  if (MARK_CHAR.test(ch)) return MARK;
  if (LETTER.test(ch)) {
    const base = ch.normalize('NFD').charAt(0).toLowerCase();
    return VOWELS.includes(base) ? VOWEL : CONSONANTS.includes(base) ? CONSONANT : NEUTRAL;
  }
  return DIGIT.test(ch) ? NEUTRAL : SEPARATOR;
}

function classAt(code: number): number {
  if (code >= TABLE_SIZE) return NEUTRAL;
  if (CLASSES[code] === UNKNOWN) CLASSES[code] = classOf(code);
  return CLASSES[code]!;
}

const KEYBOARD_RUN = new RegExp(KEYBOARD_RUNS.join('|'));
const NON_ASCII = /[^\u0000-\u007f]/;
const MARKS = /\p{M}+/gu;
const SAME_LETTER_WORD = /^(\p{L})\1{2,}$/u;
const CONSONANT_REPEAT = new RegExp(`^([${CONSONANTS}]{1,3})\\1+$`);
const NO_VOWEL = new RegExp(`^[${CONSONANTS}]{5,}$`);
const CONSONANT_RUN_8 = new RegExp(`[${CONSONANTS}]{8,}`);
const ROMAN_NUMERALS: ReadonlySet<string> = new Set(['iii']);

function fold(lower: string): string {
  return NON_ASCII.test(lower) ? lower.normalize('NFD').replace(MARKS, '') : lower;
}

function isMashedWord(word: string): boolean {
  if (ROMAN_NUMERALS.has(word)) return false;
  if (KEYBOARD_WORDS.has(word) || SAME_LETTER_WORD.test(word)) return true;
  if (word.length >= 4 && CONSONANT_REPEAT.test(word)) return true;
  if (NO_VOWEL.test(word)) return true;
  // German "sch" is one sound: "Hengstschläger" has eight consonant letters in a row.
  return CONSONANT_RUN_8.test(word.includes('sch') ? word.replaceAll('sch', '|') : word);
}

/** Keys hit along a keyboard row, one key held down, or letters no language spells a name with. */
export function isKeyboardMash(value: string): boolean {
  return isLowerKeyboardMash(value.toLowerCase());
}

/** isKeyboardMash of a value already in lower case. */
export function isLowerKeyboardMash(lower: string): boolean {
  if (KEYBOARD_RUN.test(lower)) return true;
  let start = 0;
  let letters = 0;
  let hasVowel = false;
  let consonants = 0;
  let longest = 0;
  let same = 0;
  let previous = -1;
  for (let i = 0; i <= lower.length; i++) {
    const code = i < lower.length ? lower.charCodeAt(i) : 0x20;
    const cls = classAt(code);
    if (cls === MARK) continue;
    if (cls === SEPARATOR) {
      const suspicious = (letters >= 3 && !hasVowel) || longest >= 8 || same >= 3;
      if (suspicious && isMashedWord(fold(lower.slice(start, i)))) return true;
      start = i + 1;
      letters = consonants = longest = same = 0;
      hasVowel = false;
      previous = -1;
      continue;
    }
    letters++;
    if (cls === CONSONANT) longest = Math.max(longest, ++consonants);
    else {
      consonants = 0;
      hasVowel = true;
    }
    same = code === previous ? same + 1 : 1;
    if (same >= 4) return true;
    previous = code;
  }
  return false;
}
