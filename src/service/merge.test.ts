import { beforeEach, describe, expect, it } from 'vitest';
import { TEST_STORES } from '../store/test-stores.ts';
import { mergeService } from './merge.ts';
import { serviceFixture } from './test-fixture.ts';

describe.each(TEST_STORES)('merges on $kind', ({ open }) => {
  const f = serviceFixture(open);
  let merges: ReturnType<typeof mergeService>;
  beforeEach(() => {
    merges = mergeService(f.store.db, f.now);
  });
  const create = (record: Record<string, string>) => f.create(record);
  /** Every row a merge may touch, as the database holds it. */
  const snapshot = async () => ({
    contacts: await f.store.db.selectFrom('contacts').selectAll().orderBy('id').execute(),
    keys: await f.store.db.selectFrom('contact_keys').selectAll().orderBy('key').execute(),
  });

  it('merges three records: oldest master, fields completed, other emails and phones kept; unmerge restores every row exactly', async () => {
    const a = await create({
      first_name: 'Jan',
      last_name: 'Novák',
      email: 'jan@labe.cz',
      company: 'Labe s.r.o.',
    });
    const b = await create({
      first_name: 'Honza',
      last_name: 'Novák',
      email: 'jan.novak@gmail.com',
      phone: '+420 602 123 456',
    });
    const c = await create({
      first_name: 'Jan',
      last_name: 'Novak',
      email: 'jn@labe.cz',
      city: 'Praha',
      job_title: 'Head of Sales',
    });
    const before = await snapshot();
    const preview = await merges.preview([a, b, c], { actor: 'revops' });
    expect(await snapshot()).toEqual(before);
    expect(preview.masterId).toBe(a);
    expect(preview.fields).toMatchObject({
      first_name: 'Jan',
      email: 'jan@labe.cz',
      phone: '+420602123456',
      city: 'Praha',
    });
    expect(preview.fields['custom.other_emails']?.split('; ').sort()).toEqual([
      'jan.novak@gmail.com',
      'jn@labe.cz',
    ]);
    const done = await merges.merge([a, b, c], { actor: 'revops' });
    expect(done.fields).toEqual(preview.fields);
    const after = await snapshot();
    expect(after.contacts.filter((r) => r.status === 'active').map((r) => r.id)).toEqual([a]);
    // A re-import of any merged identity finds the master.
    expect(after.keys.every((k) => k.contact_id === a)).toBe(true);
    const again = await f.records.create(
      { first_name: 'Honza', last_name: 'Novák', email: 'JAN.NOVAK@gmail.com' },
      { channel: 'api', actor: 'x' },
    );
    expect(again.status === 'duplicate' && again.existing.id).toBe(a);
    expect(await merges.unmerge(done.mergeId, 'revops')).toBe(true);
    expect(await snapshot()).toEqual(before);
    expect(await merges.unmerge(done.mergeId, 'revops')).toBe(false);
  });

  it('master and field rules: most complete master, most recent and longest values', async () => {
    const a = await create({ first_name: 'Eva', email: 'eva@firma.cz', job_title: 'CMO' });
    const b = await create({
      first_name: 'Eva',
      last_name: 'Malá',
      email: 'eva.mala@firma.cz',
      company: 'Firma a.s.',
      job_title: 'Chief Marketing Officer',
    });
    const plan = await merges.preview([a, b], {
      actor: 'revops',
      master: 'most_complete',
      fields: { job_title: 'longest' },
    });
    expect(plan.masterId).toBe(b);
    expect(plan.fields.job_title).toBe('Chief Marketing Officer');
    const recent = await merges.preview([a, b], {
      actor: 'revops',
      master: { id: a },
      fields: { job_title: 'most_recent' },
    });
    expect(recent.masterId).toBe(a);
    expect(recent.fields.job_title).toBe('Chief Marketing Officer');
    expect(recent.fields.email).toBe('eva@firma.cz');
  });

  it('remembers "not a duplicate" and refuses to merge the pair; refuses fewer than two records', async () => {
    const a = await create({ first_name: 'Jan', last_name: 'Novák', email: 'jan@labe.cz' });
    const b = await create({ first_name: 'Jan', last_name: 'Novák', email: 'jan@vltava.cz' });
    await merges.markNotDuplicate(b, a, 'revops');
    await expect(merges.merge([a, b], { actor: 'revops' })).rejects.toThrow(/marked as not duplicates/);
    await expect(merges.merge([a, a], { actor: 'revops' })).rejects.toThrow(/two or more different records/);
  });
});
