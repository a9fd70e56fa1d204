/**
 * Recasing of names typed all in capitals or all in lower case. Only those: "eBay", "IBM Deutschland",
 * "ACME GmbH" carry intended case and are left alone. In capitals, short words and words without a
 * vowel stay capitals because they are usually acronyms ("IBM GMBH" -> "IBM GmbH", "KPMG AG").
 */

export type CaseMode = 'upper' | 'lower';

// Fewer cased letters than this ("IBM", "SAP", "3M", "BMW AG") are as likely an acronym as shouting.
const MIN_LETTERS = 6;
const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}/u;
const CASED = /[\p{Lu}\p{Ll}]/gu;
// Greek capitals drop the accents that lower case needs: "ΕΛΛΗΝΙΚΑ" cannot be recased correctly.
const GREEK = /[\u0370-\u03ff\u1f00-\u1fff]/;
const WORD = /[\p{L}\p{M}]+/gu;
const MARKS = /\p{M}+/gu;
const VOWEL = /[aeiouyæøœаеёиоуыэюяіїєә]/;
const APOSTROPHES = new Set(["'", '’', 'ʼ']);

// Not first in the name, these are written in lower case.
const SMALL = new Set(
  (
    'of and the for at by in on to an or und der die das für von vom zu zum zur im am mit de du des la le les ' +
    'et en au aux sur del los las y e i di da dei della delle do dos van den het voor och og и в на для'
  ).split(' '),
);
// Three letters or fewer but ordinary words, not acronyms.
const COMMON = new Set(
  (
    'new big top one two sun sky red oak bay art web net pro max car bar box day way key law hub lab bio eco ' +
    'our you my go all fit fun hot ice gas oil tea pet dog cat air sea man old son bau hof neu gut alt sol ' +
    'mar luz dom zoo toy joy inn fix fly mix'
  ).split(' '),
);

/** 'upper' / 'lower' when the whole value is in one case and long enough to recase. */
export function caseMode(s: string): CaseMode | undefined {
  const hasLower = LOWER.test(s);
  const hasUpper = UPPER.test(s);
  if (hasLower === hasUpper) return undefined;
  if (GREEK.test(s)) return undefined;
  if ((s.match(CASED)?.length ?? 0) < MIN_LETTERS) return undefined;
  return hasUpper ? 'upper' : 'lower';
}

/** Title-cases `segment`; `atStart` when it begins the name (small words capitalised there). */
export function recase(segment: string, mode: CaseMode, atStart: boolean): string {
  let first = atStart;
  return segment.replace(WORD, (word: string, offset: number) => {
    const out = caseWord(word, mode, first, segment, offset);
    first = false;
    return out;
  });
}

function caseWord(word: string, mode: CaseMode, first: boolean, s: string, offset: number): string {
  const lower = word.toLowerCase();
  const prev = s[offset - 1] ?? '';
  // "MACY'S" -> "Macy's", "3D" stays, "1ST" -> "1st"
  if (APOSTROPHES.has(prev) && word.length === 1) return lower;
  if (prev >= '0' && prev <= '9') return word.length === 1 ? word.toUpperCase() : lower;
  if (SMALL.has(lower) && s[offset + word.length] !== '.') return first ? capitalize(lower) : lower;
  if (mode === 'upper' && ((word.length <= 3 && !COMMON.has(lower)) || !hasVowel(lower))) return word;
  return capitalize(lower);
}

function hasVowel(lower: string): boolean {
  return VOWEL.test(lower.normalize('NFD').replace(MARKS, ''));
}

function capitalize(lower: string): string {
  if (lower.length >= 4 && lower.startsWith('mc'))
    return `Mc${lower.charAt(2).toUpperCase()}${lower.slice(3)}`;
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}
