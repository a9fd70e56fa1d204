/** Small text helpers shared by the field modules. */

// Zero-width characters, word joiner, BOM and soft hyphen ride along in copy-pasted CRM values.
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
// Every Unicode space separator and tab/newline folds to one ASCII space.
const SPACES = /[\s\u00A0\u2000-\u200A\u202F\u205F\u3000]+/g;

const MARKS = /\p{M}+/gu;

/** What collapseWhitespace has to do to a value: nothing, only NFC-compose, or the whole pass. */
const CLEAN = 0;
const COMPOSE = 1;
const LOOSE = 2;

/** A code point of SPACES or INVISIBLE at or above U+0300 (the lower ones are tested inline). */
function isWideSpaceOrInvisible(c: number): boolean {
  return (
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200d) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x2060 ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * One scan instead of four passes, as most CRM values are already clean. Text made only of code
 * units below U+0300 is always NFC (none of them decomposes or composes with another; checked
 * exhaustively in text.test.ts), so Latin-1 and Latin Extended values (Dvořák, Zieliński) skip
 * normalize too; for higher ones normalize decides, which is cheap on text that is already NFC.
 */
function looseness(value: string): number {
  const last = value.length - 1;
  let state = CLEAN;
  for (let i = 0; i <= last; i++) {
    const c = value.charCodeAt(i);
    if (c === 0x20) {
      if (i === 0 || i === last || value.charCodeAt(i + 1) === 0x20) return LOOSE;
    } else if (c < 0x20) {
      if (c >= 0x09 && c <= 0x0d) return LOOSE;
    } else if (c < 0x300) {
      if (c === 0xa0 || c === 0xad) return LOOSE;
    } else if (isWideSpaceOrInvisible(c)) return LOOSE;
    else state = COMPOSE;
  }
  return state;
}

/** Trim, remove invisible characters, fold runs of whitespace to one space, NFC-compose. */
export function collapseWhitespace(value: string): string {
  const state = looseness(value);
  if (state === CLEAN) return value;
  if (state === COMPOSE) return value.normalize('NFC');
  return value.replace(INVISIBLE, '').replace(SPACES, ' ').trim().normalize('NFC');
}

/**
 * True when collapseWhitespace would trim, fold or remove something (NFC composition aside): the
 * check modules use to keep a value as typed unless its spacing needs work.
 */
export function hasLooseWhitespace(value: string): boolean {
  return looseness(value) === LOOSE;
}

/** True when the value is empty once whitespace and invisible characters are gone. */
export function isBlank(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    const blank =
      c === 0x20 ||
      (c >= 0x09 && c <= 0x0d) ||
      c === 0xa0 ||
      c === 0xad ||
      (c >= 0x300 && isWideSpaceOrInvisible(c));
    if (!blank) return false;
  }
  return true;
}

function isAscii(value: string): boolean {
  for (let i = 0; i < value.length; i++) if (value.charCodeAt(i) >= 0x80) return false;
  return true;
}

/** Fold diacritics for comparisons (never for display): "Dvořák" → "dvorak". Keeps non-Latin scripts. */
export function foldDiacritics(value: string): string {
  if (isAscii(value)) return value;
  return value.normalize('NFD').replace(MARKS, '').normalize('NFC');
}

// Findings quote the value; a pasted paragraph must not become a kilobyte-long message.
const MAX_QUOTED = 60;

/** The value in double quotes for a finding's message, cut to a readable length. */
export function quoted(value: string): string {
  return value.length <= MAX_QUOTED ? `"${value}"` : `"${value.slice(0, MAX_QUOTED)}…"`;
}
