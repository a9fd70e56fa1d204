import { foldPlaceKey } from './fold.ts';
import { countryKeys } from './lookup.ts';

// Typos are only guessed for keys long enough that one or two edits rarely land on another country.
const MIN_LENGTH = 5;
const LONG = 8;

// Candidates bucketed by first letter and length: a typo in the first letter is rare, and scanning
// only lengths within the edit limit keeps a column of junk values at microseconds per value.
interface Candidate {
  key: string;
  code: string;
  letters: number;
}

// Which characters occur, as 32 bits (a–z, the rest hashed onto six more). One edit changes at most
// two bits, so a popcount of the XOR above 2 × limit rules a candidate out before any matrix work.
function letterMask(key: string): number {
  let mask = 0;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    mask |= 1 << (c >= 97 && c <= 122 ? c - 97 : 26 + (c % 6));
  }
  return mask;
}

function popcount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

const BUCKETS = new Map<string, Candidate[]>();
for (const [key, entry] of countryKeys()) {
  if (entry.kind !== 'country' || key.length < MIN_LENGTH || key !== foldPlaceKey(key)) continue;
  const id = key[0]! + key.length;
  const candidate = { key, code: entry.code, letters: letterMask(key) };
  const bucket = BUCKETS.get(id);
  if (bucket === undefined) BUCKETS.set(id, [candidate]);
  else bucket.push(candidate);
}

// Three reused rows of the edit-distance matrix (keys are capped at 60 characters); the analyzer is
// synchronous, so sharing them is safe.
const ROWS = new Int32Array(3 * 64);

/** Optimal string alignment distance (adjacent swaps count once), or `limit + 1` when above `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  if (b.length >= 64) return limit + 1;
  const rows = ROWS;
  let before = 0; // row i-2
  let prev = 64; // row i-1
  let cur = 128; // row i
  for (let j = 0; j <= b.length; j++) rows[prev + j] = j;
  for (let i = 1; i <= a.length; i++) {
    rows[cur] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cb = b.charCodeAt(j - 1);
      let d = rows[prev + j - 1]! + (ca === cb ? 0 : 1);
      const del = rows[prev + j]! + 1;
      if (del < d) d = del;
      const ins = rows[cur + j - 1]! + 1;
      if (ins < d) d = ins;
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) {
        const swap = rows[before + j - 2]! + 1;
        if (swap < d) d = swap;
      }
      rows[cur + j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > limit) return limit + 1;
    const free = before;
    before = prev;
    prev = cur;
    cur = free;
  }
  return rows[prev + b.length]!;
}

/** The one country whose name is within one edit (two for long names) of `key`, if exactly one is. */
export function typoCountry(key: string): string | undefined {
  const folded = foldPlaceKey(key);
  if (folded.length < MIN_LENGTH || folded.length > 60) return undefined;
  const limit = folded.length >= LONG ? 2 : 1;
  const letters = letterMask(folded);
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (let length = folded.length - limit; length <= folded.length + limit; length++) {
    for (const candidate of BUCKETS.get(folded[0]! + length) ?? []) {
      if (popcount(letters ^ candidate.letters) > 2 * limit) continue;
      const d = editDistance(folded, candidate.key, limit);
      if (d < bestDistance) {
        best = candidate.code;
        bestDistance = d;
      } else if (d === bestDistance && candidate.code !== best) {
        best = undefined;
      }
    }
  }
  return best;
}
