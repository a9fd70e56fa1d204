import { describe, expect, it } from 'vitest';
import { createGate } from '../gate/index.ts';
import { defaultConfig } from '../rules/config/index.ts';
import { CONTACT_FEATURES } from './features.ts';
import { createMatchIndex, duplicatePort } from './match-index.ts';
import { presetModel } from './presets.ts';

const model = {
  ...presetModel({ available: new Set(CONTACT_FEATURES), custom: new Map(), records: 10_000 }),
  prior: 1e-4,
};

const FIRST = ['Jan', 'Petr', 'Anna', 'Eva', 'Tomáš', 'Lucie', 'Martin', 'Jana', 'Pavel', 'Kateřina'];
const LAST = [
  'Novák',
  'Svoboda',
  'Dvořák',
  'Černý',
  'Procházka',
  'Kučera',
  'Veselý',
  'Horák',
  'Němec',
  'Marek',
];

function people(n: number) {
  return Array.from({ length: n }, (_, i) => {
    const first = FIRST[i % 10]!;
    const last = LAST[Math.floor(i / 10) % 10]!;
    return {
      id: `c${i}`,
      record: {
        first_name: first,
        last_name: last,
        email: `${first}.${last}${i}@firma${i % 7}.cz`.toLowerCase(),
        phone: `+420 6${String(10_000_000 + i * 7919).slice(0, 8)}`,
        company: `Firma ${i % 7} s.r.o.`,
        city: 'Praha',
      },
    };
  });
}

describe('incremental matching (findMatches)', () => {
  const index = createMatchIndex({ model });
  const all = people(300);
  for (const p of all) index.add(p.id, p.record);

  it('finds the existing record behind a dirty copy, best first, with the reasons', () => {
    const target = all[42]!.record;
    const found = index.findMatches(
      {
        first_name: target.first_name.toUpperCase(),
        last_name: target.last_name.normalize('NFD').replace(/\p{M}/gu, ''),
        email: ` ${target.email.toUpperCase()} `,
        company: target.company.replace(' s.r.o.', ', s. r. o.'),
      },
      { threshold: 0.5 },
    );
    expect(found[0]?.id).toBe('c42');
    // Every name here is shared by three records and every company by forty: the mailbox decides.
    expect(found[0]!.probability).toBeGreaterThan(0.5);
    const email = found[0]!.explanation.comparisons.find((c) => c.comparison === 'email')!;
    expect(email.level).toBe('same mailbox');
    expect(email.weight).toBeGreaterThan(5);
    expect(found[0]!.explanation.comparisons.map((c) => c.comparison)).toEqual(
      model.comparisons.map((c) => c.name),
    );
  });

  it('finds nothing for a new person, and a lookup adds nothing', () => {
    expect(
      index.findMatches({ first_name: 'Zdeňka', last_name: 'Wiśniewska', email: 'zw@elsewhere.pl' }),
    ).toEqual([]);
    expect(index.size).toBe(300);
  });

  it('a namesake at another company is a candidate at most, not a match', () => {
    const target = all[7]!.record;
    const found = index.findMatches({
      first_name: target.first_name,
      last_name: target.last_name,
      company: 'Jiná firma a.s.',
      email: 'someone@jina.cz',
    });
    for (const f of found) expect(f.probability).toBeLessThan(0.999);
  });

  it('skips a key shared by more records than the block limit, and still finds through other rules', () => {
    const small = createMatchIndex({ model: { ...model, max_block_size: 5 } });
    // Ten colleagues share the switchboard; one of them has their own email.
    for (let i = 0; i < 10; i++)
      small.add(`s${i}`, {
        first_name: FIRST[i]!,
        last_name: LAST[i]!,
        phone: '+420 222 111 000',
        email: `p${i}@acme.cz`,
      });
    const found = small.findMatches(
      { first_name: FIRST[3]!, last_name: LAST[3]!, phone: '+420 222 111 000', email: 'p3@acme.cz' },
      { threshold: 0 },
    );
    // The phone block (10 records) is over the limit: only the email and name rules bring candidates.
    expect(found.map((f) => f.id)).toEqual(['s3']);
  });

  it('limits the number of candidates', () => {
    const found = index.findMatches(
      { last_name: LAST[0]!, first_name: FIRST[0]!, city: 'Praha' },
      { threshold: 0.0, limit: 3 },
    );
    expect(found.length).toBeLessThanOrEqual(3);
  });
});

describe('the gate with the index as its duplicate port', () => {
  it('flags a record that duplicates an indexed one, with the reasons', () => {
    const index = createMatchIndex({ model });
    const all = people(300);
    for (const p of all) index.add(p.id, p.record);
    const gate = createGate(defaultConfig(), { duplicates: duplicatePort(index) });
    const decision = gate.check(
      { ...all[5]!.record, email: all[5]!.record.email.toUpperCase() },
      { channel: 'api' },
    );
    expect(decision.duplicates[0]?.id).toBe('c5');
    expect(decision.duplicates[0]?.reasons?.[0]).toBe('email: same mailbox');
    expect(decision.findings.some((f) => f.code === 'duplicate.suspected')).toBe(true);
    const fresh = gate.check(
      { first_name: 'Zdeňka', last_name: 'Wiśniewska', email: 'zw@elsewhere.pl' },
      { channel: 'api' },
    );
    expect(fresh.duplicates).toEqual([]);
  });
});
