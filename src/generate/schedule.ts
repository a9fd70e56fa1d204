/**
 * A min-heap of records due at a future row. Duplicates and look-alikes are scattered over the
 * following `window` rows instead of sitting next to their original, and memory stays bounded by
 * the window (not the row count).
 */

export interface Due<T> {
  at: number;
  seq: number;
  item: T;
}

export class DueQueue<T> {
  private readonly heap: Due<T>[] = [];
  private seq = 0;

  get size(): number {
    return this.heap.length;
  }

  peekAt(): number {
    return this.heap.length > 0 ? this.heap[0]!.at : Number.POSITIVE_INFINITY;
  }

  push(at: number, item: T): void {
    const h = this.heap;
    h.push({ at, seq: this.seq++, item });
    let i = h.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(h[i]!, h[parent]!)) break;
      const t = h[i]!;
      h[i] = h[parent]!;
      h[parent] = t;
      i = parent;
    }
  }

  pop(): T {
    const h = this.heap;
    const top = h[0]!;
    const last = h.pop()!;
    if (h.length > 0) {
      h[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < h.length && before(h[l]!, h[m]!)) m = l;
        if (r < h.length && before(h[r]!, h[m]!)) m = r;
        if (m === i) break;
        const t = h[i]!;
        h[i] = h[m]!;
        h[m] = t;
        i = m;
      }
    }
    return top.item;
  }
}

/** Ties break by insertion order, which keeps output deterministic. */
function before<T>(a: Due<T>, b: Due<T>): boolean {
  return a.at < b.at || (a.at === b.at && a.seq < b.seq);
}
