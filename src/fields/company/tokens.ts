/**
 * Word tokens of one name, as the legal-form search sees them: runs of letters, digits and marks, and
 * '&' on its own ("GmbH&Co.KG" -> GmbH, &, Co, KG). The spans of the last string are kept between calls
 * (detection is synchronous) in reused buffers, which keeps the hot path allocation-free; folded keys
 * are computed on demand, as only the tokens at the edges of a name are ever compared.
 */
import { AMPERSAND, foldToken, wordWidth } from './legal-form-table.ts';

let starts = new Int32Array(64);
let ends = new Int32Array(64);
const folded: (string | undefined)[] = [];
let count = 0;
let tokenized: string | undefined;

/** Tokenises `s` (or reuses the previous result for the same string); returns the token count. */
// Scanned by hand: a regex exec allocates a match per token (measured 2x slower).
export function tokenize(s: string): number {
  if (s === tokenized) return count;
  count = 0;
  let i = 0;
  while (i < s.length) {
    if (s.charCodeAt(i) === AMPERSAND) {
      pushToken(i, i + 1);
      i++;
      continue;
    }
    const start = i;
    for (let w = wordWidth(s, i); w > 0; w = wordWidth(s, i)) i += w;
    if (i > start) pushToken(start, i);
    else i++;
  }
  tokenized = s;
  return count;
}

function pushToken(start: number, end: number): void {
  if (count === starts.length) {
    const grownStarts = new Int32Array(count * 2);
    const grownEnds = new Int32Array(count * 2);
    grownStarts.set(starts);
    grownEnds.set(ends);
    starts = grownStarts;
    ends = grownEnds;
  }
  starts[count] = start;
  ends[count] = end;
  folded[count] = undefined;
  count++;
}

export const tokenStart = (i: number): number => starts[i] ?? 0;
export const tokenEnd = (i: number): number => ends[i] ?? 0;

/** Folded key of token `i` of the last tokenised string. */
export function keyAt(i: number): string {
  const known = folded[i];
  if (known !== undefined) return known;
  const key = foldToken((tokenized ?? '').slice(tokenStart(i), tokenEnd(i)));
  folded[i] = key;
  return key;
}
