import { beforeEach, describe, expect, it } from 'vitest';
import { TEST_STORES } from '../store/test-stores.ts';
import { quarantineService } from './quarantine.ts';
import { serviceFixture } from './test-fixture.ts';

const API = { channel: 'api', actor: 'form-backend' } as const;
const REVIEWER = { channel: 'api', actor: 'revops@example.com' } as const;

describe.each(TEST_STORES)('the quarantine on $kind', ({ open }) => {
  const f = serviceFixture(open);
  let quarantine: ReturnType<typeof quarantineService>;
  beforeEach(() => {
    quarantine = quarantineService(f.store.db, f.records);
  });

  async function hold(record: Record<string, string>) {
    const r = await f.records.create(record, API);
    if (r.status !== 'quarantined') throw new Error(r.status);
    return r.quarantineId;
  }

  it('lists held records with their reasons; release stores the record and marks it released', async () => {
    const id = await hold({ first_name: 'Eva', last_name: 'Malá', email: 'eva@mailinator.com' });
    const list = await quarantine.list();
    expect(list.map((h) => h.id)).toEqual([id]);
    expect(list[0]!.reasons.map((r) => r.code)).toContain('email.disposable');
    const released = await quarantine.release(id, REVIEWER);
    expect(released.status).toBe('created');
    expect((await f.records.list()).items).toHaveLength(1);
    expect((await quarantine.get(id))?.status).toBe('released');
    expect((await quarantine.get(id))?.decidedBy).toBe('revops@example.com');
    expect(await quarantine.list()).toEqual([]);
    expect((await quarantine.release(id, REVIEWER)).status).toBe('not_held');
  });

  it('a reviewer may correct the record on release', async () => {
    const id = await hold({ first_name: 'Eva', email: 'eva@mailinator.com' });
    const r = await quarantine.release(id, REVIEWER, { email: 'eva.mala@firma.cz' });
    expect(r.status).toBe('created');
    if (r.status === 'created') expect(r.contact.fields.email).toBe('eva.mala@firma.cz');
  });

  it('reject keeps the record, marked rejected: nothing is deleted', async () => {
    const id = await hold({ first_name: 'Eva', email: 'eva@mailinator.com' });
    expect(await quarantine.reject(id, 'revops@example.com')).toBe(true);
    expect(await quarantine.reject(id, 'revops@example.com')).toBe(false);
    const kept = await quarantine.get(id);
    expect(kept?.status).toBe('rejected');
    expect(kept?.received.email).toBe('eva@mailinator.com');
    expect(await quarantine.list('rejected')).toHaveLength(1);
    expect((await f.records.list()).items).toHaveLength(0);
  });
});
