/**
 * Loops between automations. Automation a writes a field b's condition reads, b writes one a reads:
 * running the gate again could keep changing the record, which breaks the promise that a second
 * run changes nothing. The check is deliberately structural (which fields are read and written, not
 * which values), so it can only err towards reporting.
 *
 * An automation that reads and writes the same field ("if lead source is empty, set it") is not a
 * loop: it settles after one pass, because its own write is what its condition looks for.
 */

export interface AutomationDeps {
  id: string;
  /** Fields its `when` reads. */
  reads: readonly string[];
  /** Fields its steps write. */
  writes: readonly string[];
}

export interface Cycle {
  /** Positions in the input, in loop order; the first is the lowest. */
  members: number[];
  /** `a → b → a (a sets lead_source, which b's condition reads; …)`. */
  description: string;
}

export function findCycles(nodes: readonly AutomationDeps[]): Cycle[] {
  const edges = nodes.map((from, i) =>
    nodes.flatMap((to, j) => (i !== j && from.writes.some((f) => to.reads.includes(f)) ? [j] : [])),
  );
  return stronglyConnected(edges)
    .filter((component) => component.length > 1)
    .map((component) => {
      const members = shortestLoop(Math.min(...component), new Set(component), edges);
      return { members, description: describe(members, nodes) };
    })
    .sort((a, b) => a.members[0]! - b.members[0]!);
}

/** Tarjan's algorithm; automations number in the tens, so recursion depth is no concern. */
function stronglyConnected(edges: readonly number[][]): number[][] {
  const index = new Array<number>(edges.length).fill(-1);
  const low = new Array<number>(edges.length).fill(0);
  const onStack = new Array<boolean>(edges.length).fill(false);
  const stack: number[] = [];
  const components: number[][] = [];
  let counter = 0;
  const visit = (v: number): void => {
    index[v] = low[v] = counter++;
    stack.push(v);
    onStack[v] = true;
    for (const w of edges[v]!) {
      if (index[w] === -1) {
        visit(w);
        low[v] = Math.min(low[v]!, low[w]!);
      } else if (onStack[w]) low[v] = Math.min(low[v]!, index[w]!);
    }
    if (low[v] !== index[v]) return;
    const component: number[] = [];
    let w: number;
    do {
      w = stack.pop()!;
      onStack[w] = false;
      component.push(w);
    } while (w !== v);
    components.push(component);
  };
  for (let v = 0; v < edges.length; v++) if (index[v] === -1) visit(v);
  return components;
}

/** Breadth-first from `start` back to it, inside one component: the shortest chain to show. */
function shortestLoop(start: number, inside: ReadonlySet<number>, edges: readonly number[][]): number[] {
  const previous = new Map<number, number>();
  const queue = [start];
  while (queue.length > 0) {
    const v = queue.shift()!;
    for (const w of edges[v]!) {
      if (!inside.has(w)) continue;
      if (w === start) return [...pathTo(v, start, previous)];
      if (!previous.has(w)) {
        previous.set(w, v);
        queue.push(w);
      }
    }
  }
  return [start];
}

function pathTo(end: number, start: number, previous: ReadonlyMap<number, number>): number[] {
  const path = [end];
  while (path[0] !== start) path.unshift(previous.get(path[0]!)!);
  return path;
}

function describe(members: readonly number[], nodes: readonly AutomationDeps[]): string {
  const ids = members.map((m) => nodes[m]!.id);
  const links = members.map((m, k) => {
    const next = members[(k + 1) % members.length]!;
    const field = nodes[m]!.writes.find((f) => nodes[next]!.reads.includes(f));
    return `${nodes[m]!.id} sets ${field}, which ${nodes[next]!.id}'s condition reads`;
  });
  return `${[...ids, ids[0]].join(' → ')} (${links.join('; ')})`;
}
