import { describe, expect, it } from 'vitest';
import { TEST_STORES } from '../store/test-stores.ts';
import { serviceFixture } from './test-fixture.ts';
import { undoService } from './undo.ts';

const WHO = { actor: 'revops@example.com', channel: 'api' };

describe.each(TEST_STORES)('undo on $kind', ({ open }) => {
  const f = serviceFixture(open);
  /** Stores a record (as part of a run, if named) and returns it as stored. */
  async function create(record: Record<string, string>, runId?: string) {
    const id = await f.create(record, { channel: 'import', actor: 'import', ...(runId ? { runId } : {}) });
    return (await f.records.get(id))!;
  }
  const log = (contactId: string) =>
    f.store.db
      .selectFrom('change_log')
      .selectAll()
      .where('contact_id', '=', contactId)
      .orderBy('id')
      .execute();

  it('undoes one change: the value as it came back, the undo logged, the change marked', async () => {
    const c = await create({ first_name: 'Jan', email: 'jan@labe.cz', phone: '+420 602 123 456' });
    const phoneFix = (await log(c.id)).find((l) => l.field === 'phone')!;
    const report = await undoService(f.store.db, f.now).change(Number(phoneFix.id), WHO);
    expect(report).toEqual({ undone: [Number(phoneFix.id)], conflicts: [] });
    expect((await f.records.get(c.id))?.fields.phone).toBe('+420 602 123 456');
    const after = await log(c.id);
    expect(after.find((l) => l.id === phoneFix.id)?.undone_at).not.toBeNull();
    expect(after.at(-1)).toMatchObject({
      code: 'change.undone',
      field: 'phone',
      after: '+420 602 123 456',
      actor: WHO.actor,
    });
    // Undoing twice changes nothing more.
    expect((await undoService(f.store.db, f.now).change(Number(phoneFix.id), WHO)).undone).toEqual([]);
  });

  it('undoes a whole run: its changes put back and the records it created withdrawn; other runs untouched', async () => {
    const a = await create({ first_name: 'Jan', email: 'jan@labe.cz', phone: '+420 602 123 456' }, 'run-1');
    const b = await create(
      { first_name: 'Eva', email: 'eva@labe.cz', phone: '+420 602 999 888', country: 'Česko' },
      'run-1',
    );
    const c = await create({ first_name: 'Petr', email: 'petr@labe.cz', phone: '+420 777 111 222' }, 'run-2');
    const report = await undoService(f.store.db, f.now).run('run-1', WHO);
    expect(report.conflicts).toEqual([]);
    expect(report.undone.length).toBeGreaterThanOrEqual(3);
    expect((await f.records.get(a.id))?.fields.phone).toBe('+420 602 123 456');
    expect((await f.records.get(b.id))?.fields).toMatchObject({
      phone: '+420 602 999 888',
      country: 'Česko',
    });
    expect((await f.records.get(c.id))?.fields.phone).toBe('+420777111222');
    expect((await f.records.get(a.id))?.status).toBe('withdrawn');
    expect((await f.records.get(b.id))?.status).toBe('withdrawn');
    expect((await f.records.get(c.id))?.status).toBe('active');
    expect((await f.records.list()).items.map((x) => x.id)).toEqual([c.id]);
    // The withdrawn records hold no identity: the same people can be imported again.
    expect(
      (
        await f.records.create(
          { first_name: 'Jan', email: 'jan@labe.cz' },
          { channel: 'import', actor: 'import' },
        )
      ).status,
    ).toBe('created');
  });

  it('keeps a record the run created when someone changed it since, and reports it', async () => {
    const a = await create({ first_name: 'Jan', email: 'jan@labe.cz' }, 'run-1');
    await f.records.update(a.id, { job_title: 'CTO' }, { channel: 'api', actor: 'sales' });
    const report = await undoService(f.store.db, f.now).run('run-1', WHO);
    expect(report.conflicts.map((c) => c.field)).toContain('*');
    expect((await f.records.get(a.id))?.status).toBe('active');
  });

  it("undoes a record's changes since a time, newest first, so a field changed twice gets its oldest value", async () => {
    const c = await create({ first_name: 'Anna', email: 'anna@labe.cz' });
    const since = new Date(f.now().getTime() + 1);
    await f.records.update(c.id, { phone: '602 111 222', country: 'CZ' }, { channel: 'api', actor: 'sales' });
    await f.records.update(c.id, { phone: '603 333 444' }, { channel: 'api', actor: 'sales' });
    const report = await undoService(f.store.db, f.now).recordSince(c.id, since, WHO);
    expect(report.conflicts).toEqual([]);
    const fields = (await f.records.get(c.id))?.fields;
    expect(fields?.phone).toBeUndefined();
    expect(fields?.email).toBe('anna@labe.cz');
  });

  it('leaves a change alone when its field has moved on since, and says so', async () => {
    const c = await create({ first_name: 'Jan', email: 'jan@labe.cz', phone: '+420 602 123 456' });
    const phoneFix = (await log(c.id)).find((l) => l.field === 'phone')!;
    await f.records.update(c.id, { phone: '+420 777 000 111' }, { channel: 'api', actor: 'sales' });
    const report = await undoService(f.store.db, f.now).change(Number(phoneFix.id), WHO);
    expect(report.undone).toEqual([]);
    expect(report.conflicts).toEqual([
      { change: Number(phoneFix.id), field: 'phone', expected: '+420602123456', found: '+420777000111' },
    ]);
    expect((await f.records.get(c.id))?.fields.phone).toBe('+420777000111');
  });
});
