/** Bounded memoisation for field modules whose work repeats (email domains, phone numbering plans). */

/**
 * A bounded memo with two generations: lookups hit the young map, then the old one (promoting the
 * entry); when the young map is full it becomes the old one. Approximates LRU with two Map operations
 * per hit and no per-entry bookkeeping.
 */
export class GenerationalCache<V> {
  #young = new Map<string, V>();
  #old = new Map<string, V>();
  readonly #capacity: number;

  /** `capacity` is the size of one generation; at most twice as many entries are held. */
  constructor(capacity: number) {
    this.#capacity = capacity;
  }

  get(key: string): V | undefined {
    const hit = this.#young.get(key);
    if (hit !== undefined) return hit;
    const aged = this.#old.get(key);
    if (aged !== undefined) this.set(key, aged);
    return aged;
  }

  set(key: string, value: V): void {
    if (this.#young.size >= this.#capacity) {
      this.#old = this.#young;
      this.#young = new Map();
    }
    this.#young.set(key, value);
  }

  get size(): number {
    return this.#young.size + this.#old.size;
  }
}
