import { describe, expect, it } from 'vitest';
import { candidatePairs } from './blocking.ts';
import { featureTable, type MatchRecord } from './features.ts';
import { type MatchModel, modelOrThrow } from './model.ts';
import { createScorer, tableStatistics } from './score.ts';
import { trainModel } from './train.ts';

const FIELDS = ['x', 'y', 'z'] as const;

/**
 * A known case: 600 people with two records each plus 800 singletons. A duplicate keeps each field
 * with probability 0.9 (else the value is replaced); values come from a vocabulary of 5,000, so two
 * different people agree on a field with probability 1/5,000.
 */
function knownCase(seed = 7) {
  let s = seed;
  const rand = () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
  const value = () => `w${Math.floor(rand() * 5000)}`;
  const records: MatchRecord[] = [];
  const entity: number[] = [];
  for (let e = 0; e < 1400; e++) {
    const base = FIELDS.map(() => value());
    const copies = e < 600 ? 2 : 1;
    for (let c = 0; c < copies; c++) {
      const r: MatchRecord = {};
      FIELDS.forEach((f, i) => {
        r[`custom.${f}`] = c === 0 || rand() < 0.9 ? base[i]! : value();
      });
      records.push(r);
      entity.push(e);
    }
  }
  return { records, entity };
}

function model(): MatchModel {
  return modelOrThrow({
    kempt_model: 1,
    kind: 'generic',
    prior: 0.01,
    comparisons: FIELDS.map((f) => ({
      name: f,
      levels: [
        { is: 'null', label: 'missing', features: [`custom:${f}`] },
        { is: 'exact', label: 'same', feature: `custom:${f}`, m: 0.6, u: 0.01 },
        { is: 'else', label: 'different', m: 0.4, u: 0.99 },
      ],
    })),
    blocking: FIELDS.map((f) => ({ name: f, keys: [`custom:${f}`] })),
  });
}

describe('training (EM on a known case)', () => {
  const { records } = knownCase();
  const table = featureTable(
    records,
    FIELDS.map((f) => `custom:${f}`),
  );
  const start = model();
  const pairs = candidatePairs(table, start.blocking, { maxBlockSize: 1000 });
  const scorer = createScorer(start, { left: table, right: table, ...tableStatistics(start, [table]) });
  const report = trainModel(start, table, scorer, pairs, {
    randomPairs: 200_000,
    now: new Date('2026-01-01'),
  });

  it.each(FIELDS)('recovers m of "%s" agreeing (0.9) and u (1/5,000)', (f) => {
    const c = report.model.comparisons.find((x) => x.name === f)!;
    const exact = c.levels[1]!;
    expect(exact.m).toBeGreaterThan(0.85);
    expect(exact.m).toBeLessThan(0.95);
    expect(exact.u).toBeLessThan(0.001);
    expect(c.levels[2]!.u).toBeGreaterThan(0.99);
  });

  it('estimates the prior from the matches it finds (600 true pairs among ~2M)', () => {
    const truePrior = 600 / ((2000 * 1999) / 2);
    expect(report.model.prior).toBeGreaterThan(truePrior * 0.7);
    expect(report.model.prior).toBeLessThan(truePrior * 1.3);
    expect(report.expectedMatches).toBeGreaterThan(500);
    expect(report.expectedMatches).toBeLessThan(700);
  });

  it('records how it was trained, and the trained model validates and round-trips through JSON', () => {
    expect(report.model.trained).toMatchObject({
      records: 2000,
      candidate_pairs: pairs.count,
      random_pairs: 200_000,
    });
    const again = modelOrThrow(JSON.parse(JSON.stringify(report.model)));
    expect(again).toEqual(JSON.parse(JSON.stringify(report.model)));
  });

  it('is reproducible: the same data and seed give the same model', () => {
    const second = trainModel(start, table, scorer, pairs, {
      randomPairs: 200_000,
      now: new Date('2026-01-01'),
    });
    expect(second.model).toEqual(report.model);
  });
});
