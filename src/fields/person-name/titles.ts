/**
 * Finds titles around a name in its space-separated words: honorifics and academic degrees before it
 * ("Prof. Dr.", "Ing.", "mgr inż."), degrees and generational suffixes after it (", Ph.D.", "Jr.").
 * At least one word is always left for the name itself unless every word is a title.
 */

import {
  COMMA_ONLY_SUFFIXES,
  COUNTRY_ONLY,
  DOTTED_ONLY,
  HONORIFICS,
  SUFFIXES,
  TITLE_CONTINUATIONS,
} from './data.ts';

export interface TitleSpan {
  /** Index of the first word of the name proper; words before it are titles. */
  coreStart: number;
  /** Index after the last word of the name proper; words from it on are suffixes. */
  coreEnd: number;
}

/** Titles that are also names ("Herr", "Miss"): alone, without a dot, they are taken as a name. */
const NAME_LIKE_TITLES: ReadonlySet<string> = new Set([
  'herr',
  'frau',
  'sir',
  'dame',
  'miss',
  'pan',
  'pani',
  'pán',
  'paní',
]);

/**
 * Length of the run of `chars` that ends `text`. A loop, not /[.,]+$/: such a regex retries from
 * every character of an inner run and turns quadratic on hostile input.
 */
export function trailingRun(text: string, chars: string): number {
  let n = 0;
  while (n < text.length && chars.includes(text[text.length - 1 - n]!)) n++;
  return n;
}

/** Lowercase key of a title word without its trailing dot or comma: "Ph.D.," → "ph.d". */
export function titleKey(word: string): string {
  const lower = word.toLowerCase();
  const run = trailingRun(lower, '.,');
  return run === 0 ? lower : lower.slice(0, -run);
}

function hasDot(word: string): boolean {
  return word.endsWith('.') || word.endsWith('.,');
}

function isHonorific(word: string, country: string | undefined): boolean {
  const key = titleKey(word);
  if (!HONORIFICS.has(key)) return false;
  if (DOTTED_ONLY.has(key) && !hasDot(word)) return false;
  const countries = COUNTRY_ONLY.get(key);
  return countries === undefined || (country !== undefined && countries.has(country.toUpperCase()));
}

// Polish writes these without a dot ("mgr inż.", "dr hab"); every other continuation needs its dot,
// so that "Dr. Art Smith" keeps Art.
const UNDOTTED_CONTINUATIONS: ReadonlySet<string> = new Set(['inż', 'hab']);

function isContinuation(word: string): boolean {
  const key = titleKey(word);
  if (!TITLE_CONTINUATIONS.has(key)) return false;
  return hasDot(word) || (UNDOTTED_CONTINUATIONS.has(key) && word === key);
}

function isHonoraryDoctorate(words: readonly string[], i: number): boolean {
  return words[i] === 'h.' && (words[i + 1] === 'c.' || words[i + 1] === 'c.,');
}

function isSuffix(words: readonly string[], i: number): boolean {
  const key = titleKey(words[i]!);
  if (!SUFFIXES.has(key)) return false;
  return !COMMA_ONLY_SUFFIXES.has(key) || (words[i - 1]?.endsWith(',') ?? false);
}

/** Splits the words of a name into titles before, the name proper, and suffixes after. */
export function findTitles(words: readonly string[], country?: string): TitleSpan {
  let start = 0;
  while (start < words.length) {
    if (isHonorific(words[start]!, country)) start++;
    else if (start > 0 && isContinuation(words[start]!)) start++;
    else if (start > 0 && isHonoraryDoctorate(words, start)) start += 2;
    else break;
  }
  start = Math.min(start, words.length);
  if (start === words.length && !isTitleOnly(words)) return { coreStart: 0, coreEnd: words.length };
  let end = words.length;
  while (end - 1 > start && isSuffix(words, end - 1)) end--;
  return { coreStart: start, coreEnd: end };
}

/** True when every word is a title and at least one of them cannot be a name ("Dr.", "Mr", "Herr."). */
function isTitleOnly(words: readonly string[]): boolean {
  return words.some((w) => hasDot(w) || !NAME_LIKE_TITLES.has(titleKey(w)));
}
