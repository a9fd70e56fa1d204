/** One pass over a name that tells its script, its case and whether a word mixes alphabets. */

export type NameScript = 'latin' | 'greek' | 'cyrillic' | 'other';

export interface NameProfile {
  /** Undefined when the value has no letters. Mixed alphabets count as 'other'. */
  script: NameScript | undefined;
  hasUpper: boolean;
  hasLower: boolean;
  hasDigit: boolean;
  nonAscii: boolean;
  /** A word holds Latin letters together with Greek or Cyrillic ones (look-alike letters, "Аnna"). */
  mixedWord: boolean;
  /** Every code unit is a letter below U+2000: no space, digit, mark, punctuation or symbol. */
  lettersOnly: boolean;
}

const LATIN = 1;
const GREEK = 2;
const CYRILLIC = 4;
const OTHER = 8;
const UPPER = 16;
const LOWER = 32;
const DIGIT = 64;
const SCRIPTS = LATIN | GREEK | CYRILLIC | OTHER;
const TABLE_SIZE = 0x2000;

const LETTER = /\p{L}/u;
const DIGIT_CHAR = /\p{Nd}/u;

function scriptBit(code: number, ch: string): number {
  // Modifier letters (ʼ ʿ) stand for apostrophes and ʿayn: no script of their own.
  if ((code >= 0x2b0 && code <= 0x2ff) || !LETTER.test(ch)) return 0;
  if (code <= 0x2af || (code >= 0x1e00 && code <= 0x1eff)) return LATIN;
  if ((code >= 0x370 && code <= 0x3ff) || (code >= 0x1f00 && code <= 0x1fff)) return GREEK;
  if ((code >= 0x400 && code <= 0x52f) || (code >= 0x1c80 && code <= 0x1c8f)) return CYRILLIC;
  return OTHER;
}

function flagsOf(code: number, ch: string): number {
  const bit = scriptBit(code, ch);
  if (bit === 0) return DIGIT_CHAR.test(ch) ? DIGIT : 0;
  if (ch.toLowerCase() !== ch) return bit | UPPER;
  return ch.toUpperCase() !== ch ? bit | LOWER : bit;
}

/**
 * Script and case of every code point up to Greek Extended, each computed on first sight: filling
 * the whole table at import took milliseconds of regular-expression tests that a CLI start pays.
 */
const UNKNOWN = 0xff;
const FLAGS: Uint8Array = new Uint8Array(TABLE_SIZE).fill(UNKNOWN);

function scriptName(mask: number): NameScript | undefined {
  if (mask === 0) return undefined;
  if (mask === LATIN) return 'latin';
  if (mask === GREEK) return 'greek';
  if (mask === CYRILLIC) return 'cyrillic';
  return 'other';
}

function isMixed(mask: number): boolean {
  return (mask & LATIN) !== 0 && (mask & (GREEK | CYRILLIC)) !== 0;
}

/** Flags of the code point at `i`; beyond the table (CJK, astral) computed on the spot. */
function flagsAt(value: string, i: number, code: number): number {
  if (code < TABLE_SIZE) {
    if (FLAGS[code] === UNKNOWN) FLAGS[code] = flagsOf(code, String.fromCharCode(code));
    return FLAGS[code]!;
  }
  const astral = code >= 0xd800 && code <= 0xdbff;
  return flagsOf(code, astral ? value.slice(i, i + 2) : value[i]!);
}

/** Profiles a name in one pass of table lookups. */
export function profileName(value: string): NameProfile {
  let all = 0;
  let scripts = 0;
  let word = 0;
  let mixedWord = false;
  let lettersOnly = true;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code === 0x20) {
      if (isMixed(word)) mixedWord = true;
      word = 0;
      lettersOnly = false;
      continue;
    }
    const flags = flagsAt(value, i, code);
    if (code >= TABLE_SIZE || (flags & SCRIPTS) === 0) lettersOnly = false;
    if (code >= 0xd800 && code <= 0xdbff) i++;
    all |= flags;
    word |= flags;
    scripts |= flags & SCRIPTS;
    if (code >= 0x80) all |= 128;
  }
  if (isMixed(word)) mixedWord = true;
  return {
    script: scriptName(scripts),
    hasUpper: (all & UPPER) !== 0,
    hasLower: (all & LOWER) !== 0,
    hasDigit: (all & DIGIT) !== 0,
    nonAscii: (all & 128) !== 0,
    mixedWord,
    lettersOnly,
  };
}
