/**
 * A structural parser for JavaScript regular expressions, just deep enough for the backtracking
 * check: groups, alternation, repetition and single-character matchers. It runs only on patterns
 * the engine has already compiled (flags limited to i, m, s, u), so it does not validate.
 */

export type RegexNode =
  | { kind: 'char'; src: string; start: number; end: number }
  /** Zero-width: ^, $, \b, \B. */
  | { kind: 'assert'; start: number; end: number }
  | { kind: 'backref'; start: number; end: number }
  | { kind: 'group'; alts: RegexNode[][]; start: number; end: number }
  /** A lookaround: zero-width, but its content backtracks like any pattern. */
  | { kind: 'look'; alts: RegexNode[][]; start: number; end: number }
  | { kind: 'repeat'; body: RegexNode; min: number; max: number; start: number; end: number };

const QUANTIFIER = /^\{(\d+)(,(\d*))?\}/;
// Escapes longer than one character after the backslash.
const HEX_ESCAPE = /^(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|u\{[0-9a-fA-F]+\}|c[A-Za-z]|[pP]\{[^}]*\}|k<[^>]*>)/;

export function parseRegex(pattern: string): RegexNode {
  let i = 0;

  function alternation(): RegexNode[][] {
    const alts = [sequence()];
    while (pattern[i] === '|') {
      i++;
      alts.push(sequence());
    }
    return alts;
  }

  function sequence(): RegexNode[] {
    const items: RegexNode[] = [];
    while (i < pattern.length && pattern[i] !== '|' && pattern[i] !== ')') {
      const a = atom();
      items.push(quantified(a));
    }
    return items;
  }

  function quantified(body: RegexNode): RegexNode {
    const c = pattern[i];
    let min: number;
    let max: number;
    if (c === '*' || c === '+' || c === '?') {
      min = c === '+' ? 1 : 0;
      max = c === '?' ? 1 : Number.POSITIVE_INFINITY;
      i++;
    } else {
      const m = c === '{' ? QUANTIFIER.exec(pattern.slice(i)) : null;
      if (m === null) return body;
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Number.POSITIVE_INFINITY : Number(m[3]);
      i += m[0].length;
    }
    if (pattern[i] === '?') i++; // laziness changes the order of attempts, not their number
    return quantified({ kind: 'repeat', body, min, max, start: body.start, end: i });
  }

  function atom(): RegexNode {
    const start = i;
    const c = pattern[i]!;
    if (c === '(') return group(start);
    if (c === '[') return charClass(start);
    if (c === '\\') return escapeAtom(start);
    i += c === '^' || c === '$' || c === '.' ? 1 : String.fromCodePoint(pattern.codePointAt(i)!).length;
    if (c === '^' || c === '$') return { kind: 'assert', start, end: i };
    return { kind: 'char', src: pattern.slice(start, i), start, end: i };
  }

  function group(start: number): RegexNode {
    i++;
    let look = false;
    if (pattern.startsWith('?:', i)) i += 2;
    else if (pattern.startsWith('?=', i) || pattern.startsWith('?!', i)) {
      i += 2;
      look = true;
    } else if (pattern.startsWith('?<=', i) || pattern.startsWith('?<!', i)) {
      i += 3;
      look = true;
    } else if (pattern.startsWith('?<', i)) i = pattern.indexOf('>', i) + 1;
    else if (pattern[i] === '?') i = pattern.indexOf(':', i) + 1; // modifiers: (?i:…), (?-i:…)
    const alts = alternation();
    i++; // the closing parenthesis
    return { kind: look ? 'look' : 'group', alts, start, end: i };
  }

  function charClass(start: number): RegexNode {
    i++;
    while (i < pattern.length && pattern[i] !== ']') i += pattern[i] === '\\' ? 2 : 1;
    i++;
    return { kind: 'char', src: pattern.slice(start, i), start, end: i };
  }

  function escapeAtom(start: number): RegexNode {
    const next = pattern[i + 1] ?? '';
    if (next === 'b' || next === 'B') {
      i += 2;
      return { kind: 'assert', start, end: i };
    }
    const special = HEX_ESCAPE.exec(pattern.slice(i + 1));
    if (special !== null) {
      i += 1 + special[0].length;
      return special[0].startsWith('k<') ? { kind: 'backref', start, end: i } : charNode(start);
    }
    if (next >= '1' && next <= '9') {
      i += 2;
      while (pattern[i] !== undefined && pattern[i]! >= '0' && pattern[i]! <= '9') i++;
      return { kind: 'backref', start, end: i };
    }
    i += 1 + String.fromCodePoint(pattern.codePointAt(i + 1) ?? 0).length;
    return charNode(start);
  }

  function charNode(start: number): RegexNode {
    return { kind: 'char', src: pattern.slice(start, i), start, end: i };
  }

  const alts = alternation();
  return { kind: 'group', alts, start: 0, end: pattern.length };
}
