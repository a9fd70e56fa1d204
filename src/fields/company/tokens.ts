/**
 * Word tokens of one name, as the legal-form search sees them: runs of letters, digits and marks, and
 * '&' on its own ("GmbH&Co.KG" -> GmbH, &, Co, KG). The spans of the last string are kept between calls
 * (detection is synchronous), which keeps the hot path allocation-light; folded keys are computed on
 * demand, as only the tokens at the edges of a name are ever compared.
 */
import { AMPERSAND, foldToken, wordWidth } from './legal-form-table.ts';

const starts: number[] = [];
const ends: number[] = [];
const folded: (string | undefined)[] = [];
let tokenized: string | undefined;

/** Tokenises `s` (or reuses the previous result for the same string); returns the token count. */
// Scanned by hand: a regex exec allocates a match per token (measured 2x slower).
export function tokenize(s: string): number {
  if (s === tokenized) return starts.length;
  starts.length = 0;
  ends.length = 0;
  folded.length = 0;
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
  return starts.length;
}

function pushToken(start: number, end: number): void {
  starts.push(start);
  ends.push(end);
  folded.push(undefined);
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

/** Keys of tokens `from` (inclusive) to `to` (exclusive), space-separated. */
export function keysJoined(from: number, to: number): string {
  let key = keyAt(from);
  for (let i = from + 1; i < to; i++) key = `${key} ${keyAt(i)}`;
  return key;
}
