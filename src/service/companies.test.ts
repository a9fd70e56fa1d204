import { beforeEach, describe, expect, it } from 'vitest';
import { TEST_STORES } from '../store/test-stores.ts';
import { companyService } from './companies.ts';
import { mergeService } from './merge.ts';
import { serviceFixture } from './test-fixture.ts';

describe.each(TEST_STORES)('companies on $kind', ({ open }) => {
  const f = serviceFixture(open);
  let companies: ReturnType<typeof companyService>;
  beforeEach(() => {
    companies = companyService(f.store.db, f.now);
  });
  const companyOfContact = async (id: string) =>
    (
      await f.store.db
        .selectFrom('contacts')
        .select('company_id')
        .where('id', '=', id)
        .executeTakeFirstOrThrow()
    ).company_id;
  /** Every row a company merge may touch, as the database holds it. */
  const snapshot = async () => ({
    companies: await f.store.db.selectFrom('companies').selectAll().orderBy('id').execute(),
    contacts: await f.store.db.selectFrom('contacts').selectAll().orderBy('id').execute(),
  });

  it('links contacts whose company names share a key (legal form aside) to one company, created on first sight', async () => {
    const a = await f.create({
      first_name: 'Jan',
      email: 'jan@labe.cz',
      company: 'Labe s.r.o.',
      country: 'CZ',
    });
    const b = await f.create({
      first_name: 'Eva',
      email: 'eva@labe.cz',
      company: 'LABE spol. s r.o.',
      country: 'CZ',
    });
    const c = await f.create({ first_name: 'Ota', email: 'ota@vltava.cz', company: 'Vltava a.s.' });
    const idA = await companyOfContact(a);
    expect(idA).not.toBeNull();
    expect(await companyOfContact(b)).toBe(idA);
    expect(await companyOfContact(c)).not.toBe(idA);
    const company = await companies.get(idA!);
    // The first name seen stays; the work email's domain is the company's.
    expect(company).toMatchObject({ name: 'Labe s.r.o.', domain: 'labe.cz', country: 'CZ', contacts: 2 });
    expect((await companies.contacts(idA!)).map((x) => x.id).sort()).toEqual([a, b].sort());
    expect((await companies.list({ name: 'labe' })).items.map((x) => x.id)).toEqual([idA]);
  });

  it.each([
    ['a placeholder', 'n/a'],
    ['a test value', 'Test Company'],
    ['an email address typed into the field', 'jan@labe.cz'],
    ['a legal form alone', 's.r.o.'],
  ])('links nothing for %s (%s)', async (_what, company) => {
    const id = await f.create({ first_name: 'Jan', last_name: 'Novák', email: 'jan.novak@labe.cz', company });
    expect(await companyOfContact(id)).toBeNull();
    expect(await f.store.db.selectFrom('companies').selectAll().execute()).toEqual([]);
  });

  it('takes no domain from a free or disposable mailbox; takes the website when there is one', async () => {
    const a = await f.create({ first_name: 'Jan', email: 'jan.novak@gmail.com', company: 'Labe s.r.o.' });
    expect((await companies.get((await companyOfContact(a))!))?.domain).toBeNull();
    const b = await f.create({
      first_name: 'Eva',
      email: 'eva@gmail.com',
      company: 'Vltava a.s.',
      website: 'https://www.vltava-group.cz/about',
    });
    expect((await companies.get((await companyOfContact(b))!))?.domain).toBe('vltava-group.cz');
  });

  it('an update that changes the company name moves the link', async () => {
    const a = await f.create({ first_name: 'Jan', email: 'jan@labe.cz', company: 'Labe s.r.o.' });
    const before = await companyOfContact(a);
    const r = await f.records.update(a, { company: 'Vltava a.s.' }, { channel: 'api', actor: 'ops' });
    expect(r?.status).toBe('updated');
    const after = await companyOfContact(a);
    expect(after).not.toBe(before);
    expect((await companies.get(after!))?.name).toBe('Vltava a.s.');
  });

  it('twenty simultaneous creates naming one new company make one company', async () => {
    const made = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        f.create({ first_name: `P${i}`, last_name: 'Nový', email: `p${i}@orel.cz`, company: 'Orel s.r.o.' }),
      ),
    );
    const rows = await f.store.db.selectFrom('companies').selectAll().execute();
    expect(rows).toHaveLength(1);
    for (const id of made) expect(await companyOfContact(id)).toBe(rows[0]!.id);
  });

  it('merges companies: contacts re-linked, logged; a merged name leads to the master; unmerge restores every row exactly', async () => {
    const a = await f.create({ first_name: 'Jan', email: 'jan@ibm.com', company: 'IBM' });
    const b = await f.create({
      first_name: 'Eva',
      email: 'eva@ibm.com',
      company: 'International Business Machines Corp.',
    });
    const c = await f.create({
      first_name: 'Ota',
      email: 'ota@ibm.com',
      company: 'International Business Machines',
    });
    const ibm = (await companyOfContact(a))!;
    const long = (await companyOfContact(b))!;
    expect(await companyOfContact(c)).toBe(long);
    const before = await snapshot();
    const done = await companies.merge([ibm, long], { actor: 'revops' });
    expect(done).toMatchObject({ masterId: ibm, mergedIds: [long], relinked: 2 });
    for (const id of [a, b, c]) expect(await companyOfContact(id)).toBe(ibm);
    expect((await companies.get(long))?.status).toBe('merged');
    const logged = await f.store.db
      .selectFrom('change_log')
      .selectAll()
      .where('code', '=', 'company.merged')
      .execute();
    expect(logged.map((l) => l.contact_id).sort()).toEqual([b, c].sort());
    // A new contact naming the merged company is linked to the master.
    const d = await f.create({
      first_name: 'Iva',
      email: 'iva@ibm.com',
      company: 'International Business Machines',
    });
    expect(await companyOfContact(d)).toBe(ibm);
    await f.store.db.updateTable('contacts').set({ status: 'withdrawn' }).where('id', '=', d).execute();
    await f.store.db.deleteFrom('contact_keys').where('contact_id', '=', d).execute();

    expect(await companies.unmerge(done.mergeId, 'revops')).toBe(true);
    const after = await snapshot();
    expect(after.companies).toEqual(before.companies);
    expect(after.contacts.filter((r) => r.id !== d)).toEqual(before.contacts);
    expect(await companies.unmerge(done.mergeId, 'revops')).toBe(false);
  });

  it('refuses a company merge of fewer than two active companies, or with a master outside it', async () => {
    const a = await f.create({ first_name: 'Jan', email: 'jan@labe.cz', company: 'Labe s.r.o.' });
    const b = await f.create({ first_name: 'Ota', email: 'ota@vltava.cz', company: 'Vltava a.s.' });
    const [x, y] = [(await companyOfContact(a))!, (await companyOfContact(b))!];
    await expect(companies.merge([x, x], { actor: 'r' })).rejects.toThrow(/two or more/);
    await expect(companies.merge([x, 'nope'], { actor: 'r' })).rejects.toThrow(/Not active companies: nope/);
    await expect(companies.merge([x, y], { actor: 'r', master: 'nope' })).rejects.toThrow(/not one of/);
  });

  it('a contact merge keeps the company link of the record the company value came from', async () => {
    const a = await f.create({ first_name: 'Jan', last_name: 'Novák', email: 'jan@labe.cz' });
    const b = await f.create({
      first_name: 'Honza',
      last_name: 'Novák',
      email: 'jan.novak@vltava.cz',
      company: 'Vltava a.s.',
    });
    const vltava = await companyOfContact(b);
    expect(await companyOfContact(a)).toBeNull();
    await mergeService(f.store.db, f.now).merge([a, b], { actor: 'revops' });
    expect(await companyOfContact(a)).toBe(vltava);
  });

  it("keeps each stored record's findings (not information), replaced at every update", async () => {
    const a = await f.create({ first_name: 'Jan', last_name: 'Novák', email: 'info@labe.cz' });
    const codes = async () =>
      (
        await f.store.db
          .selectFrom('findings')
          .select('code')
          .where('contact_id', '=', a)
          .orderBy('seq')
          .execute()
      ).map((r) => r.code);
    expect(await codes()).toEqual(['email.role']);
    const r = await f.records.update(a, { email: 'jan.novak@gmail.com' }, { channel: 'api', actor: 'ops' });
    expect(r?.status).toBe('updated');
    // The free provider is information: nothing is kept.
    expect(await codes()).toEqual([]);
    const severities = await f.store.db.selectFrom('findings').select('severity').execute();
    expect(severities.every((s) => s.severity !== 'info')).toBe(true);
  });
});
