/**
 * Maps a path in the config ("fields.email.rules[2].action") to a line and column in the YAML
 * text, and a position back to a path. A path to a key that is not there (a missing setting)
 * lands on the nearest enclosing node that is.
 */

import type { Document, LineCounter, Node, Pair } from 'yaml';
import { isAlias, isMap, isScalar, isSeq } from 'yaml';

export interface Position {
  line: number;
  column: number;
}

function keyText(key: unknown): string {
  return isScalar(key) ? String(key.value) : String(key);
}

function deref(node: unknown, doc: Document): unknown {
  return isAlias(node) ? node.resolve(doc) : node;
}

function startOf(node: unknown): number | undefined {
  return (node as Node | null)?.range?.[0];
}

/** Where the node at `path` starts; `atKey` prefers the key of the last step (for unknown keys). */
export function locate(
  doc: Document,
  lines: LineCounter,
  path: readonly PropertyKey[],
  atKey: boolean,
): Position {
  let node: unknown = doc.contents;
  let offset = startOf(node) ?? 0;
  for (const [i, seg] of path.entries()) {
    node = deref(node, doc);
    let pair: Pair | undefined;
    let next: unknown;
    if (isMap(node)) {
      pair = node.items.find((p) => keyText(p.key) === String(seg));
      next = pair?.value;
    } else if (isSeq(node) && typeof seg === 'number') next = node.items[seg];
    if (pair === undefined && next === undefined) break;
    const last = i === path.length - 1;
    // A key names what is wrong better than its value when the value is a whole section or absent.
    const preferKey = pair !== undefined && (last ? atKey || !isScalar(deref(next, doc)) : next == null);
    offset = (preferKey ? startOf(pair!.key) : startOf(next)) ?? offset;
    node = next;
  }
  const { line, col } = lines.linePos(offset);
  return { line, column: col };
}

/** The path of the innermost node containing `offset`, for errors the YAML parser reports by position. */
export function pathAt(doc: Document, offset: number): PropertyKey[] {
  const path: PropertyKey[] = [];
  let node: unknown = doc.contents;
  for (;;) {
    if (isMap(node)) {
      const pair = node.items.find((p) => contains(p.key, offset) || contains(p.value, offset));
      if (pair === undefined) return path;
      path.push(keyText(pair.key));
      node = contains(pair.value, offset) ? pair.value : undefined;
    } else if (isSeq(node)) {
      const index = node.items.findIndex((item) => contains(item, offset));
      if (index < 0) return path;
      path.push(index);
      node = node.items[index];
    } else return path;
  }
}

function contains(node: unknown, offset: number): boolean {
  const range = (node as Node | null)?.range;
  return range !== undefined && range !== null && offset >= range[0] && offset <= range[2];
}
