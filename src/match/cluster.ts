/**
 * Clustering that does not chain. Pairs at or above the threshold link records; linked records form
 * components. A component of two is a cluster. In a larger one every pair is scored (not only the
 * candidate pairs), and records are joined bottom-up by average linkage: two groups merge only when
 * their pairs match on average at the threshold. So A–B strong and B–C strong with A–C clearly
 * different does not make one cluster of three through B.
 */

export interface ScoredPair {
  a: number;
  b: number;
  probability: number;
}

export interface ClusterOptions {
  threshold: number;
  /** Scores any pair (the components' inner pairs that blocking did not make). */
  score(a: number, b: number): number;
  /** Components up to this size are checked pair by pair; larger ones are first cut at stricter thresholds. */
  maxExact?: number;
}

export interface Clustering {
  /** Cluster id per record: the smallest record index in its cluster. */
  clusterOf: Int32Array;
  /** Components that were split because a link was too weak to hold them together. */
  splitComponents: number;
}

/** Union-find over the records that have links (a map, so a component costs its own size only). */
class UnionFind {
  readonly #parent = new Map<number, number>();

  find(x: number): number {
    let root = x;
    for (let p = this.#parent.get(root); p !== undefined && p !== root; p = this.#parent.get(root)) root = p;
    // Path compression: point everything on the way straight at the root.
    for (let cur = x; cur !== root; ) {
      const next = this.#parent.get(cur)!;
      this.#parent.set(cur, root);
      cur = next;
    }
    return root;
  }

  union(a: number, b: number): void {
    if (!this.#parent.has(a)) this.#parent.set(a, a);
    if (!this.#parent.has(b)) this.#parent.set(b, b);
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.#parent.set(Math.max(ra, rb), Math.min(ra, rb));
  }
}

interface Component {
  members: number[];
  edges: ScoredPair[];
}

/** Components of the links at or above `threshold`, each with its own links. */
function components(edges: readonly ScoredPair[], threshold: number): Component[] {
  const uf = new UnionFind();
  for (const e of edges) if (e.probability >= threshold) uf.union(e.a, e.b);
  const byRoot = new Map<number, Component>();
  const seen = new Set<number>();
  for (const e of edges) {
    if (e.probability < threshold) continue;
    const root = uf.find(e.a);
    let c = byRoot.get(root);
    if (!c) {
      c = { members: [], edges: [] };
      byRoot.set(root, c);
    }
    c.edges.push(e);
    for (const x of [e.a, e.b])
      if (!seen.has(x)) {
        seen.add(x);
        c.members.push(x);
      }
  }
  return [...byRoot.values()];
}

/**
 * Average-linkage agglomeration of one component, every pair scored (`known` pairs are not scored
 * again); returns groups of members.
 */
export function averageLinkage(
  members: readonly number[],
  threshold: number,
  score: (a: number, b: number) => number,
  known: readonly ScoredPair[] = [],
) {
  const n = members.length;
  const at = new Map(members.map((m, i) => [m, i]));
  // sim[i][j]: sum of pair probabilities between groups i and j; size[i]: members of group i.
  const sim: Float64Array[] = members.map(() => new Float64Array(n).fill(Number.NaN));
  for (const e of known) {
    const i = at.get(e.a);
    const j = at.get(e.b);
    if (i === undefined || j === undefined) continue;
    sim[i]![j] = e.probability;
    sim[j]![i] = e.probability;
  }
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      if (!Number.isNaN(sim[i]![j]!)) continue;
      const p = score(members[i]!, members[j]!);
      sim[i]![j] = p;
      sim[j]![i] = p;
    }
  const size = new Int32Array(n).fill(1);
  const alive = new Uint8Array(n).fill(1);
  const groups: number[][] = members.map((m) => [m]);
  for (;;) {
    let best = -1;
    let bi = -1;
    let bj = -1;
    for (let i = 0; i < n; i++) {
      if (!alive[i]) continue;
      for (let j = i + 1; j < n; j++) {
        if (!alive[j]) continue;
        const avg = sim[i]![j]! / (size[i]! * size[j]!);
        if (avg > best) {
          best = avg;
          bi = i;
          bj = j;
        }
      }
    }
    if (bi < 0 || best < threshold) break;
    alive[bj] = 0;
    size[bi]! += size[bj]!;
    groups[bi]!.push(...groups[bj]!);
    for (let k = 0; k < n; k++) {
      if (!alive[k] || k === bi) continue;
      sim[bi]![k]! += sim[bj]![k]!;
      sim[k]![bi] = sim[bi]![k]!;
    }
  }
  return groups.filter((_, i) => alive[i]);
}

export function clusterPairs(n: number, pairs: readonly ScoredPair[], options: ClusterOptions): Clustering {
  const maxExact = options.maxExact ?? 100;
  const clusterOf = new Int32Array(n);
  for (let i = 0; i < n; i++) clusterOf[i] = i;
  let splitComponents = 0;
  const assign = (group: readonly number[]) => {
    let id = group[0]!;
    for (const x of group) if (x < id) id = x;
    for (const x of group) clusterOf[x] = id;
  };
  const settle = ({ members, edges }: Component, threshold: number) => {
    if (members.length === 2) return assign(members);
    if (members.length <= maxExact) {
      const groups = averageLinkage(members, options.threshold, options.score, edges);
      if (groups.length > 1) splitComponents++;
      for (const g of groups) assign(g);
      return;
    }
    // Too big to score every pair: raise the bar for links until the pieces are small enough.
    splitComponents++;
    const stricter = 1 - (1 - threshold) / 10;
    if (stricter >= 1 - 1e-12) return;
    for (const c of components(edges, stricter)) settle(c, stricter);
  };
  for (const c of components(pairs, options.threshold)) settle(c, options.threshold);
  return { clusterOf, splitComponents };
}
