/** A 64-bit string hash for keys kept as numbers (duplicate counting, matching dictionaries). */

const lanes: [number, number] = [0, 0];

/** FNV-1a over UTF-16 code units in two lanes with different seeds and primes; allocation-free. */
export function hash64(text: string): readonly [number, number] {
  let a = 0x811c9dc5;
  let b = 0x050c5d1f;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 13;
  }
  lanes[0] = a | 0;
  lanes[1] = b | 0;
  return lanes;
}

const INITIAL_SLOTS = 1 << 16;

/**
 * An open-addressing map from 64-bit hashes (as two int32 lanes) to a non-negative integer (the first
 * row that had a key, a dictionary code): 12 bytes a slot, so 1M keys cost ~25 MB instead of ~100 MB
 * for a Map of strings. Two different keys share both lanes with a probability near 1e-7 among 1M.
 */
export class HashIndex {
  #a = new Int32Array(INITIAL_SLOTS);
  #b = new Int32Array(INITIAL_SLOTS);
  /** Row + 1, so 0 marks an empty slot. */
  #row = new Int32Array(INITIAL_SLOTS);
  #size = 0;

  /** Returns the value stored for the hash, or stores `row` and returns -1. */
  firstOrInsert(a: number, b: number, row: number): number {
    // Load factor 3/4: linear probing stays short, and 1M keys fit 2^21 slots (25 MB).
    if ((this.#size + 1) * 4 > this.#row.length * 3) this.#grow();
    const mask = this.#row.length - 1;
    let i = (a ^ Math.imul(b, 0x9e3779b1)) & mask;
    for (;;) {
      const stored = this.#row[i]!;
      if (stored === 0) {
        this.#a[i] = a;
        this.#b[i] = b;
        this.#row[i] = row + 1;
        this.#size++;
        return -1;
      }
      if (this.#a[i] === a && this.#b[i] === b) return stored - 1;
      i = (i + 1) & mask;
    }
  }

  /** The value stored for the hash, or -1. */
  get(a: number, b: number): number {
    const mask = this.#row.length - 1;
    let i = (a ^ Math.imul(b, 0x9e3779b1)) & mask;
    for (;;) {
      const stored = this.#row[i]!;
      if (stored === 0) return -1;
      if (this.#a[i] === a && this.#b[i] === b) return stored - 1;
      i = (i + 1) & mask;
    }
  }

  #grow(): void {
    const [a, b, row] = [this.#a, this.#b, this.#row];
    this.#a = new Int32Array(a.length * 2);
    this.#b = new Int32Array(a.length * 2);
    this.#row = new Int32Array(a.length * 2);
    this.#size = 0;
    for (let i = 0; i < row.length; i++) if (row[i] !== 0) this.firstOrInsert(a[i]!, b[i]!, row[i]! - 1);
  }
}
