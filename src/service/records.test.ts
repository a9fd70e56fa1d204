import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGate } from '../gate/index.ts';
import { defaultConfig } from '../rules/config/index.ts';
import type { Store } from '../store/db.ts';
import { TEST_STORES } from '../store/test-stores.ts';
import { createRecordService, InvalidCursorError, type RecordService } from './records.ts';

const API = { channel: 'api', actor: 'key:test' } as const;

describe.each(TEST_STORES)('records through the gate, on $kind', ({ open }) => {
  let store: Store & { drop(): Promise<void> };
  let service: RecordService;
  let clock = Date.parse('2026-11-22T10:00:00Z');

  beforeEach(async () => {
    store = await open();
    clock = Date.parse('2026-11-22T10:00:00Z');
    service = createRecordService({
      db: store.db,
      kind: store.kind,
      gate: createGate(defaultConfig(), { now: new Date('2026-11-22') }),
      now: () => {
        clock += 1000;
        return new Date(clock);
      },
    });
  });
  afterEach(async () => {
    await store.drop();
  });

  it('stores what the gate made of the record, and logs every change it made', async () => {
    const r = await service.create(
      {
        first_name: '  jan ',
        last_name: 'NOVÁK',
        email: 'Jan.Novak@Labe.CZ',
        phone: '+420 602 123 456',
        country: 'Czechia',
      },
      API,
    );
    expect(r.status).toBe('created');
    if (r.status !== 'created') return;
    const stored = await service.get(r.contact.id);
    expect(stored?.fields.phone).toBe('+420602123456');
    expect(stored?.fields.country).toBe(r.decision.record.country);
    expect(stored?.version).toBe(1);
    const log = await store.db
      .selectFrom('change_log')
      .selectAll()
      .where('contact_id', '=', r.contact.id)
      .execute();
    expect(log.length).toBe(r.decision.changes.length);
    expect(log.find((l) => l.field === 'phone')).toMatchObject({
      before: '+420 602 123 456',
      after: '+420602123456',
      actor: 'key:test',
      channel: 'api',
    });
  });

  it('a second create with a stored mailbox stores nothing and answers with the stored record as it is', async () => {
    const first = await service.create(
      { first_name: 'Jana', last_name: 'Veselá', email: 'jana.vesela@labe.cz', company: 'Labe s.r.o.' },
      API,
    );
    expect(first.status).toBe('created');
    if (first.status !== 'created') return;
    const counts = async () =>
      Promise.all(
        (['contacts', 'contact_keys', 'change_log', 'findings', 'companies'] as const).map(
          async (t) =>
            (
              await store.db
                .selectFrom(t)
                .select((eb) => eb.fn.countAll().as('n'))
                .executeTakeFirstOrThrow()
            ).n,
        ),
      );
    const before = await counts();
    const again = await service.create(
      { first_name: 'J.', last_name: 'Vesela', email: 'Jana.Vesela@labe.cz', company: 'Elbe GmbH' },
      API,
    );
    expect(again.status).toBe('duplicate');
    if (again.status !== 'duplicate') return;
    expect(again.key).toBe('email:jana.vesela@labe.cz');
    expect(again.existing).toEqual(await service.get(first.contact.id));
    // Not even the company the refused record names is created.
    expect(await counts()).toEqual(before);
  });

  it('holds a record a quarantine rule stops, with its reasons, and stores no contact', async () => {
    const r = await service.create(
      { first_name: 'Eva', last_name: 'Dvořáková', email: 'eva@mailinator.com' },
      API,
    );
    expect(r.status).toBe('quarantined');
    if (r.status !== 'quarantined') return;
    const held = await store.db
      .selectFrom('quarantine')
      .selectAll()
      .where('id', '=', r.quarantineId)
      .executeTakeFirstOrThrow();
    expect(held.status).toBe('held');
    expect(JSON.parse(held.reasons).map((f: { code: string }) => f.code)).toContain('email.disposable');
    expect(JSON.parse(held.received).email).toBe('eva@mailinator.com');
    expect((await service.list()).items).toHaveLength(0);
  });

  it('rejects a record a block rule stops: nothing stored, the findings say what to correct', async () => {
    const r = await service.create({ first_name: 'Petr', email: 'not an address' }, API);
    expect(r.status).toBe('rejected');
    expect(r.decision.findings.some((f) => f.action === 'block')).toBe(true);
    expect((await service.list()).items).toHaveLength(0);
    expect(await store.db.selectFrom('quarantine').selectAll().execute()).toHaveLength(0);
  });

  it('updates part of a record through the gate, bumps the version and logs the edit and the fix', async () => {
    const created = await service.create(
      { first_name: 'Anna', last_name: 'Svobodová', email: 'anna@firma.cz' },
      API,
    );
    if (created.status !== 'created') throw new Error(created.status);
    const r = await service.update(created.contact.id, { phone: '602 111 222', country: 'CZ' }, API);
    expect(r?.status).toBe('updated');
    if (r?.status !== 'updated') return;
    expect(r.contact.version).toBe(2);
    expect(r.contact.fields.email).toBe('anna@firma.cz');
    expect(r.contact.fields.phone).toBe('+420602111222');
    const log = await store.db
      .selectFrom('change_log')
      .selectAll()
      .where('contact_id', '=', created.contact.id)
      .where('field', '=', 'phone')
      .orderBy('id')
      .execute();
    expect(log.map((l) => [l.code, l.before, l.after])).toEqual([
      ['record.edited', null, '602 111 222'],
      ['phone.standardized', '602 111 222', '+420602111222'],
    ]);
    expect(await service.update('no-such-id', { phone: '1' }, API)).toBeUndefined();
  });

  it('lists with a cursor: every record once, in a stable order, across pages', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 7; i++) {
      const r = await service.create(
        { first_name: `Person${i}`, last_name: 'Test-Free', email: `p${i}@firma.cz` },
        API,
      );
      if (r.status === 'created') ids.push(r.contact.id);
    }
    expect(ids).toHaveLength(7);
    const seen: string[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < 5; page++) {
      const p = await service.list({ limit: 3, ...(cursor ? { cursor } : {}) });
      seen.push(...p.items.map((c) => c.id));
      if (!p.next) break;
      cursor = p.next;
    }
    expect(seen).toEqual(ids);
    await expect(service.list({ cursor: 'garbage' })).rejects.toBeInstanceOf(InvalidCursorError);
  });
});

describe.each(TEST_STORES)('one person, one record, under concurrency, on $kind', ({ open }) => {
  it.each([
    [
      'the same email',
      (i: number) => ({
        first_name: 'Jan',
        last_name: 'Novák',
        email: i % 2 ? 'JAN.NOVAK@labe.cz' : 'jan.novak@labe.cz',
      }),
    ],
    [
      'the same phone and name',
      (i: number) => ({
        first_name: 'Jan',
        last_name: i % 2 ? 'NOVAK' : 'Novák',
        phone: i % 2 ? '+420 602 123 456' : '+420602123456',
      }),
    ],
  ])('100 simultaneous creates of %s make exactly one record', async (_, make) => {
    // The web form: it needs no email, so the phone-and-name case gets through the gate.
    const ctx = { channel: 'form', actor: 'form:signup' } as const;
    const store = await open();
    try {
      const service = createRecordService({
        db: store.db,
        kind: store.kind,
        gate: createGate(defaultConfig(), { now: new Date('2026-11-22') }),
      });
      const results = await Promise.all(Array.from({ length: 100 }, (_, i) => service.create(make(i), ctx)));
      const created = results.filter((r) => r.status === 'created');
      const duplicates = results.filter((r) => r.status === 'duplicate');
      expect(created).toHaveLength(1);
      expect(duplicates).toHaveLength(99);
      const id = created[0]!.status === 'created' ? created[0]!.contact.id : '';
      for (const d of duplicates) if (d.status === 'duplicate') expect(d.existing.id).toBe(id);
      const rows = await store.db.selectFrom('contacts').select('id').execute();
      expect(rows).toHaveLength(1);
    } finally {
      await store.drop();
    }
  });
});
