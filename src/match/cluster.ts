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

class UnionFind {
  readonly parent: Int32Array;
  constructor(n: number) {
    this.parent = new Int32Array(n);
    for (let i = 0; i < n; i++) this.parent[i] = i;
  }
  find(x: number): number {
    const p = this.parent;
    while (p[x] !== x) {
      p[x] = p[p[x]!]!;
      x = p[x]!;
    }
    return x;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

function components(n: number, pairs: readonly ScoredPair[], threshold: number): Map<number, number[]> {
  const uf = new UnionFind(n);
  const linked: number[] = [];
  const seen = new Set<number>();
  for (const p of pairs) {
    if (p.probability < threshold) continue;
    uf.union(p.a, p.b);
    for (const x of [p.a, p.b])
      if (!seen.has(x)) {
        seen.add(x);
        linked.push(x);
      }
  }
  const groups = new Map<number, number[]>();
  for (const x of linked) {
    const root = uf.find(x);
    const g = groups.get(root);
    if (g) g.push(x);
    else groups.set(root, [x]);
  }
  return groups;
}

/** Average-linkage agglomeration of one component, every pair scored; returns groups of members. */
export function averageLinkage(
  members: readonly number[],
  threshold: number,
  score: (a: number, b: number) => number,
) {
  const n = members.length;
  // sim[i][j]: sum of pair probabilities between groups i and j; size[i]: members of group i.
  const sim: Float64Array[] = members.map(() => new Float64Array(n));
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
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
  const maxExact = options.maxExact ?? 200;
  const clusterOf = new Int32Array(n);
  for (let i = 0; i < n; i++) clusterOf[i] = i;
  let splitComponents = 0;
  const assign = (group: readonly number[]) => {
    const id = Math.min(...group);
    for (const x of group) clusterOf[x] = id;
  };
  const settle = (members: number[], edges: readonly ScoredPair[], threshold: number) => {
    if (members.length === 2) return assign(members);
    if (members.length <= maxExact) {
      const groups = averageLinkage(members, options.threshold, options.score);
      if (groups.length > 1) splitComponents++;
      for (const g of groups) assign(g);
      return;
    }
    // Too big to score every pair: raise the bar for links until the pieces are small enough.
    const stricter = 1 - (1 - threshold) / 10;
    if (stricter >= 1 - 1e-12) {
      splitComponents++;
      return;
    }
    splitComponents++;
    const inside = new Set(members);
    const own = edges.filter((e) => inside.has(e.a) && e.probability >= stricter);
    for (const [, g] of components(n, own, stricter)) settle(g, own, stricter);
  };
  for (const [, members] of components(n, pairs, options.threshold))
    settle(members, pairs, options.threshold);
  return { clusterOf, splitComponents };
}
