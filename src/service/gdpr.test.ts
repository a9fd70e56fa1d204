import { describe, expect, it } from 'vitest';
import { TEST_STORES } from '../store/test-stores.ts';
import { gdprService } from './gdpr.ts';
import { mergeService } from './merge.ts';
import { runService } from './runs.ts';
import { serviceFixture } from './test-fixture.ts';

describe.each(TEST_STORES)('GDPR on $kind', ({ open }) => {
  const f = serviceFixture(open);
  const create = (record: Record<string, string>) => f.create(record);

  it('exports everything about a person: records, merged ones, changes, held submissions', async () => {
    const a = await create({
      first_name: 'Jan',
      last_name: 'Novák',
      email: 'jan@labe.cz',
      phone: '+420 602 123 456',
    });
    const b = await create({ first_name: 'Honza', last_name: 'Novák', email: 'jan.novak@gmail.com' });
    await mergeService(f.store.db).merge([a, b], { actor: 'revops' });
    await f.records.create(
      { first_name: 'Jan', email: 'jan.novak@gmail.com', phone: 'x' },
      { channel: 'api', actor: 'api' },
    );
    const out = await gdprService(f.store.db).exportPerson('JAN.NOVAK@gmail.com');
    expect(out.contacts.map((c) => c.id).sort()).toEqual([a, b].sort());
    expect(out.changes.some((c) => c.field === 'phone')).toBe(true);
    expect(out.merges).toHaveLength(1);
  });

  it('erases a person everywhere and refuses the address afterwards, on every channel', async () => {
    const a = await create({
      first_name: 'Jan',
      last_name: 'Novák',
      email: 'jan@labe.cz',
      phone: '+420 602 123 456',
    });
    const gdpr = gdprService(f.store.db);
    expect(await gdpr.erase('jan@labe.cz', 'dpo@example.com')).toBe(1);
    const row = await f.store.db
      .selectFrom('contacts')
      .selectAll()
      .where('id', '=', a)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'erased', fields: '{}' });
    expect(JSON.stringify(row)).not.toMatch(/labe/);
    const log = await f.store.db.selectFrom('change_log').selectAll().where('contact_id', '=', a).execute();
    expect(log.every((l) => l.before === null && l.after === null)).toBe(true);
    expect(await f.store.db.selectFrom('contact_keys').selectAll().execute()).toEqual([]);
    // Only a salted hash remains: the address itself is nowhere in the suppression list.
    const suppression = await f.store.db.selectFrom('suppression').selectAll().execute();
    expect(suppression).toHaveLength(1);
    expect(JSON.stringify(suppression)).not.toMatch(/labe/);
    for (const channel of ['api', 'form', 'import', 'sync'] as const) {
      const again = await f.records.create(
        { first_name: 'Jan', email: 'JAN@labe.cz' },
        { channel, actor: 'x' },
      );
      expect(again.status).toBe('rejected');
      expect(again.decision.findings.map((f) => f.code)).toContain('gdpr.suppressed');
    }
    expect(await gdpr.isSuppressed('someone.else@labe.cz')).toBe(false);
  });

  it('covers what syncs and the gate keep: the export lists findings and CRM ids; erasure removes them; a re-sync is refused', async () => {
    const runs = runService(f.store.db, f.records, f.now);
    const synced = await runs.sync(
      'hubspot',
      [
        {
          externalId: '77',
          fields: { first_name: 'Eva', last_name: 'Malá', email: 'info@labe.cz', company: 'Labe s.r.o.' },
        },
      ],
      { actor: 'hubspot-sync' },
    );
    const id = synced.results[0]!.id!;
    const gdpr = gdprService(f.store.db);
    const out = await gdpr.exportPerson('info@labe.cz');
    expect(out.externalIds).toEqual([{ source: 'hubspot', externalId: '77', contactId: id }]);
    expect(out.findings.map((x) => x.code)).toContain('email.role');
    expect(out.contacts[0]!.companyId).not.toBeNull();
    expect(await gdpr.erase('info@labe.cz', 'dpo')).toBe(1);
    expect(
      await f.store.db.selectFrom('findings').selectAll().where('contact_id', '=', id).execute(),
    ).toEqual([]);
    expect(await f.store.db.selectFrom('external_ids').selectAll().execute()).toEqual([]);
    const erased = await f.store.db
      .selectFrom('contacts')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(erased).toMatchObject({ company_id: null, search_text: '', fields: '{}' });
    const again = await runs.sync(
      'hubspot',
      [{ externalId: '77', fields: { first_name: 'Eva', email: 'info@labe.cz' } }],
      {
        actor: 'hubspot-sync',
      },
    );
    expect(again.results[0]!.status).toBe('rejected');
    expect(again.results[0]!.errors?.map((e) => e.code)).toContain('gdpr.suppressed');
  });
});
