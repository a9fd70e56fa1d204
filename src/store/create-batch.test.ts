import type { CompiledQuery } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBatcher } from './create-batch.ts';
import type { Store } from './db.ts';
import { insertContactsAtOnce, type NewContact } from './insert-rows.ts';
import { TEST_STORES } from './test-stores.ts';

const AT = '2026-11-22T10:00:00.000Z';

/** A create as the records service makes it: the contact, its keys, one logged fix and one finding. */
function newContact(id: string, keys: string[], company?: string, findingSeqs: number[] = [0]): NewContact {
  return {
    contact: {
      id,
      fields: JSON.stringify({ first_name: id }),
      status: 'active',
      version: 1,
      created_at: AT,
      updated_at: AT,
      company_id: null,
      search_text: id,
    },
    company: company
      ? { id: `company-of-${id}`, key: company.toLowerCase(), name: company, domain: null, country: 'CZ' }
      : null,
    contact_keys: keys.map((key) => ({ key, contact_id: id })),
    change_log: [
      {
        contact_id: id,
        field: 'first_name',
        before: id.toUpperCase(),
        after: id,
        code: 'name.case',
        rule_id: 'names',
        reason: 'case fixed',
        confidence: 1,
        actor: 'test',
        channel: 'api',
        run_id: null,
        at: AT,
        undone_at: null,
      },
    ],
    findings: findingSeqs.map((seq) => ({
      contact_id: id,
      seq,
      field: 'email',
      code: 'email.free',
      severity: 'warning',
      action: 'warn',
      rule_id: 'email',
      message: 'free provider',
      at: AT,
    })),
  };
}

const postgresStores = TEST_STORES.filter((s) => s.kind === 'postgres');

// The batched create is PostgreSQL's (SQLite shares commits instead: group-commit.ts).
describe.skipIf(postgresStores.length === 0)('creates in one statement, on postgres', () => {
  let store: Store & { drop(): Promise<void> };

  beforeEach(async () => {
    store = await postgresStores[0]!.open();
    await store.db
      .insertInto('contacts')
      .values({
        id: 'stored',
        fields: '{"first_name":"Stored"}',
        status: 'active',
        version: 3,
        created_at: AT,
        updated_at: AT,
        company_id: null,
        search_text: 'stored',
      })
      .execute();
    await store.db
      .insertInto('contact_keys')
      .values({ key: 'email:held@x.cz', contact_id: 'stored' })
      .execute();
  });
  afterEach(async () => {
    await store.drop();
  });

  const count = async (table: 'contacts' | 'contact_keys' | 'change_log' | 'findings' | 'companies') =>
    Number(
      (
        await store.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('stores each new contact with its rows, one company for two that name it, and refuses a held key with its holder', async () => {
    const outcomes = await insertContactsAtOnce(store.db, [
      newContact('a', ['email:a@x.cz'], 'Acme'),
      newContact('b', ['email:b@x.cz', 'phone:+420602000001'], 'Acme'),
      newContact('c', ['email:c@x.cz', 'email:held@x.cz'], 'Only C'),
    ]);
    expect(outcomes[0]).toEqual({ created: true, companyId: 'company-of-a' });
    expect(outcomes[1]).toEqual({ created: true, companyId: 'company-of-a' });
    expect(outcomes[2]).toMatchObject({
      created: false,
      key: 'email:held@x.cz',
      holder: { id: 'stored', version: 3 },
    });
    const contacts = await store.db
      .selectFrom('contacts')
      .select(['id', 'company_id'])
      .orderBy('id')
      .execute();
    expect(contacts).toEqual([
      { id: 'a', company_id: 'company-of-a' },
      { id: 'b', company_id: 'company-of-a' },
      { id: 'stored', company_id: null },
    ]);
    // Nothing of the refused contact: not its keys, its log, its findings, nor the company only it named.
    expect(await count('contact_keys')).toBe(1 + 1 + 2);
    expect(await count('change_log')).toBe(2);
    expect(await count('findings')).toBe(2);
    expect((await store.db.selectFrom('companies').select('name').execute()).map((r) => r.name)).toEqual([
      'Acme',
    ]);
  });

  it('refuses a row that names another contact than its create, before sending anything', async () => {
    const item = newContact('a', ['email:a@x.cz']);
    const wrong = { ...item, contact_keys: [{ key: 'email:a@x.cz', contact_id: 'b' }] };
    await expect(insertContactsAtOnce(store.db, [wrong])).rejects.toThrow(/A row of contact b in a's create/);
    expect(await count('contacts')).toBe(1);
  });

  it('gathers simultaneous creates; two that share a key are never in one statement: one is stored, the other finds it', async () => {
    const batcher = createBatcher(store.db);
    const items = Array.from({ length: 30 }, (_, i) =>
      // Pairs (i, i+1 for even i) share a phone; the first of every third pair also repeats the stored mailbox.
      newContact(`n${i}`, [
        `email:n${i}@x.cz`,
        `phone:${Math.floor(i / 2)}`,
        ...(i % 6 === 0 ? ['email:held@x.cz'] : []),
      ]),
    );
    const outcomes = await Promise.all(items.map((item) => batcher.create(item)));
    for (let i = 0; i < 30; i += 2) {
      const pair = [outcomes[i]!, outcomes[i + 1]!];
      const created = pair.filter((o) => o.created);
      if (i % 6 === 0) {
        // n{i} holds the stored mailbox: refused, so its partner is the pair's one record.
        expect(pair[0]).toMatchObject({ created: false, key: 'email:held@x.cz', holder: { id: 'stored' } });
        expect(pair[1]).toMatchObject({ created: true });
      } else {
        expect(created).toHaveLength(1);
        const refused = pair.find((o) => !o.created);
        expect(refused).toMatchObject({ created: false, key: `phone:${i / 2}` });
      }
    }
    expect(await count('contacts')).toBe(1 + 15);
  });

  it('a create that fails fails alone: the others of its statement are stored, it gets the error', async () => {
    const batcher = createBatcher(store.db, { maxInFlight: 1 });
    // The first goes at once; the five after it wait and go together, the third of them with two
    // findings under one number (the findings' primary key refuses it).
    const items = [
      newContact('first', ['email:first@x.cz']),
      newContact('p1', ['email:p1@x.cz']),
      newContact('p2', ['email:p2@x.cz']),
      newContact('bad', ['email:bad@x.cz'], undefined, [0, 0]),
      newContact('p3', ['email:p3@x.cz']),
      newContact('p4', ['email:p4@x.cz']),
    ];
    const settled = await Promise.allSettled(items.map((item) => batcher.create(item)));
    expect(settled.map((s) => s.status)).toEqual([
      'fulfilled',
      'fulfilled',
      'fulfilled',
      'rejected',
      'fulfilled',
      'fulfilled',
    ]);
    expect((settled[3] as PromiseRejectedResult).reason).toMatchObject({ code: '23505' });
    const ids = (await store.db.selectFrom('contacts').select('id').orderBy('id').execute()).map((r) => r.id);
    expect(ids).toEqual(['first', 'p1', 'p2', 'p3', 'p4', 'stored']);
    expect(await count('contact_keys')).toBe(6);
  });
});

describe('when the batcher sends a statement (a stand-in database that answers when told)', () => {
  function fakeDb() {
    const statements: { ids: string[]; answer: () => void }[] = [];
    return {
      statements,
      executeQuery(query: CompiledQuery) {
        const ids = query.parameters[0] as string[];
        return new Promise((resolve) => {
          const rows = ids.map((id) => ({ id, company_id: null, held_key: null, holder: null }));
          statements.push({ ids, answer: () => resolve({ rows }) });
        });
      },
    };
  }
  const tick = () => new Promise((resolve) => setImmediate(resolve));

  it('sends a create of a quiet moment at once, gathers the ones behind it, and starts a second statement only for four or more', async () => {
    const db = fakeDb();
    const batcher = createBatcher(db);
    const created = ['a', 'b', 'c', 'd', 'e', 'f'].map(
      (id) => [id, batcher.create(newContact(id, [`email:${id}`]))] as const,
    );
    expect(db.statements.map((s) => s.ids)).toEqual([['a'], ['b', 'c', 'd', 'e']]);
    // A statement ends with one still running and one create waiting: it waits for a second statement's worth.
    db.statements[0]!.answer();
    await tick();
    expect(db.statements).toHaveLength(2);
    db.statements[1]!.answer();
    await tick();
    expect(db.statements.map((s) => s.ids)).toEqual([['a'], ['b', 'c', 'd', 'e'], ['f']]);
    db.statements[2]!.answer();
    for (const [, outcome] of created)
      await expect(outcome).resolves.toEqual({ created: true, companyId: null });
  });

  it('keeps creates that share a key in different statements, in the order they came', async () => {
    const db = fakeDb();
    const batcher = createBatcher(db, { maxInFlight: 1 });
    const outcomes = [
      batcher.create(newContact('first', ['email:first'])),
      batcher.create(newContact('x', ['email:x', 'phone:1'])),
      batcher.create(newContact('y', ['email:y', 'phone:1'])),
      batcher.create(newContact('z', ['email:z'])),
    ];
    db.statements[0]!.answer();
    await tick();
    db.statements[1]!.answer();
    await tick();
    db.statements[2]!.answer();
    await Promise.all(outcomes);
    expect(db.statements.map((s) => s.ids)).toEqual([['first'], ['x', 'z'], ['y']]);
  });
});
