/**
 * Ground-truth helpers for the duplicate-finder benchmark. Records are identified by their row index
 * (0-based, header excluded); two records are a true match when their entity ids are equal.
 */

/** Number of record pairs that belong to the same entity: Σ n(n−1)/2 over entities. */
export function truePairsCount(entityIds: Iterable<string>): number {
  const sizes = new Map<string, number>();
  for (const id of entityIds) sizes.set(id, (sizes.get(id) ?? 0) + 1);
  let pairs = 0;
  for (const n of sizes.values()) pairs += (n * (n - 1)) / 2;
  return pairs;
}

/** Row indices grouped by entity, only entities with two or more records. */
export function duplicateClusters(entityIds: readonly string[]): number[][] {
  const groups = new Map<string, number[]>();
  entityIds.forEach((id, row) => {
    const g = groups.get(id);
    if (g === undefined) groups.set(id, [row]);
    else g.push(row);
  });
  return [...groups.values()].filter((g) => g.length > 1);
}

/** Every true pair [i, j] with i < j. */
export function* truePairs(entityIds: readonly string[]): Generator<[number, number]> {
  for (const g of duplicateClusters(entityIds)) {
    for (let a = 0; a < g.length; a++) for (let b = a + 1; b < g.length; b++) yield [g[a]!, g[b]!];
  }
}

export interface PairEvaluation {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  f1: number;
}

/** Scores predicted pairs (row indices, any order, repeats ignored) against the truth. */
export function evaluatePairs(
  predicted: Iterable<readonly [number, number]>,
  entityIds: readonly string[],
): PairEvaluation {
  const seen = new Set<number>();
  const n = entityIds.length;
  let tp = 0;
  let fp = 0;
  for (const [a, b] of predicted) {
    if (a === b) continue;
    const key = Math.min(a, b) * n + Math.max(a, b);
    if (seen.has(key)) continue;
    seen.add(key);
    if (entityIds[a] === entityIds[b]) tp++;
    else fp++;
  }
  const fn = truePairsCount(entityIds) - tp;
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { truePositives: tp, falsePositives: fp, falseNegatives: fn, precision, recall, f1 };
}
