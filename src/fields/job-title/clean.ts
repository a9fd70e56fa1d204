/** Certain clean-up of a title value: invisible and control characters, spacing, edge junk. */
import { collapseWhitespace } from '../text.ts';

// C0/C1 controls except tab and newlines, which collapseWhitespace folds to a space.
const CONTROL = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F]/g;
// Bullets, separators and dangling punctuation around the title: "• CEO", "CEO,", "- Manager -".
const EDGE_JUNK = /^[\s,;:|\\/*•·_\-–—]+|[\s,;:|\\/*•·_\-–—]+$/g;
const SPACE_BEFORE_COMMA = / +([,;])/g;
const QUOTES = '"\'`“”„«»‚‘’';
// Anything cleanTitle would change; most values have none of it and skip the replace passes.
const DIRTY =
  /[^\S ]|[\u0000-\u001F\u007F-\u009F\u00AD\u200B-\u200D\u2060\uFEFF]| {2}|^[\s,;:|\\/*•·_\-–—"'`“”„«»‚‘’]|[\s,;:|\\/*•·_\-–—"'`“”„«»‚‘’]$| [,;]/;
const NON_ASCII = /[^\u0000-\u007f]/;

function isWrappedInQuotes(value: string): boolean {
  return value.length >= 2 && QUOTES.includes(value[0]!) && QUOTES.includes(value[value.length - 1]!);
}

function isClean(value: string): boolean {
  if (DIRTY.test(value)) return false;
  return !NON_ASCII.test(value) || value.normalize('NFC') === value;
}

/** Trimmed, collapsed value without edge junk or wrapping quotes; idempotent. */
export function cleanTitle(value: string): string {
  if (isClean(value)) return value;
  const collapsed = collapseWhitespace(value.replace(CONTROL, ' '));
  if (collapsed === '') return collapsed;
  let current = collapsed;
  let previous: string;
  do {
    previous = current;
    current = current.replace(EDGE_JUNK, '');
    if (isWrappedInQuotes(current)) current = current.slice(1, -1).trim();
  } while (current !== previous);
  // All junk ("-", "***") is kept as written: it is a placeholder to report, not a value to erase.
  return current === '' ? collapsed : current.replace(SPACE_BEFORE_COMMA, '$1');
}
