/**
 * String and token-set similarity for record matching. Every function compares UTF-16 code units, so
 * callers fold case and accents first if "Dvořák" and "dvorak" should count as equal.
 *
 * Matching scores millions of candidate pairs, so the scratch space lives in module-level typed arrays
 * that only ever grow: a call on short strings allocates nothing.
 */

/**
 * Scratch for jaro, one array in three runs: per position of `b` the next position with the same code
 * unit (-1: none), per position of `b` whether it is matched, then the matched code units of `a` in order.
 */
let jaroScratch = new Int32Array(3 * 64);
/**
 * A value per UTF-16 code unit: for jaro the first still-usable position in `b`, for the bit-parallel edit
 * distance the code unit's row in `matchMasks`; -1 means none. Every entry is -1 between calls (a call
 * restores the entries it touched), so the 256 KiB table is shared and never cleared in full.
 */
const byCodeUnit = new Int32Array(0x10000).fill(-1);
/** Scratch rows for the banded edit distances: one row for levenshtein, three (rotating) for osa. */
let rows = new Int32Array(3 * 64);
/**
 * Bit-parallel edit distance: rows of 32-bit words marking where a code unit occurs in the pattern. Row 0
 * is all zeros between uses: it serves code units absent from the pattern and is filled in place for
 * rare ones.
 */
let matchMasks = new Int32Array(64);
/** Bit-parallel edit distance: per word, the column state VP, VN, D0 and the previous mask, in 4 runs. */
let columnState = new Int32Array(4 * 8);
/**
 * Bit-parallel edit distance over several words: per pattern position the next position with the same
 * code unit, then per distinct code unit its occurrence count (later its mask row) and its first position.
 */
let patternScratch = new Int32Array(3 * 64);
/**
 * Code units occurring at most this often in a long pattern get no mask row of their own; their row is
 * rebuilt from the position chain when the text reaches them. That bounds the rows at |pattern| / 33, so
 * a pattern of thousands of distinct code units (CJK text) needs no rows × words table.
 */
const RARE_CODE_UNIT = 32;
/** Beyond this many mask words (16 MiB) the banded table is used instead, so scratch stays bounded. */
const MAX_MASK_WORDS = 1 << 22;

function grownSize(needed: number): number {
  return Math.max(64, needed * 2);
}

/**
 * Jaro similarity in [0, 1]. Both empty → 1, one empty → 0.
 *
 * Matches are found through per-code-unit position chains instead of scanning the match window, which
 * picks exactly the same matches as the textbook scan but runs in O(|a| + |b|): two long strings with
 * little in common would otherwise cost |a| × window comparisons.
 */
export function jaro(a: string, b: string): number {
  if (a === b) return 1;
  const la = a.length;
  const lb = b.length;
  if (la === 0 || lb === 0) return 0;
  if (2 * lb + la > jaroScratch.length) jaroScratch = new Int32Array(grownSize(2 * lb + la));
  const s = jaroScratch;
  const head = byCodeUnit;
  const matchedAt = lb;
  const fromA = 2 * lb;

  for (let j = lb - 1; j >= 0; j--) {
    const c = b.charCodeAt(j);
    s[j] = head[c]!;
    head[c] = j;
    s[matchedAt + j] = 0;
  }

  const window = Math.max(0, (Math.max(la, lb) >> 1) - 1);
  let matches = 0;
  for (let i = 0; i < la; i++) {
    const c = a.charCodeAt(i);
    let p = head[c]!;
    if (p < 0) continue;
    // The window's lower edge only moves right, so positions it has passed can be dropped for good;
    // positions that get matched are dropped too, so the chain head is always the leftmost usable one.
    const lo = i - window;
    while (p >= 0 && p < lo) p = s[p]!;
    if (p >= 0 && p <= i + window) {
      s[matchedAt + p] = 1;
      s[fromA + matches++] = c;
      p = s[p]!;
    }
    head[c] = p;
  }

  // One pass restores the table and counts matched code units that are out of order.
  let halfTranspositions = 0;
  for (let j = 0, k = 0; j < lb; j++) {
    const c = b.charCodeAt(j);
    head[c] = -1;
    if (s[matchedAt + j] === 1 && c !== s[fromA + k++]) halfTranspositions++;
  }
  if (matches === 0) return 0;
  // Integer halving as in Winkler's strcmp95, which the published reference values come from.
  const transpositions = halfTranspositions >> 1;
  return (matches / la + matches / lb + (matches - transpositions) / matches) / 3;
}

/**
 * Jaro–Winkler similarity in [0, 1]: jaro boosted by the common prefix (at most 4 code units), always
 * applied (no 0.7 boost threshold). `prefixScale` above 0.25 could push scores past 1, so it is refused.
 */
export function jaroWinkler(a: string, b: string, prefixScale = 0.1): number {
  if (!(prefixScale >= 0 && prefixScale <= 0.25)) {
    throw new RangeError(`jaroWinkler: prefixScale must be in [0, 0.25], got ${prefixScale}`);
  }
  const j = jaro(a, b);
  if (j === 0 || j === 1) return j;
  const limit = Math.min(4, a.length, b.length);
  let prefix = 0;
  while (prefix < limit && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++;
  return j + prefix * prefixScale * (1 - j);
}

function checkMax(name: string, max: number): void {
  if (!(max >= 0)) throw new RangeError(`${name}: max must be a non-negative number, got ${max}`);
}

/**
 * Levenshtein distance (insert, delete, substitute, each cost 1). When the distance is certainly above
 * `max`, returns `max + 1` without finishing. A bound that is small next to the lengths restricts the
 * table to the band within `max` of the diagonal, O(min(|a|, |b|) × max), and stops once a whole row of
 * it exceeds `max`; otherwise the table is computed 32 cells per operation (Myers' bit-vector algorithm),
 * which keeps even two unbounded 10,000-character strings in the tens of milliseconds.
 */
export function levenshtein(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  checkMax('levenshtein', max);
  return editDistance(a, b, max, false);
}

/**
 * Optimal string alignment distance: levenshtein plus transposition of two adjacent code units at cost 1
 * (no substring is edited twice, so it is not the full Damerau distance). Same `max` contract as
 * {@link levenshtein}.
 */
export function osaDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  checkMax('osaDistance', max);
  return editDistance(a, b, max, true);
}

function editDistance(a: string, b: string, max: number, transpose: boolean): number {
  if (a.length > b.length) {
    const t = a;
    a = b;
    b = t;
  }
  // A shared prefix or suffix never changes the distance, and trimming it shrinks the table, often to nothing.
  let start = 0;
  let endA = a.length;
  let endB = b.length;
  while (start < endA && a.charCodeAt(start) === b.charCodeAt(start)) start++;
  while (endA > start && a.charCodeAt(endA - 1) === b.charCodeAt(endB - 1)) {
    endA--;
    endB--;
  }
  const la = endA - start;
  const lb = endB - start;
  // The length difference is a lower bound on the distance.
  if (lb - la > max) return max + 1;
  if (la === 0) return lb;

  // Cells farther than k from the diagonal cost more than max, so the band is 2k + 1 cells wide.
  const k = Math.min(Math.floor(max), lb);
  // A 32-bit word of the bit-parallel scan costs about what 4 cells of the band do; it wins unless max
  // is small next to the length (the usual case for short names, even with max = 1).
  const words = (la + 31) >>> 5;
  if (words * lb * 2 < la * (2 * k + 1)) {
    const d = bitParallel(a, b, start, la, lb, max, transpose);
    if (d >= 0) return d;
  }
  return banded(a, b, start, la, lb, max, k, transpose);
}

/**
 * Myers' bit-vector algorithm in Hyyrö's block form, with Hyyrö's (2003) transposition term for osa: the
 * shorter string's column of the table is held as bit vectors and advanced one code unit of the longer
 * string at a time, 32 cells per operation. Returns -1 when the masks would not fit the scratch budget.
 */
function bitParallel(
  a: string,
  b: string,
  start: number,
  la: number,
  lb: number,
  max: number,
  transpose: boolean,
): number {
  const result =
    la <= 32
      ? advanceWord(a, b, start, la, lb, max, transpose)
      : advanceColumns(a, b, start, la, lb, max, transpose);
  for (let i = 0; i < la; i++) byCodeUnit[a.charCodeAt(start + i)] = -1;
  return result;
}

/** The one-word case of {@link advanceColumns} (pattern of at most 32 code units), state in locals. */
function advanceWord(
  a: string,
  b: string,
  start: number,
  la: number,
  lb: number,
  max: number,
  transpose: boolean,
): number {
  // Rows from 1: row 0 stays zero for code units absent from the pattern.
  const masks = matchMasks;
  masks[0] = 0;
  let rowCount = 1;
  for (let i = 0; i < la; i++) {
    const c = a.charCodeAt(start + i);
    let row = byCodeUnit[c]!;
    if (row < 0) {
      row = rowCount++;
      byCodeUnit[c] = row;
      masks[row] = 0;
    }
    masks[row]! |= 1 << i;
  }
  const lastBit = 1 << (la - 1);
  let vp = -1;
  let vn = 0;
  let d0 = 0;
  let pmOld = 0;
  let distance = la;
  for (let j = 0; j < lb; j++) {
    const row = byCodeUnit[b.charCodeAt(start + j)]!;
    const pm = masks[Math.max(row, 0)]!;
    let d = (((pm & vp) + vp) ^ vp) | pm | vn;
    if (transpose) {
      d |= ((~d0 & pm) << 1) & pmOld;
      d0 = d;
      pmOld = pm;
    }
    let hp = vn | ~(d | vp);
    const hn = d & vp;
    if ((hp & lastBit) !== 0) distance++;
    else if ((hn & lastBit) !== 0) distance--;
    hp = (hp << 1) | 1;
    vp = (hn << 1) | ~(d | hp);
    vn = hp & d;
    // Each remaining column can lower the bottom-row distance by at most one.
    if (distance - (lb - 1 - j) > max) return max + 1;
  }
  return distance > max ? max + 1 : distance;
}

function advanceColumns(
  a: string,
  b: string,
  start: number,
  la: number,
  lb: number,
  max: number,
  transpose: boolean,
): number {
  const words = (la + 31) >>> 5;
  if (3 * la > patternScratch.length) patternScratch = new Int32Array(grownSize(3 * la));
  const ps = patternScratch;
  const rowAt = la;
  const headAt = 2 * la;

  let distinct = 0;
  for (let i = la - 1; i >= 0; i--) {
    const c = a.charCodeAt(start + i);
    let slot = byCodeUnit[c]!;
    if (slot < 0) {
      slot = distinct++;
      byCodeUnit[c] = slot;
      ps[rowAt + slot] = 0;
      ps[headAt + slot] = -1;
    }
    ps[rowAt + slot]!++;
    ps[i] = ps[headAt + slot]!;
    ps[headAt + slot] = i;
  }
  let rowCount = 1;
  for (let slot = 0; slot < distinct; slot++) {
    ps[rowAt + slot] = ps[rowAt + slot]! > RARE_CODE_UNIT ? rowCount++ : 0;
  }
  if (rowCount * words > MAX_MASK_WORDS) return -1;
  if (rowCount * words > matchMasks.length) matchMasks = new Int32Array(grownSize(rowCount * words));
  if (4 * words > columnState.length) columnState = new Int32Array(grownSize(4 * words));
  const masks = matchMasks;
  for (let i = rowCount * words - 1; i >= 0; i--) masks[i] = 0;
  for (let slot = 0; slot < distinct; slot++) {
    const base = ps[rowAt + slot]! * words;
    if (base === 0) continue;
    for (let i = ps[headAt + slot]!; i >= 0; i = ps[i]!) masks[base + (i >>> 5)]! |= 1 << (i & 31);
  }

  // VP all ones: the first column of the table counts up by one per row. VN, D0, previous mask: zero.
  const state = columnState;
  for (let w = 0; w < words; w++) state[w] = -1;
  for (let w = words; w < 4 * words; w++) state[w] = 0;
  const vnAt = words;
  const d0At = 2 * words;
  const pmAt = 3 * words;
  const lastWord = words - 1;
  const lastBit = 1 << ((la - 1) & 31);
  let distance = la;

  for (let j = 0; j < lb; j++) {
    const slot = byCodeUnit[b.charCodeAt(start + j)]!;
    const base = slot < 0 ? 0 : ps[rowAt + slot]! * words;
    const rare = slot >= 0 && base === 0;
    if (rare) for (let i = ps[headAt + slot]!; i >= 0; i = ps[i]!) masks[i >>> 5]! |= 1 << (i & 31);
    // The top row of the table counts up by one per column, so a +1 enters the first word from below.
    let hpCarry = 1;
    let hnCarry = 0;
    let d0Below = 0;
    let pmBelow = 0;
    for (let w = 0; w < words; w++) {
      const pm = masks[base + w]!;
      const vp = state[w]!;
      const vn = state[vnAt + w]!;
      const x = pm | hnCarry;
      let d0 = (((x & vp) + vp) ^ vp) | x | vn;
      if (transpose) {
        const d0Old = state[d0At + w]!;
        const pmOld = state[pmAt + w]!;
        d0 |= (((~d0Old & pm) << 1) | ((~d0Below & pmBelow) >>> 31)) & pmOld;
        d0Below = d0Old;
        pmBelow = pm;
        state[d0At + w] = d0;
        state[pmAt + w] = pm;
      }
      let hp = vn | ~(d0 | vp);
      let hn = d0 & vp;
      if (w === lastWord) {
        if ((hp & lastBit) !== 0) distance++;
        else if ((hn & lastBit) !== 0) distance--;
      }
      const hpIn = hpCarry;
      const hnIn = hnCarry;
      hpCarry = hp >>> 31;
      hnCarry = hn >>> 31;
      hp = (hp << 1) | hpIn;
      hn = (hn << 1) | hnIn;
      state[w] = hn | ~(d0 | hp);
      state[vnAt + w] = hp & d0;
    }
    if (rare) for (let i = ps[headAt + slot]!; i >= 0; i = ps[i]!) masks[i >>> 5] = 0;
    if (distance - (lb - 1 - j) > max) return max + 1;
  }
  return distance > max ? max + 1 : distance;
}

/**
 * The dynamic-programming table restricted to the diagonal band of half-width k, stopping as soon as a
 * whole row of the band exceeds k. O(min(|a|, |b|) × k).
 */
function banded(
  a: string,
  b: string,
  start: number,
  la: number,
  lb: number,
  max: number,
  k: number,
  transpose: boolean,
): number {
  // `over` stands in for out-of-band cells and anything else already past the bound.
  const over = k + 1;
  const width = lb + 1;
  const needed = transpose ? 3 * width : width;
  if (needed > rows.length) rows = new Int32Array(grownSize(needed));
  const r = rows;

  // Rows rotate through three slots for osa (the transposition looks two rows back); levenshtein
  // updates one row in place.
  let prev2 = 0;
  let prev = 0;
  const initEnd = Math.min(lb, k);
  for (let j = 0; j <= initEnd; j++) r[j] = j;

  for (let i = 1; i <= la; i++) {
    const cur = transpose ? (prev + width) % (3 * width) : 0;
    const ca = a.charCodeAt(start + i - 1);
    const caPrev = i > 1 ? a.charCodeAt(start + i - 2) : -1;
    const jStart = i > k ? i - k : 1;
    const jEnd = Math.min(i + k, lb);
    // The previous row's band ended one column short of this row's: that cell is out of band.
    if (i + k <= lb) r[prev + i + k] = over;

    let diag = r[prev + jStart - 1]!;
    let left = jStart === 1 ? i : over;
    r[cur + jStart - 1] = left;
    let rowMin = left;
    for (let j = jStart; j <= jEnd; j++) {
      const up = r[prev + j]!;
      const cb = b.charCodeAt(start + j - 1);
      let d = diag + (ca === cb ? 0 : 1);
      if (up + 1 < d) d = up + 1;
      if (left + 1 < d) d = left + 1;
      if (transpose && j > 1 && i > 1 && ca === b.charCodeAt(start + j - 2) && caPrev === cb) {
        const t = r[prev2 + j - 2]! + 1;
        if (t < d) d = t;
      }
      if (d > over) d = over;
      diag = up;
      left = d;
      r[cur + j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > k) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  const distance = r[prev + lb]!;
  return distance > max ? max + 1 : distance;
}

function positiveWeight(weight: ((token: string) => number) | undefined, token: string): number {
  if (weight === undefined) return 1;
  // A negative or NaN weight (say, from a badly smoothed IDF table) would push scores out of [0, 1].
  const w = weight(token);
  if (w > 0) return w;
  return 0;
}

/** Above this many tokens a Set beats quadratic scans; below it the scans allocate nothing. */
const SMALL_TOKEN_SET = 16;

interface Overlap {
  weightA: number;
  weightB: number;
  shared: number;
}

/** Reused result; filled only after the weight callbacks have run, so a re-entrant callback is harmless. */
const overlapScratch: Overlap = { weightA: 0, weightB: 0, shared: 0 };

/** Weights of the distinct tokens of a, of b, and of those in both. */
function overlap(a: readonly string[], b: readonly string[], weight?: (token: string) => number): Overlap {
  let weightA = 0;
  let weightB = 0;
  let shared = 0;
  if (a.length <= SMALL_TOKEN_SET && b.length <= SMALL_TOKEN_SET) {
    for (let i = 0; i < a.length; i++) {
      const t = a[i]!;
      if (a.indexOf(t) === i) weightA += positiveWeight(weight, t);
    }
    for (let i = 0; i < b.length; i++) {
      const t = b[i]!;
      if (b.indexOf(t) !== i) continue;
      const w = positiveWeight(weight, t);
      weightB += w;
      if (a.includes(t)) shared += w;
    }
  } else {
    const setA = new Set(a);
    for (const t of setA) weightA += positiveWeight(weight, t);
    for (const t of new Set(b)) {
      const w = positiveWeight(weight, t);
      weightB += w;
      if (setA.has(t)) shared += w;
    }
  }
  overlapScratch.weightA = weightA;
  overlapScratch.weightB = weightB;
  overlapScratch.shared = shared;
  return overlapScratch;
}

/**
 * Weighted Jaccard similarity of two token sets in [0, 1]: the weight of the distinct shared tokens over
 * the weight of their union. Duplicates count once. Weight defaults to 1 (plain Jaccard); weights at or
 * below 0 count as 0. Both empty (or all weights 0) → 0: no evidence of a match.
 */
export function tokenSetSimilarity(
  a: readonly string[],
  b: readonly string[],
  weight?: (token: string) => number,
): number {
  const { weightA, weightB, shared } = overlap(a, b, weight);
  const union = weightA + weightB - shared;
  // Summing the same weights in a different order can leave shared a hair above union.
  return union > 0 ? Math.min(1, shared / union) : 0;
}

/**
 * How much of the lighter token set the other one contains, in [0, 1]: shared weight over the smaller of
 * the two set weights, so "acme" against "acme holdings" scores 1 where Jaccard gives 0.5. Same weight
 * rules as {@link tokenSetSimilarity}; an empty side → 0.
 */
export function tokenContainment(
  a: readonly string[],
  b: readonly string[],
  weight?: (token: string) => number,
): number {
  const { weightA, weightB, shared } = overlap(a, b, weight);
  const smaller = Math.min(weightA, weightB);
  return smaller > 0 ? Math.min(1, shared / smaller) : 0;
}

/**
 * The first character of each non-empty token, joined: ["international", "business", "machines"] →
 * "ibm". Takes a whole code point so an astral first character is not split; case is left as given.
 */
export function initialsOf(tokens: readonly string[]): string {
  let out = '';
  for (const t of tokens) {
    if (t.length === 0) continue;
    out += t.slice(0, t.codePointAt(0)! > 0xffff ? 2 : 1);
  }
  return out;
}
