import { describe, expect, it } from 'vitest';
import { type AutomationDeps, findCycles } from './cycles.ts';

const a = (id: string, reads: string[], writes: string[]): AutomationDeps => ({ id, reads, writes });

describe('findCycles', () => {
  it.each<[string, AutomationDeps[], string[]]>([
    ['no automations', [], []],
    ['independent', [a('x', ['email'], ['website']), a('y', ['phone'], ['country'])], []],
    ['a chain is not a loop', [a('x', ['email'], ['website']), a('y', ['website'], ['company'])], []],
    ['reading and writing the same field settles', [a('x', ['lead_source'], ['lead_source'])], []],
    [
      'two feeding each other',
      [a('a', ['lead_source'], ['country']), a('b', ['country'], ['lead_source'])],
      [
        "a → b → a (a sets country, which b's condition reads; b sets lead_source, which a's condition reads)",
      ],
    ],
    [
      'three in a ring, listed out of order',
      [a('c', ['street'], ['city']), a('a', ['city'], ['state']), a('b', ['state'], ['street'])],
      [
        "c → a → b → c (c sets city, which a's condition reads; a sets state, which b's condition reads; b sets street, which c's condition reads)",
      ],
    ],
    [
      'two separate loops are both reported',
      [
        a('a', ['city'], ['state']),
        a('b', ['state'], ['city']),
        a('c', ['owner'], ['street']),
        a('d', ['street'], ['owner']),
      ],
      [
        "a → b → a (a sets state, which b's condition reads; b sets city, which a's condition reads)",
        "c → d → c (c sets street, which d's condition reads; d sets owner, which c's condition reads)",
      ],
    ],
    [
      'the shortest loop of a tangle is shown',
      [a('a', ['city'], ['state', 'street']), a('b', ['state'], ['city']), a('c', ['street'], ['state'])],
      ["a → b → a (a sets state, which b's condition reads; b sets city, which a's condition reads)"],
    ],
  ])('%s', (_, nodes, expected) => {
    expect(findCycles(nodes).map((c) => c.description)).toEqual(expected);
  });

  it('reports members by position, first the earliest', () => {
    const nodes = [a('x', [], []), a('b', ['country'], ['city']), a('a', ['city'], ['country'])];
    expect(findCycles(nodes).map((c) => c.members)).toEqual([[1, 2]]);
  });
});
