import { beforeEach, describe, expect, it } from 'vitest';
import { TEST_STORES } from '../store/test-stores.ts';
import { mergeService } from './merge.ts';
import { runService } from './runs.ts';
import { serviceFixture } from './test-fixture.ts';
import { undoService } from './undo.ts';

describe.each(TEST_STORES)('imports and syncs on $kind', ({ open }) => {
  const f = serviceFixture(open);
  let runs: ReturnType<typeof runService>;
  beforeEach(() => {
    runs = runService(f.store.db, f.records, f.now);
  });
  const contact = async (id: string) => (await f.records.get(id))!;
  const active = async () =>
    (await f.store.db.selectFrom('contacts').select('id').where('status', '=', 'active').execute()).length;

  it('imports as one run: every record accounted for, counts add up; undoing the run withdraws what it created', async () => {
    const existing = await f.create({ first_name: 'Jan', last_name: 'Novák', email: 'jan@labe.cz' });
    const report = await runs.importRecords(
      [
        { first_name: 'Eva', last_name: 'Malá', email: 'eva.mala@firma.cz', phone: '+420 602 111 222' },
        { first_name: 'Honza', last_name: 'Novák', email: 'JAN@labe.cz' },
        { first_name: 'Ota', email: 'ota@mailinator.com' },
        { first_name: 'Iva', email: 'not an address' },
        { first_name: 'Petr', last_name: 'Dvořák', email: 'petr@dvorak.cz' },
      ],
      { actor: 'importer' },
    );
    expect(report.channel).toBe('import');
    expect(report.results.map((r) => r.status)).toEqual([
      'created',
      'duplicate',
      'quarantined',
      'quarantined',
      'created',
    ]);
    // The shipped config holds an invalid address of an import for review rather than refusing it.
    expect(report.counts).toEqual({ created: 2, duplicate: 1, quarantined: 2 });
    expect(report.results[1]!.id).toBe(existing);
    expect(report.results[3]!.errors?.map((e) => e.field)).toContain('email');
    // The gate's fixes are logged under the run.
    const logged = await f.store.db
      .selectFrom('change_log')
      .select(['run_id', 'channel'])
      .where('contact_id', '=', report.results[0]!.id!)
      .execute();
    expect(logged.length).toBeGreaterThan(0);
    expect(logged.every((l) => l.run_id === report.runId && l.channel === 'import')).toBe(true);
    expect(await active()).toBe(3);
    const undone = await undoService(f.store.db, f.now).run(report.runId, { actor: 'ops', channel: 'api' });
    expect(undone.conflicts).toEqual([]);
    expect(await active()).toBe(1);
    expect((await contact(report.results[0]!.id!)).status).toBe('withdrawn');
  });

  it('syncs by the CRM ids: created and linked, then updated, unchanged when nothing differs, and undone as a run', async () => {
    const first = await runs.sync(
      'hubspot',
      [{ externalId: '101', fields: { first_name: 'Eva', last_name: 'Malá', email: 'eva.mala@firma.cz' } }],
      { actor: 'hubspot-sync' },
    );
    expect(first.results[0]).toMatchObject({ status: 'created', externalId: '101' });
    const id = first.results[0]!.id!;
    const second = await runs.sync(
      'hubspot',
      [{ externalId: '101', fields: { job_title: 'CMO', phone: '+420 602 111 222' } }],
      { actor: 'hubspot-sync' },
    );
    expect(second.results[0]).toMatchObject({ status: 'updated', id });
    const updated = await contact(id);
    expect(updated.fields).toMatchObject({ email: 'eva.mala@firma.cz', phone: '+420602111222' });
    expect(updated.version).toBe(2);
    // The same values again (as the CRM holds them, unformatted): nothing to change, no new version.
    const third = await runs.sync('hubspot', [{ externalId: '101', fields: { phone: '+420 602 111 222' } }], {
      actor: 'hubspot-sync',
    });
    expect(third.results[0]).toMatchObject({ status: 'unchanged', id });
    expect((await contact(id)).version).toBe(2);
    // Undoing the second run puts the first run's record back as it was.
    const undone = await undoService(f.store.db, f.now).run(second.runId, { actor: 'ops', channel: 'api' });
    expect(undone.conflicts).toEqual([]);
    const back = await contact(id);
    expect(back.fields.phone).toBeUndefined();
    expect(back.fields.job_title).toBeUndefined();
    expect(back.status).toBe('active');
  });

  it('links a new CRM record of a person kempt has; a second CRM record of the same person is a duplicate', async () => {
    const existing = await f.create({ first_name: 'Jan', last_name: 'Novák', email: 'jan@labe.cz' });
    const r = await runs.sync(
      'hubspot',
      [
        {
          externalId: '7',
          fields: { first_name: 'Jan', last_name: 'Novák', email: 'jan@labe.cz', city: 'Praha' },
        },
        { externalId: '8', fields: { first_name: 'Honza', email: 'JAN@labe.cz' } },
      ],
      { actor: 'hubspot-sync' },
    );
    expect(r.results.map((x) => [x.status, x.id])).toEqual([
      ['linked', existing],
      ['duplicate', existing],
    ]);
    expect((await contact(existing)).fields.city).toBe('Praha');
    expect(r.counts).toEqual({ linked: 1, duplicate: 1 });
    const links = await f.store.db.selectFrom('external_ids').select(['external_id', 'contact_id']).execute();
    expect(links).toEqual([{ external_id: '7', contact_id: existing }]);
  });

  it("a contact merge moves the CRM's ids to the master (a later sync updates it); unmerge moves them back", async () => {
    const first = await runs.sync(
      'hubspot',
      [
        { externalId: 'a', fields: { first_name: 'Jan', last_name: 'Novák', email: 'jan@labe.cz' } },
        {
          externalId: 'b',
          fields: { first_name: 'Honza', last_name: 'Novák', email: 'jan.novak@gmail.com' },
        },
      ],
      { actor: 's' },
    );
    const [a, b] = first.results.map((r) => r.id!);
    const links = () => f.store.db.selectFrom('external_ids').selectAll().orderBy('external_id').execute();
    const before = await links();
    const merges = mergeService(f.store.db, f.now);
    const done = await merges.merge([a!, b!], { actor: 'revops', master: { id: a! } });
    expect((await links()).map((l) => l.contact_id)).toEqual([a, a]);
    const later = await runs.sync('hubspot', [{ externalId: 'b', fields: { city: 'Plzeň' } }], {
      actor: 's',
    });
    expect(later.results[0]).toMatchObject({ status: 'updated', id: a });
    await undoService(f.store.db, f.now).run(later.runId, { actor: 'ops', channel: 'api' });
    expect(await merges.unmerge(done.mergeId, 'revops')).toBe(true);
    expect(await links()).toEqual(before);
  });

  it('a CRM record whose contact was withdrawn is created again and re-linked', async () => {
    const first = await runs.sync(
      'hubspot',
      [{ externalId: '9', fields: { first_name: 'Ota', email: 'ota@firma.cz' } }],
      {
        actor: 's',
      },
    );
    await undoService(f.store.db, f.now).run(first.runId, { actor: 'ops', channel: 'api' });
    const again = await runs.sync(
      'hubspot',
      [{ externalId: '9', fields: { first_name: 'Ota', email: 'ota@firma.cz' } }],
      {
        actor: 's',
      },
    );
    expect(again.results[0]!.status).toBe('created');
    expect(again.results[0]!.id).not.toBe(first.results[0]!.id);
    const link = await f.store.db.selectFrom('external_ids').select('contact_id').executeTakeFirstOrThrow();
    expect(link.contact_id).toBe(again.results[0]!.id);
  });
});
