import { describe, expect, it } from 'vitest';
import { CONTACT_FEATURES, featureTable } from './features.ts';
import { presetModel } from './presets.ts';
import { createScorer, probabilityOf, tableStatistics } from './score.ts';

const model = {
  ...presetModel({ available: new Set(CONTACT_FEATURES), custom: new Map(), records: 1000 }),
  prior: 1e-4,
};
const records = [
  {
    first_name: 'Jan',
    last_name: 'Novák',
    email: 'jan.novak@labe.cz',
    company: 'Labe s.r.o.',
    website: 'labe.cz',
    city: 'Praha',
    postcode: '110 00',
  },
  {
    first_name: 'Honza',
    last_name: 'Novak',
    email: 'JAN.NOVAK@labe.cz',
    company: 'LABE',
    website: 'www.labe.cz',
    city: 'Praha',
    postcode: '11000',
  },
  { first_name: 'Petr', last_name: 'Svoboda', email: 'petr@jinde.cz', company: 'Jinde a.s.', city: 'Brno' },
];
// Other people, so that the values above are as rare as they would be in a real export.
const others = Array.from({ length: 200 }, (_, i) => ({
  first_name: `Person${i}`,
  last_name: `Family${i}`,
  email: `p${i}@firm${i}.example.org`,
  company: `Firm ${i} GmbH`,
  website: `firm${i}.de`,
  city: `Town ${i % 40}`,
  postcode: String(10_000 + i),
}));
const table = featureTable([...records, ...others], [...CONTACT_FEATURES]);
const scorer = createScorer(model, { left: table, right: table, ...tableStatistics(model, [table]) });

describe('explanations', () => {
  const e = scorer.explain(0, 1);

  it('list every comparison with its level, its weight and the values compared', () => {
    expect(e.comparisons.map((c) => c.comparison)).toEqual(model.comparisons.map((c) => c.name));
    const first = e.comparisons.find((c) => c.comparison === 'first_name')!;
    expect(first).toMatchObject({
      level: 'nickname or variant (Bob/Robert, Honza/Jan)',
      left: 'jan',
      right: 'honza',
    });
    expect(first.weight).toBeGreaterThan(0);
    const email = e.comparisons.find((c) => c.comparison === 'email')!;
    expect(email.level).toBe('same mailbox');
  });

  it('add up: the prior plus the counted weights is the total, and the probability follows from it', () => {
    const sum = e.prior + e.comparisons.reduce((s, c) => s + c.counted, 0);
    expect(e.weight).toBeCloseTo(sum, 9);
    expect(e.probability).toBeCloseTo(probabilityOf(e.weight), 12);
    expect(scorer.weight(0, 1)).toBeCloseTo(e.weight, 9);
  });

  it('count a group once: of company, domain and phone agreeing, only the strongest', () => {
    const workplace = e.comparisons.filter((c) => c.group === 'workplace' && c.weight > 0);
    expect(workplace.length).toBeGreaterThanOrEqual(2);
    expect(workplace.filter((c) => c.counted !== 0)).toHaveLength(1);
    const strongest = Math.max(...workplace.map((c) => c.weight));
    expect(workplace.find((c) => c.counted !== 0)!.weight).toBe(strongest);
  });

  it('say why two different people do not match', () => {
    const other = scorer.explain(0, 2);
    expect(other.probability).toBeLessThan(0.01);
    expect(other.comparisons.find((c) => c.comparison === 'first_name')!.level).toBe('different');
    expect(other.comparisons.find((c) => c.comparison === 'first_name')!.weight).toBeLessThan(0);
  });
});
