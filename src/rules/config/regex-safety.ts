/**
 * A conservative static check against catastrophic backtracking. JavaScript's engine backtracks, so
 * a pattern in which the same text can be matched in many ways ("(a+)+", "(a|a)*", "(.*a){20}") takes
 * exponential time on a value that almost matches: one form submission could stall the gate.
 *
 * Rules also run with an input bound (values longer than MAX_VALUE_LENGTH, 2,000 characters, are
 * not matched), which keeps quadratic patterns within milliseconds (".*foo.*": 8 ms on a worst-case
 * 2,000-character value); cubic ones take seconds there (".*.*x": 5.6 s) and exponential ones
 * forever, so those are refused here. An unanchored pattern is searched from every position, which
 * the check models as a leading "[\s\S]*": "\w+\d+" is cubic unless written "^\w+\d+". The check errs on the side of refusing: a pattern it
 * cannot prove unambiguous is rejected with a rewrite hint, because the cost of a false alarm is
 * one edit to the config while the cost of a miss is an outage.
 *
 * Three shapes are refused:
 * 1. a repetition inside a repetition, unless each round of the outer one must end on a character
 *    nothing else in the round can match ("([a-z]+\.)+" is fine: the dot delimits the rounds);
 * 2. alternatives that can start with the same character inside a repetition ("(a|ab)*");
 * 3. three or more unbounded repetitions of overlapping characters in a row (".*.*.*").
 */

import type { RegexNode } from './regex-parse.ts';
import { parseRegex } from './regex-parse.ts';

export type RegexSafety = { safe: true } | { safe: false; reason: string };

// Bounded nesting is harmless while the ways to split stay few: "(\d{1,3}\.){3}" has at most 3^3.
const MAX_WAYS = 1_000;
// Astral samples: emoji, CJK extension B, mathematical letters; the BMP is scanned in full.
const ASTRAL_SAMPLES = [0x1f600, 0x20000, 0x1d400, 0x10000];
const ANY = '\u0000any';
const BMP_WORDS = 0x10000 / 32;

export function checkRegexSafety(pattern: string, flags: string): RegexSafety {
  const checker = new Checker(pattern, flags.replace(/[gmy]/g, ''));
  const problem = checker.walk(asSearched(parseRegex(pattern), pattern, flags.includes('m')));
  return problem === undefined ? { safe: true } : { safe: false, reason: problem };
}

/** An empty span marks the engine's own search loop in messages. */
const SEARCH: RegexNode = {
  kind: 'repeat',
  body: { kind: 'char', src: '[\\s\\S]', start: 0, end: 0 },
  min: 0,
  max: Number.POSITIVE_INFINITY,
  start: 0,
  end: 0,
};

/** The pattern as `test()` runs it: from every start position unless anchored by ^ (without m). */
function asSearched(root: RegexNode, pattern: string, multiline: boolean): RegexNode {
  if (root.kind !== 'group') return root;
  const anchored =
    !multiline && root.alts.every((alt) => alt[0]?.kind === 'assert' && pattern[alt[0].start] === '^');
  return anchored ? root : { ...root, alts: root.alts.map((alt) => [SEARCH, ...alt]) };
}

class Checker {
  private readonly pattern: string;
  private readonly flags: string;
  private readonly matchers = new Map<string, RegExp>();
  private readonly sets = new Map<string, Uint32Array>();

  constructor(pattern: string, flags: string) {
    this.pattern = pattern;
    this.flags = flags;
  }

  walk(node: RegexNode): string | undefined {
    if (node.kind === 'repeat') return this.repeat(node) ?? this.walk(node.body);
    if (node.kind !== 'group' && node.kind !== 'look') return undefined;
    for (const seq of node.alts) {
      const problem = this.adjacent(seq) ?? firstOf(seq, (n) => this.walk(n));
      if (problem !== undefined) return problem;
    }
    return undefined;
  }

  private repeat(node: Extract<RegexNode, { kind: 'repeat' }>): string | undefined {
    if (node.max <= 1) return undefined;
    const text = this.text(node);
    const ways = innerWays(node.body);
    if (ways > 1 && exceeds(ways, node.max) && !this.delimited(node.body))
      return `"${text}" repeats something that is itself repeated, so a value can be split between the rounds in very many ways and matching can take exponential time. Repeat once instead ("(a+)+" → "a+", "(\\w+\\s?)+" → "[\\w\\s]+"), or end each round with a character the round cannot otherwise contain ("([a-z]+\\.)+").`;
    const clash = this.overlappingAlternatives(node.body);
    if (clash !== undefined && exceeds(clash.count, node.max))
      return `in "${text}", the alternatives "${this.text(clash.a)}" and "${this.text(clash.b)}" can match the same text, so each round can go either way and matching can take exponential time. Make the alternatives start differently (e.g. "a(?:b)?" instead of "a|ab") or merge them into one character class.`;
    return undefined;
  }

  /**
   * Three unbounded repetitions of overlapping characters with nothing mandatory between them.
   * Only repetitions of one character class count: a repeated group ("(?:\.\d+)*") needs its own
   * first character each round, so it cannot soak up a run the way "\d*" can.
   */
  private adjacent(seq: readonly RegexNode[]): string | undefined {
    let run: RegexNode[] = [];
    for (const item of [...seq, undefined]) {
      if (item !== undefined && isUnboundedClass(item)) {
        run.push(item);
        continue;
      }
      if (item !== undefined && nullable(item)) continue;
      const triple = this.overlappingTriple(run);
      if (triple?.[0] === SEARCH)
        return `"${this.text(triple[1])}" and "${this.text(triple[2])}" follow each other and can match the same characters, and the pattern is not anchored, so it is tried from every position: time grows with the cube of the value's length. Anchor it with ^ at the start, or merge the two into one repetition.`;
      if (triple !== undefined)
        return `"${this.text(triple[0])}", "${this.text(triple[1])}" and "${this.text(triple[2])}" follow each other and can match the same characters, so matching takes time growing with the cube of the value's length. Merge them into one repetition.`;
      run = [];
    }
    return undefined;
  }

  private overlappingTriple(run: readonly RegexNode[]): [RegexNode, RegexNode, RegexNode] | undefined {
    for (let a = 0; a < run.length; a++)
      for (let b = a + 1; b < run.length; b++)
        for (let c = b + 1; c < run.length; c++) {
          const [x, y, z] = [run[a]!, run[b]!, run[c]!];
          if (
            this.overlap(atoms(x), atoms(y)) &&
            this.overlap(atoms(y), atoms(z)) &&
            this.overlap(atoms(x), atoms(z))
          )
            return [x, y, z];
        }
    return undefined;
  }

  /** A round ends on a mandatory character nothing else in the round can match. */
  private delimited(body: RegexNode): boolean {
    const seq = body.kind === 'group' && body.alts.length === 1 ? body.alts[0]! : [body];
    return seq.some(
      (d) => d.kind === 'char' && seq.every((other) => other === d || !this.overlap([d.src], atoms(other))),
    );
  }

  private overlappingAlternatives(
    body: RegexNode,
  ): { a: RegexNode; b: RegexNode; count: number } | undefined {
    for (const group of groupsIn(body)) {
      const firsts = group.alts.map((alt) => firstOfSeq(alt));
      for (let a = 0; a < firsts.length; a++)
        for (let b = a + 1; b < firsts.length; b++)
          if (this.overlap(firsts[a]!, firsts[b]!))
            return {
              a: span(group.alts[a]!, group),
              b: span(group.alts[b]!, group),
              count: group.alts.length,
            };
    }
    return undefined;
  }

  private overlap(a: readonly string[], b: readonly string[]): boolean {
    if (a.length === 0 || b.length === 0) return false;
    if (a.includes(ANY) || b.includes(ANY)) return true;
    return a.some((x) => b.some((y) => this.charsOverlap(x, y)));
  }

  private charsOverlap(a: string, b: string): boolean {
    const single = literal(a) ?? literal(b);
    if (single !== undefined) return this.matcher(a).test(single) && this.matcher(b).test(single);
    const sa = this.members(a);
    const sb = this.members(b);
    for (let i = 0; i < sa.length; i++) if ((sa[i]! & sb[i]!) !== 0) return true;
    return false;
  }

  /**
   * The characters a class matches, as a bitset over the BMP plus a few astral samples: computed
   * once per class (65,536 tests, about a millisecond), so comparing many classes stays cheap.
   */
  private members(src: string): Uint32Array {
    let set = this.sets.get(src);
    if (set !== undefined) return set;
    const m = this.matcher(src);
    set = new Uint32Array(BMP_WORDS + 1);
    for (let cp = 0; cp <= 0xffff; cp++)
      if ((cp < 0xd800 || cp > 0xdfff) && m.test(String.fromCharCode(cp))) set[cp >>> 5]! |= 1 << (cp & 31);
    for (const [i, cp] of ASTRAL_SAMPLES.entries())
      if (m.test(String.fromCodePoint(cp))) set[BMP_WORDS]! |= 1 << i;
    this.sets.set(src, set);
    return set;
  }

  private matcher(src: string): RegExp {
    let m = this.matchers.get(src);
    if (m === undefined) {
      m = new RegExp(`^(?:${src})$`, this.flags);
      this.matchers.set(src, m);
    }
    return m;
  }

  private text(node: RegexNode): string {
    return this.pattern.slice(node.start, node.end);
  }
}

function firstOf<T, R>(items: readonly T[], fn: (item: T) => R | undefined): R | undefined {
  for (const item of items) {
    const r = fn(item);
    if (r !== undefined) return r;
  }
  return undefined;
}

/** How many ways a body can vary in length per round: 1 when fixed, Infinity when unbounded. */
function innerWays(node: RegexNode): number {
  if (node.kind === 'repeat') {
    const own = node.max === Number.POSITIVE_INFINITY ? node.max : node.max - node.min + 1;
    return Math.max(own, innerWays(node.body));
  }
  if (node.kind !== 'group') return 1;
  let ways = 1;
  for (const alt of node.alts) for (const n of alt) ways = Math.max(ways, innerWays(n));
  return ways;
}

function exceeds(ways: number, rounds: number): boolean {
  return (
    rounds === Number.POSITIVE_INFINITY || ways === Number.POSITIVE_INFINITY || ways ** rounds > MAX_WAYS
  );
}

function isUnboundedClass(node: RegexNode): boolean {
  return node.kind === 'repeat' && node.max === Number.POSITIVE_INFINITY && node.body.kind === 'char';
}

function nullable(node: RegexNode): boolean {
  switch (node.kind) {
    case 'char':
      return false;
    case 'repeat':
      return node.min === 0 || nullable(node.body);
    case 'group':
      return node.alts.some((alt) => alt.every(nullable));
    default:
      return true;
  }
}

/** Every character matcher a node may consume; lookarounds consume nothing. */
function atoms(node: RegexNode): string[] {
  if (node.kind === 'char') return [node.src];
  if (node.kind === 'backref') return [ANY];
  if (node.kind === 'repeat') return atoms(node.body);
  if (node.kind === 'group') return node.alts.flatMap((alt) => alt.flatMap(atoms));
  return [];
}

function firstOfSeq(seq: readonly RegexNode[]): string[] {
  const out: string[] = [];
  for (const node of seq) {
    out.push(...first(node));
    if (!nullable(node)) break;
  }
  return out;
}

function first(node: RegexNode): string[] {
  if (node.kind === 'char') return [node.src];
  if (node.kind === 'backref') return [ANY];
  if (node.kind === 'repeat') return node.max === 0 ? [] : first(node.body);
  if (node.kind === 'group') return node.alts.flatMap(firstOfSeq);
  return [];
}

/** Groups with alternatives inside a repeated body (not inside lookarounds, which consume nothing). */
function groupsIn(node: RegexNode): Extract<RegexNode, { kind: 'group' }>[] {
  if (node.kind === 'repeat') return groupsIn(node.body);
  if (node.kind !== 'group') return [];
  const nested = node.alts.flatMap((alt) => alt.flatMap(groupsIn));
  return node.alts.length > 1 ? [node, ...nested] : nested;
}

/** The source span of one alternative, for messages. */
function span(seq: readonly RegexNode[], group: RegexNode): RegexNode {
  if (seq.length === 0) return { kind: 'assert', start: group.start, end: group.start };
  return { kind: 'assert', start: seq[0]!.start, end: seq.at(-1)!.end };
}

/** The one character a matcher stands for, when it is a plain or escaped punctuation literal. */
function literal(src: string): string | undefined {
  if (src.length === 1 && src !== '.') return src;
  if (src.length === 2 && src[0] === '\\' && /[^A-Za-z0-9]/.test(src[1]!)) return src[1];
  const cp = src.codePointAt(0)!;
  return cp > 0xffff && src.length === 2 ? src : undefined;
}
