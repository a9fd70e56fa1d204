/** Matching keys for picklist values and the edit distance used to suggest the closest one. */

const ASCII = /^[\x00-\x7f]*$/;
const NOT_ALNUM_ASCII = /[^a-zA-Z0-9]+/g;
const NOT_ALNUM = /[^\p{L}\p{N}]+/gu;
const MARKS = /\p{M}+/gu;
// Letters NFD does not decompose but people type without their stroke or ligature.
const UNDECOMPOSED = /[łŁøØđĐßæÆœŒ]/g;
const UNDECOMPOSED_MAP: Readonly<Record<string, string>> = {
  ł: 'l',
  Ł: 'L',
  ø: 'o',
  Ø: 'O',
  đ: 'd',
  Đ: 'D',
  ß: 'ss',
  æ: 'ae',
  Æ: 'AE',
  œ: 'oe',
  Œ: 'OE',
};

/**
 * The key two spellings of one picklist value share: case (unless `caseSensitive`), diacritics,
 * punctuation, whitespace, underscores and hyphens are folded away. "Marketing-Qualified Lead",
 * "marketing_qualified_lead" and "MARKETINGQUALIFIEDLEAD" all become "marketingqualifiedlead".
 */
export function foldPicklistKey(value: string, caseSensitive = false): string {
  const cased = caseSensitive ? value : value.toLowerCase();
  if (ASCII.test(cased)) return cased.replace(NOT_ALNUM_ASCII, '');
  return cased
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(UNDECOMPOSED, (c) => UNDECOMPOSED_MAP[c] ?? c)
    .replace(NOT_ALNUM, '');
}

/**
 * Optimal-string-alignment distance (Levenshtein plus adjacent transpositions), giving up once the
 * distance must exceed `max`; returns `max + 1` then. Keys are short, so two small rows suffice.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prevPrev: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, prevPrev[j - 2]! + 1);
      row.push(d);
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    prevPrev = prev;
    prev = row;
  }
  return Math.min(prev[b.length]!, max + 1);
}

/** How many edits a key of this length may be away from an allowed value and still be suggested. */
export function suggestionBudget(length: number): number {
  if (length < 4) return 0;
  if (length <= 6) return 1;
  if (length <= 12) return 2;
  return 3;
}
