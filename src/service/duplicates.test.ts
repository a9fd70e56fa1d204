import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGate } from '../gate/index.ts';
import { CONTACT_FEATURES } from '../match/features.ts';
import { createMatchIndex, presetModel } from '../match/index.ts';
import { defaultConfig } from '../rules/config/index.ts';
import type { Store } from '../store/db.ts';
import { TEST_STORES } from '../store/test-stores.ts';
import { createRecordService, type DuplicateRule, indexFollower, indexStoredContacts } from './records.ts';

const model = {
  ...presetModel({ available: new Set(CONTACT_FEATURES), custom: new Map(), records: 10_000 }),
  prior: 1e-4,
};
const CTX = { channel: 'api', actor: 'api' } as const;
const FIRST = ['Tomáš', 'Lucie', 'Martin', 'Jana', 'Pavel', 'Eva', 'Petr', 'Anna'];
const LAST = ['Svoboda', 'Černý', 'Procházka', 'Kučera', 'Veselý', 'Horák', 'Němec', 'Marek'];
// Kateřina at her work address, and the same person again from a web form: another mailbox, no accents.
const STORED = {
  first_name: 'Kateřina',
  last_name: 'Dvořáková',
  company: 'Labe strojírna s.r.o.',
  city: 'Praha',
  email: 'k.dvorakova@labe-strojirna.cz',
  phone: '+420 602 555 111',
};
const AGAIN = {
  first_name: 'Katerina',
  last_name: 'Dvorakova',
  company: 'LABE STROJIRNA',
  city: 'Praha',
  email: 'katerina.dvorakova@gmail.com',
  phone: '602555111',
};

describe.each(TEST_STORES)('duplicate rules at entry on $kind', ({ open }) => {
  let store: Store & { drop(): Promise<void> };
  beforeEach(async () => {
    store = await open();
  });
  afterEach(async () => {
    await store.drop();
  });

  async function serviceWith(action: DuplicateRule['action']) {
    const index = createMatchIndex({ model });
    const service = createRecordService({
      db: store.db,
      kind: store.kind,
      gate: createGate(defaultConfig(), { now: new Date('2026-11-22') }),
      duplicates: { index, action, threshold: 0.5, mergeAbove: 0.5 },
    });
    // Other people, so names and companies have their usual weight.
    for (let i = 0; i < 40; i++)
      await service.create(
        {
          first_name: FIRST[i % 8]!,
          last_name: LAST[(i * 3) % 8]!,
          email: `p${i}@firma${i % 9}.cz`,
          company: `Firma ${i % 9} a.s.`,
        },
        CTX,
      );
    const first = await service.create(STORED, CTX);
    if (first.status !== 'created') throw new Error(first.status);
    return { service, storedId: first.contact.id };
  }
  const count = async () =>
    (await store.db.selectFrom('contacts').select('id').where('status', '=', 'active').execute()).length;

  it('block: refuses the probable duplicate with the existing record and the reasons', async () => {
    const { service, storedId } = await serviceWith('block');
    const r = await service.create(AGAIN, CTX);
    expect(r.status).toBe('duplicate');
    if (r.status !== 'duplicate') return;
    expect(r.existing.id).toBe(storedId);
    expect(r.candidates?.[0]?.reasons.join('; ')).toMatch(/first_name: same|last_name: same/);
    expect(await count()).toBe(41);
  });

  it('alert: stores it and returns the candidates', async () => {
    const { service, storedId } = await serviceWith('alert');
    const r = await service.create(AGAIN, CTX);
    expect(r.status).toBe('created');
    if (r.status !== 'created') return;
    expect(r.candidates?.[0]?.id).toBe(storedId);
    expect(await count()).toBe(42);
  });

  it('report: stores it and logs the suspicion in the change log', async () => {
    const { service, storedId } = await serviceWith('report');
    const r = await service.create(AGAIN, CTX);
    if (r.status !== 'created') throw new Error(r.status);
    const log = await store.db
      .selectFrom('change_log')
      .selectAll()
      .where('contact_id', '=', r.contact.id)
      .where('code', '=', 'duplicate.suspected')
      .execute();
    expect(log).toHaveLength(1);
    expect(log[0]!.reason).toContain(storedId);
  });

  it('merge: merges it into the existing record, which keeps both mailboxes', async () => {
    const { service, storedId } = await serviceWith('merge');
    const r = await service.create(AGAIN, CTX);
    expect(r.status).toBe('merged');
    if (r.status !== 'merged') return;
    expect(r.contact.id).toBe(storedId);
    expect(r.contact.fields['custom.other_emails']).toBe('katerina.dvorakova@gmail.com');
    expect(await count()).toBe(41);
  });

  // Someone else at first (a private mailbox: no company website is derived from it); an edit turns the
  // record into Kateřina's double.
  const OTHER = { first_name: 'Zdeňka', last_name: 'Wiśniewska', email: 'zdenka.w@gmail.com' };
  const EDIT = { ...AGAIN };

  it('block at an update: the edit that makes a probable duplicate is refused, the record stays as it was', async () => {
    const { service, storedId } = await serviceWith('block');
    const other = await service.create(OTHER, CTX);
    if (other.status !== 'created') throw new Error(other.status);
    const r = await service.update(other.contact.id, EDIT, CTX);
    expect(r?.status).toBe('duplicate');
    if (r?.status === 'duplicate') expect(r.existing.id).toBe(storedId);
    expect((await service.get(other.contact.id))?.fields).toEqual(other.contact.fields);
    // Its own earlier version is no candidate: an edit of the stored record itself passes.
    const self = await service.update(storedId, { city: 'Brno' }, CTX);
    expect(self?.status).toBe('updated');
  });

  it('alert at an update: stored, with the candidates', async () => {
    const alerting = await serviceWith('alert');
    const a = await alerting.service.create(OTHER, CTX);
    if (a.status !== 'created') throw new Error(a.status);
    const alerted = await alerting.service.update(a.contact.id, EDIT, CTX);
    expect(alerted?.status).toBe('updated');
    if (alerted?.status === 'updated') expect(alerted.candidates?.[0]?.id).toBe(alerting.storedId);
  });

  it('merge at an update: the edited record goes into the existing one', async () => {
    const { service, storedId } = await serviceWith('merge');
    const other = await service.create(OTHER, CTX);
    if (other.status !== 'created') throw new Error(other.status);
    const r = await service.update(other.contact.id, EDIT, CTX);
    expect(r?.status).toBe('merged');
    if (r?.status === 'merged') expect(r.contact.id).toBe(storedId);
    expect((await service.get(other.contact.id))?.status).toBe('merged');
  });

  it('a candidate merged away since is no candidate', async () => {
    const { service, storedId } = await serviceWith('block');
    await store.db.updateTable('contacts').set({ status: 'merged' }).where('id', '=', storedId).execute();
    await store.db.deleteFrom('contact_keys').where('contact_id', '=', storedId).execute();
    const r = await service.create(AGAIN, CTX);
    expect(r.status).toBe('created');
  });

  it('a second process sees what the first one stored once its index follows the store', async () => {
    const { service } = await serviceWith('block');
    // Another process: its own index, built from the store, then following it.
    const index = createMatchIndex({ model });
    await indexStoredContacts(store.db, index);
    const follow = indexFollower(store.db, index);
    const other = createRecordService({
      db: store.db,
      kind: store.kind,
      gate: createGate(defaultConfig(), { now: new Date('2026-11-22') }),
      duplicates: { index, action: 'block', threshold: 0.5 },
    });
    const stored = await service.create(
      {
        ...STORED,
        first_name: 'Bohumila',
        last_name: 'Zelenková',
        email: 'b.zelenkova@labe-strojirna.cz',
        phone: '+420 602 777 999',
      },
      CTX,
    );
    if (stored.status !== 'created') throw new Error(stored.status);
    expect(await follow()).toBeGreaterThanOrEqual(1);
    const again = await other.create(
      {
        ...AGAIN,
        first_name: 'Bohumila',
        last_name: 'Zelenkova',
        email: 'bohumila.z@gmail.com',
        phone: '602777999',
      },
      CTX,
    );
    expect(again.status).toBe('duplicate');
    if (again.status === 'duplicate') expect(again.existing.id).toBe(stored.contact.id);
  });

  it('the follower adds each new version once: nothing again when nothing changed, an edit once', async () => {
    const { service } = await serviceWith('alert');
    const index = createMatchIndex({ model });
    const follow = indexFollower(store.db, index, new Date(Date.now() - 60_000).toISOString());
    expect(await follow()).toBe(41);
    expect(await follow()).toBe(0);
    expect(index.size).toBe(41);
    const made = await service.create(
      { first_name: 'Ota', last_name: 'Veselý', email: 'ota@vesely.cz' },
      CTX,
    );
    if (made.status !== 'created') throw new Error(made.status);
    expect(await follow()).toBe(1);
    await service.update(made.contact.id, { city: 'Brno' }, CTX);
    expect(await follow()).toBe(1);
    expect(await follow()).toBe(0);
    expect(index.size).toBe(43);
  });

  it('a different person passes every rule untouched', async () => {
    const { service } = await serviceWith('block');
    const r = await service.create(
      { first_name: 'Zdeňka', last_name: 'Wiśniewska', email: 'zw@elsewhere.pl' },
      CTX,
    );
    expect(r.status).toBe('created');
    if (r.status === 'created') expect(r.candidates).toBeUndefined();
  });
});
