/** Small text helpers shared by the field modules. */

// Zero-width characters, word joiner, BOM and soft hyphen ride along in copy-pasted CRM values.
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
// Every Unicode space separator and tab/newline folds to one ASCII space.
const SPACES = /[\s\u00A0\u2000-\u200A\u202F\u205F\u3000]+/g;

/** Trim, remove invisible characters, fold runs of whitespace to one space, NFC-compose. */
export function collapseWhitespace(value: string): string {
  return value.replace(INVISIBLE, '').replace(SPACES, ' ').trim().normalize('NFC');
}

/** Fold diacritics for comparisons (never for display): "Dvořák" → "dvorak". Keeps non-Latin scripts. */
export function foldDiacritics(value: string): string {
  return value.normalize('NFD').replace(/\p{M}+/gu, '').normalize('NFC');
}
