/**
 * Splits a full name into its parts. Handles "Last, First", titles before and after ("Ing. Jan
 * Novák, Ph.D.", "Prof. Dr. Hans Müller"), surname particles ("Ludwig van Beethoven" → last "van
 * Beethoven"), Spanish "y" ("José Ortega y Gasset"), and family-name-first order for Chinese,
 * Japanese and Korean script and for Hungarian and Vietnamese records. Parts keep the case typed.
 */

import { collapseWhitespace } from '../text.ts';
import { cleanName } from './clean.ts';
import { ARTICLE_PARTICLES, PARTICLES } from './data.ts';
import { findTitles, trailingRun } from './titles.ts';

export interface SplitName {
  first: string;
  last: string;
  middle?: string;
  /** Titles before the name, as typed: "Prof. Dr.", "Ing.". */
  honorific?: string;
  /** Degrees and generational suffixes after the name, as typed: "Ph.D., MBA", "Jr.". */
  suffix?: string;
}

export interface SplitOptions {
  /** ISO 3166-1 alpha-2 country of the record: family name first for HU and VN. */
  country?: string;
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

function stripComma(word: string): string {
  return word.slice(0, word.length - trailingRun(word, ','));
}

function withParts(first: string, last: string, middle: readonly string[]): SplitName {
  const result: SplitName = { first, last };
  if (middle.length > 0) result.middle = middle.join(' ');
  return result;
}

/** Index of the first word of the surname in given-name-first order. */
function surnameStart(words: readonly string[]): number {
  for (let i = 1; i < words.length - 1; i++) {
    const lower = words[i]!.toLowerCase();
    if (PARTICLES.has(lower) || ARTICLE_PARTICLES.has(lower)) return i;
    // Only a lowercase "y" joins Spanish surnames; a capital "Y" is an initial.
    if (words[i] === 'y' && i >= 2) return i - 1;
  }
  return words.length - 1;
}

function splitGivenFirst(words: readonly string[]): SplitName {
  if (words.length === 1) return { first: words[0]!, last: '' };
  const start = surnameStart(words);
  return withParts(words[0]!, words.slice(start).join(' '), words.slice(1, start));
}

function splitInverted(words: readonly string[], comma: number, country: string | undefined): SplitName {
  const last = words
    .slice(0, comma + 1)
    .map(stripComma)
    .join(' ');
  const given = words.slice(comma + 1).map(stripComma);
  const span = findTitles(given, country);
  const result = withParts(given[span.coreStart] ?? '', last, given.slice(span.coreStart + 1, span.coreEnd));
  if (span.coreStart > 0) result.honorific = given.slice(0, span.coreStart).join(' ');
  if (span.coreEnd < given.length) result.suffix = given.slice(span.coreEnd).join(' ');
  return result;
}

// Family name first: Hungarian "Nagy János Péter" (given names follow), Vietnamese "Nguyễn Văn An"
// (the given name is the last word), Chinese/Japanese/Korean (the rest is the given name).
function splitFamilyFirst(words: readonly string[], country: string | undefined): SplitName | undefined {
  if (words.length < 2) return undefined;
  if (CJK.test(words[0]!)) return { first: words.slice(1).join(' '), last: words[0]! };
  if (country === 'HU') return withParts(words[1]!, words[0]!, words.slice(2));
  if (country === 'VN') return withParts(words[words.length - 1]!, words[0]!, words.slice(1, -1));
  return undefined;
}

function splitCore(words: readonly string[], country: string | undefined): SplitName {
  const comma = words.findIndex((w) => w.endsWith(','));
  if (comma >= 0 && comma < words.length - 1) return splitInverted(words, comma, country);
  const bare = words.map(stripComma);
  return splitFamilyFirst(bare, country?.toUpperCase()) ?? splitGivenFirst(bare);
}

/** Splits a full name; a single word is taken as the first name. Never throws. */
export function splitFullName(input: string, options: SplitOptions = {}): SplitName {
  const value = cleanName(collapseWhitespace(input));
  if (value === '') return { first: '', last: '' };
  const words = value.split(' ');
  const span = findTitles(words, options.country);
  if (span.coreStart === span.coreEnd) return { first: '', last: '', honorific: value };
  const result = splitCore(words.slice(span.coreStart, span.coreEnd), options.country);
  const honorific = [result.honorific, words.slice(0, span.coreStart).join(' ')].filter(Boolean);
  if (honorific.length > 0) result.honorific = honorific.reverse().join(' ');
  if (span.coreEnd < words.length) {
    result.suffix = [result.suffix, words.slice(span.coreEnd).join(' ')].filter(Boolean).join(', ');
  }
  return result;
}
