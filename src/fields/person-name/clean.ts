/**
 * Certain clean-up of a name: emoji and symbols (★ ™ ✓ ♥), control and bidi characters out; quotes
 * and brackets around the whole value, stray punctuation at either end, and a trailing dot that
 * closes no initial or abbreviation out. Apostrophes are never removed ("'t Hooft", "O'Neil").
 */

import { collapseWhitespace } from '../text.ts';
import { HONORIFICS, NAME_ABBREVIATIONS, SUFFIXES, TITLE_CONTINUATIONS } from './data.ts';

// Pictographs, other symbols, private use, controls, skin tones, variation selectors, keycaps,
// tag characters and bidi controls: none of them belongs in a name.
const JUNK_SOURCE =
  '[\\p{Extended_Pictographic}\\p{So}\\p{Co}\\p{Cc}\\u{1F3FB}-\\u{1F3FF}\\uFE00-\\uFE0F\\u20E3' +
  '\\u{E0000}-\\u{E007F}\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]';
const JUNK = new RegExp(JUNK_SOURCE, 'gu');
const HAS_JUNK = new RegExp(JUNK_SOURCE, 'u');

// Characters that are never part of a name at its start or end. The dot is handled apart (initials)
// and so is the apostrophe (Dutch "'t", Arabic ʿayn written as ’).
const EDGE_JUNK = new Set([
  ' ',
  ',',
  ';',
  ':',
  '-',
  '–',
  '—',
  '_',
  '*',
  '#',
  '+',
  '=',
  '~',
  '^',
  '/',
  '\\',
  '|',
  '&',
]);
const LEAD_ONLY_JUNK = new Set(['.', '!', '?', '¿', '¡']);
const DOUBLE_QUOTES = new Set(['"', '“', '”', '„', '«', '»', '‹', '›', '「', '」', '『', '』']);
const PAIRS: ReadonlyMap<string, string> = new Map([
  ['"', '"'],
  ['“', '”'],
  ['”', '”'],
  ['„', '“'],
  ['«', '»'],
  ['»', '«'],
  ['‹', '›'],
  ['›', '‹'],
  ['‘', '’'],
  ['‚', '‘'],
  ["'", "'"],
  ['(', ')'],
  ['[', ']'],
  ['{', '}'],
  ['<', '>'],
  ['（', '）'],
  ['「', '」'],
  ['『', '』'],
]);
const BRACKET_CLOSERS: ReadonlyMap<string, string> = new Map([
  ['(', ')'],
  ['[', ']'],
  ['{', '}'],
  ['<', '>'],
  ['（', '）'],
]);
const BRACKET_OPENERS: ReadonlyMap<string, string> = new Map(
  [...BRACKET_CLOSERS].map(([open, close]) => [close, open]),
);
const BRACKETS: ReadonlySet<string> = new Set([...BRACKET_CLOSERS.keys(), ...BRACKET_OPENERS.keys()]);
// A value that is only letters, marks, spaces, apostrophes, hyphens and inner dots needs no work.
const CLEAN = /^[\p{L}\p{M}][\p{L}\p{M} '’.-]*[\p{L}\p{M}]$|^\p{L}$/u;

// A comma or dot standing alone between words: "Novák , Jan", "John . Smith".
const LOOSE_PUNCTUATION = / [,.](?= |$)|,(?=,)/;
const LOOSE_COMMA = / ,(?= |$)/g;
const LOOSE_DOT = / \.(?= |$)/g;
const COMMA_RUN = /,{2,}/g;

function tidyPunctuation(value: string): string {
  return value.replace(LOOSE_COMMA, ',').replace(LOOSE_DOT, '').replace(COMMA_RUN, ',');
}

/** Removes junk characters anywhere and trims junk at the ends; idempotent. */
export function cleanName(value: string): string {
  if (CLEAN.test(value) && !value.includes(' .')) return value;
  const stripped = HAS_JUNK.test(value) ? collapseWhitespace(value.replace(JUNK, '')) : value;
  return trimEdges(LOOSE_PUNCTUATION.test(stripped) ? tidyPunctuation(stripped) : stripped);
}

function isSingleQuote(ch: string): boolean {
  return ch === "'" || ch === '‘' || ch === '’' || ch === '‚';
}

// Dutch "'t Hooft" and "'s-Gravesande" start with an apostrophe that is part of the name.
function startsWithDutchArticle(s: string, i: number): boolean {
  const next = s[i + 2];
  return (s[i + 1] === 't' || s[i + 1] === 's') && (next === ' ' || next === '-');
}

/** The part of the value still kept, `j` inclusive; bracket counts are taken when first needed. */
interface Window {
  s: string;
  i: number;
  j: number;
  counts: Map<string, number> | undefined;
}

function countBrackets(w: Window): Map<string, number> {
  const counts = new Map<string, number>();
  for (let k = w.i; k <= w.j; k++) {
    const ch = w.s[k]!;
    if (BRACKETS.has(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  return counts;
}

function uncount(w: Window, ch: string): void {
  const n = w.counts?.get(ch);
  if (n !== undefined) w.counts!.set(ch, n - 1);
}

function dropFirst(w: Window): void {
  uncount(w, w.s[w.i]!);
  w.i++;
}

function dropLast(w: Window): void {
  uncount(w, w.s[w.j]!);
  w.j--;
}

/** A bracket at an end whose partner is nowhere inside the kept part. */
function isLoneBracket(w: Window, ch: string, partners: ReadonlyMap<string, string>): boolean {
  const partner = partners.get(ch);
  if (partner === undefined) return false;
  w.counts ??= countBrackets(w);
  return (w.counts.get(partner) ?? 0) === 0;
}

/** One step of trimming; false when both ends are clean. */
function trimStep(w: Window): boolean {
  const { s } = w;
  while (w.i <= w.j && (EDGE_JUNK.has(s[w.i]!) || LEAD_ONLY_JUNK.has(s[w.i]!))) dropFirst(w);
  while (w.i <= w.j && EDGE_JUNK.has(s[w.j]!)) dropLast(w);
  if (w.i > w.j) return false;
  const first = s[w.i]!;
  const last = s[w.j]!;
  if (last === '.' && removableDot(s, w.i, w.j)) dropLast(w);
  else if (
    w.i < w.j &&
    PAIRS.get(first) === last &&
    !(isSingleQuote(first) && startsWithDutchArticle(s, w.i))
  ) {
    dropFirst(w);
    dropLast(w);
  } else if (DOUBLE_QUOTES.has(first) || isLoneBracket(w, first, BRACKET_CLOSERS)) dropFirst(w);
  else if (DOUBLE_QUOTES.has(last) || isLoneBracket(w, last, BRACKET_OPENERS)) dropLast(w);
  else return false;
  return true;
}

/** Index-based, with bracket counts kept up to date, so that long runs of wrappers stay linear. */
function trimEdges(s: string): string {
  const w: Window = { s, i: 0, j: s.length - 1, counts: undefined };
  while (trimStep(w));
  return w.i === 0 && w.j === s.length - 1 ? s : s.slice(w.i, w.j + 1);
}

/** A trailing dot stays after an initial ("J."), an abbreviation ("Jr.", "Ph.D.", "Wm.") or a title. */
function removableDot(s: string, i: number, j: number): boolean {
  const before = s[j - 1];
  if (j === i || before === '.' || before === ' ') return true;
  let k = j - 1;
  while (k >= i && s[k] !== ' ') k--;
  const word = s.slice(k + 1, j).toLowerCase();
  if (word.includes('.')) return false;
  if ([...word].length === 1) return false;
  return !(
    HONORIFICS.has(word) ||
    SUFFIXES.has(word) ||
    TITLE_CONTINUATIONS.has(word) ||
    NAME_ABBREVIATIONS.has(word)
  );
}
