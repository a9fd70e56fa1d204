import type { FastifyInstance, InjectOptions } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGate } from '../../gate/index.ts';
import { CONTACT_FIELDS } from '../../record/fields.ts';
import { defaultConfig } from '../../rules/config/index.ts';
import { accessService, DEFAULT_ROLES, FORM_WRITES, type Role } from '../../service/access.ts';
import type { Store } from '../../store/db.ts';
import { TEST_STORES } from '../../store/test-stores.ts';
import { buildApp } from './app.ts';

describe.each(TEST_STORES)('the records API on $kind', ({ open }) => {
  let store: Store & { drop(): Promise<void> };
  let app: FastifyInstance;
  let key: string;
  beforeEach(async () => {
    store = await open();
    app = await buildApp({
      store,
      gate: createGate(defaultConfig(), { now: new Date('2026-11-22') }),
      bodyLimit: 64 * 1024,
    });
    const access = accessService(store.db);
    await access.addUser('ops', 'admin');
    key = await access.createKey('ops');
  });
  /** A request with the admin's key. */
  const call = (options: InjectOptions) =>
    app.inject({ ...options, headers: { authorization: `Bearer ${key}`, ...options.headers } });
  afterEach(async () => {
    await app.close();
    await store.drop();
  });

  const post = (payload: unknown) =>
    call({ method: 'POST', url: '/v1/contacts', payload: payload as object });

  it('creates a contact through the gate: 201 with the fixed record, its findings and changes', async () => {
    const r = await post({
      first_name: 'Jan',
      last_name: 'Novák',
      email: 'jan.novak@labe.cz',
      phone: '+420 602 123 456',
    });
    expect(r.statusCode).toBe(201);
    const body = r.json();
    expect(body.status).toBe('created');
    expect(body.contact.fields.phone).toBe('+420602123456');
    expect(body.changes.find((c: { field: string }) => c.field === 'phone')).toMatchObject({
      after: '+420602123456',
    });
    const got = await call({ method: 'GET', url: `/v1/contacts/${body.contact.id}` });
    expect(got.statusCode).toBe(200);
    expect(got.json().fields.email).toBe('jan.novak@labe.cz');
  });

  it('422 when a block rule stops the record, as a problem listing the fields to correct', async () => {
    const r = await post({ first_name: 'Jan', email: 'not an address' });
    expect(r.statusCode).toBe(422);
    expect(r.headers['content-type']).toMatch(/application\/problem\+json/);
    const p = r.json();
    expect(p).toMatchObject({ status: 422, title: 'The record breaks a rule' });
    expect(p.errors.map((e: { field: string }) => e.field)).toContain('email');
  });

  it('202 when the record is held for review; 409 with the existing record for the same person', async () => {
    expect((await post({ first_name: 'Eva', email: 'eva@mailinator.com' })).statusCode).toBe(202);
    const first = await post({ first_name: 'Jan', last_name: 'Novák', email: 'jan.novak@labe.cz' });
    const again = await post({ first_name: 'Honza', last_name: 'Novák', email: 'JAN.NOVAK@labe.cz' });
    expect(again.statusCode).toBe(409);
    expect(again.json().existing.id).toBe(first.json().contact.id);
  });

  it('updates part of a record: 200 with the new version; 404 for an unknown id', async () => {
    const id = (await post({ first_name: 'Anna', email: 'anna@firma.cz' })).json().contact.id;
    const r = await call({ method: 'PATCH', url: `/v1/contacts/${id}`, payload: { country: 'Česko' } });
    expect(r.statusCode).toBe(200);
    expect(r.json().contact.version).toBe(2);
    expect(r.json().contact.fields.first_name).toBe('Anna');
    const missing = await call({
      method: 'PATCH',
      url: '/v1/contacts/nope',
      payload: { country: 'CZ' },
    });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().type).toMatch(/not-found/);
  });

  it('lists a page at a time with a cursor, and bulk-creates with an outcome per record', async () => {
    const bulk = await call({
      method: 'POST',
      url: '/v1/contacts/bulk',
      payload: {
        records: [
          { first_name: 'A1', email: 'a1@firma.cz' },
          { first_name: 'A2', email: 'broken' },
          { first_name: 'A3', email: 'a3@firma.cz' },
          { first_name: 'A1 again', email: 'A1@firma.cz' },
        ],
      },
    });
    expect(bulk.statusCode).toBe(200);
    expect(bulk.json().results.map((r: { status: string }) => r.status)).toEqual([
      'created',
      'rejected',
      'created',
      'duplicate',
    ]);
    const page1 = (await call({ method: 'GET', url: '/v1/contacts?limit=1' })).json();
    expect(page1.items).toHaveLength(1);
    const page2 = (await call({ method: 'GET', url: `/v1/contacts?limit=5&cursor=${page1.next}` })).json();
    expect(page2.items).toHaveLength(1);
    expect(page2.next).toBeNull();
    const bad = await call({ method: 'GET', url: '/v1/contacts?cursor=zzz' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().type).toMatch(/invalid-cursor/);
  });

  it('bad input: invalid JSON, wrong types, unknown fields, a body over the limit, an unknown endpoint', async () => {
    const invalid = await call({
      method: 'POST',
      url: '/v1/contacts',
      payload: '{"email": ',
      headers: { 'content-type': 'application/json' },
    });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json().type).toMatch(/malformed-json/);
    const types = await post({ email: 42, first_name: ['x'] });
    expect(types.statusCode).toBe(400);
    expect(types.json().errors.length).toBeGreaterThanOrEqual(2);
    const unknown = await post({ email: 'a@b.cz', favourite_colour: 'blue' });
    expect(unknown.statusCode).toBe(400);
    expect(JSON.stringify(unknown.json().errors)).toMatch(/favourite_colour/);
    const big = await post({
      email: 'a@b.cz',
      'custom.notes': 'x'.repeat(9000),
      'custom.more': 'y'.repeat(9000),
      ...Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`custom.f${i}`, 'z'.repeat(9000)])),
    });
    expect(big.statusCode).toBe(413);
    expect(big.json().type).toMatch(/body-too-large/);
    const nowhere = await call({ method: 'GET', url: '/v2/nothing' });
    expect(nowhere.statusCode).toBe(404);
    expect(nowhere.headers['content-type']).toMatch(/problem\+json/);
  });

  it('10 MB bodies: refused with 413 on a record endpoint; an import of that size is read, and too many rows is a 400', async () => {
    const defaults = await buildApp({
      store,
      gate: createGate(defaultConfig(), { now: new Date('2026-11-22') }),
    });
    try {
      const auth = { authorization: `Bearer ${key}` };
      const tenMegabytes = JSON.stringify({ email: 'a@b.cz', 'custom.notes': 'x'.repeat(10 * 1024 * 1024) });
      const r = await defaults.inject({
        method: 'POST',
        url: '/v1/contacts',
        payload: tenMegabytes,
        headers: { ...auth, 'content-type': 'application/json' },
      });
      expect(r.statusCode).toBe(413);
      expect(r.json().type).toMatch(/body-too-large/);
      // 10 MB of CSV: under the import limit, so it is read, and refused for its 200,000 rows.
      const rows = Array.from({ length: 200_000 }, (_, i) => `Person ${i},p${i}@firma.cz,${'n'.repeat(20)}`);
      const csv = `Name,Email,Notes\n${rows.join('\n')}\n`;
      expect(csv.length).toBeGreaterThan(10_000_000);
      const many = await defaults.inject({
        method: 'POST',
        url: '/v1/imports',
        payload: csv,
        headers: { ...auth, 'content-type': 'text/csv' },
      });
      expect(many.statusCode).toBe(400);
      expect(many.json().detail).toMatch(/more than 10000 rows/);
      const huge = await defaults.inject({
        method: 'POST',
        url: '/v1/imports',
        payload: `${csv}${csv}`,
        headers: { ...auth, 'content-type': 'text/csv' },
      });
      expect(huge.statusCode).toBe(413);
    } finally {
      await defaults.close();
    }
  });

  it("shows a record's change log and undoes a change through the API", async () => {
    const made = (await post({ first_name: 'Jan', email: 'jan@labe.cz', phone: '+420 602 123 456' })).json();
    const changes = (await call({ method: 'GET', url: `/v1/contacts/${made.contact.id}/changes` })).json()
      .items;
    const phone = changes.find((c: { field: string }) => c.field === 'phone');
    const r = await call({ method: 'POST', url: `/v1/changes/${phone.id}/undo` });
    expect(r.statusCode).toBe(200);
    expect(r.json()).toEqual({ undone: [Number(phone.id)], conflicts: [] });
    expect((await call({ method: 'GET', url: `/v1/contacts/${made.contact.id}` })).json().fields.phone).toBe(
      '+420 602 123 456',
    );
  });

  it('lists held records; a reviewer releases one (corrected) or rejects one', async () => {
    const held = (await post({ first_name: 'Eva', email: 'eva@mailinator.com' })).json().quarantineId;
    const other = (await post({ first_name: 'Ota', email: 'ota@mailinator.com' })).json().quarantineId;
    const list = (await call({ method: 'GET', url: '/v1/quarantine' })).json().items;
    expect(list.map((h: { id: string }) => h.id).sort()).toEqual([held, other].sort());
    const released = await call({
      method: 'POST',
      url: `/v1/quarantine/${held}/release`,
      payload: { fields: { email: 'eva@firma.cz' } },
    });
    expect(released.statusCode).toBe(201);
    expect(released.json().contact.fields.email).toBe('eva@firma.cz');
    expect((await call({ method: 'POST', url: `/v1/quarantine/${other}/reject` })).statusCode).toBe(200);
    expect((await call({ method: 'POST', url: `/v1/quarantine/${other}/reject` })).statusCode).toBe(404);
    expect((await call({ method: 'GET', url: '/v1/quarantine?status=rejected' })).json().items).toHaveLength(
      1,
    );
  });

  it('previews, merges and unmerges records through the API; refuses a pair marked not duplicates', async () => {
    const a = (await post({ first_name: 'Jan', last_name: 'Novák', email: 'jan@labe.cz' })).json().contact.id;
    const b = (
      await post({
        first_name: 'Honza',
        last_name: 'Novák',
        email: 'jan.novak@gmail.com',
        phone: '+420 602 123 456',
      })
    ).json().contact.id;
    const preview = await call({ method: 'POST', url: '/v1/merges/preview', payload: { ids: [a, b] } });
    expect(preview.statusCode).toBe(200);
    expect(preview.json().fields.phone).toBe('+420602123456');
    const merged = await call({
      method: 'POST',
      url: '/v1/merges',
      payload: { ids: [a, b], master: { id: a } },
    });
    expect(merged.statusCode).toBe(201);
    expect((await call({ method: 'GET', url: `/v1/contacts/${b}` })).json().status).toBe('merged');
    expect((await call({ method: 'POST', url: `/v1/merges/${merged.json().mergeId}/undo` })).statusCode).toBe(
      200,
    );
    expect((await call({ method: 'GET', url: `/v1/contacts/${b}` })).json().status).toBe('active');
    expect((await call({ method: 'POST', url: '/v1/not-duplicates', payload: { a, b } })).statusCode).toBe(
      200,
    );
    const refused = await call({ method: 'POST', url: '/v1/merges', payload: { ids: [a, b] } });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().detail).toMatch(/not duplicates/);
  });

  it('exports and erases a person (admins), then refuses the address: 422 with gdpr.suppressed', async () => {
    await post({ first_name: 'Jan', last_name: 'Novák', email: 'jan@labe.cz' });
    const out = await call({ method: 'GET', url: '/v1/gdpr/export?email=jan@labe.cz' });
    expect(out.statusCode).toBe(200);
    expect(out.json().contacts).toHaveLength(1);
    const erased = await call({ method: 'POST', url: '/v1/gdpr/erase', payload: { email: 'jan@labe.cz' } });
    expect(erased.json()).toEqual({ erased: 1 });
    const again = await post({ first_name: 'Jan', email: 'jan@labe.cz' });
    expect(again.statusCode).toBe(422);
    expect(again.json().errors.map((e: { code: string }) => e.code)).toContain('gdpr.suppressed');
  });

  it('takes a public form only from allowed pages, under the form rules, with the form fields only', async () => {
    const site = 'https://www.example.com';
    const form = await buildApp({
      store,
      gate: createGate(defaultConfig(), { now: new Date('2026-11-22') }),
      formOrigins: [site],
    });
    const submit = (payload: object, origin?: string) =>
      form.inject({ method: 'POST', url: '/v1/forms/contacts', payload, headers: origin ? { origin } : {} });
    const ok = await submit({ first_name: 'Eva', last_name: 'Malá', email: 'eva.mala@firma.cz' }, site);
    expect(ok.statusCode).toBe(201);
    expect(ok.headers['access-control-allow-origin']).toBe(site);
    const stored = (await call({ method: 'GET', url: `/v1/contacts/${ok.json().contact.id}/changes` })).json()
      .items;
    expect(stored.every((c: { channel: string }) => c.channel === 'form')).toBe(true);
    expect((await submit({ email: 'x@firma.cz' }, 'https://evil.example.net')).statusCode).toBe(403);
    expect((await submit({ email: 'x@firma.cz' })).json().type).toMatch(/origin-not-allowed/);
    const pipeline = await submit({ email: 'y@firma.cz', lifecycle_stage: 'customer' }, site);
    expect(pipeline.statusCode).toBe(403);
    expect(pipeline.json().detail).toMatch(/may not write lifecycle_stage/);
    // The form's own rule: an address that cannot be fixed is refused on the spot (block), not held.
    expect((await submit({ first_name: 'Ota', email: 'ota at firma' }, site)).statusCode).toBe(422);
    await form.close();
  });

  it('imports JSON or CSV as one run with an outcome per record; a CSV that cannot be read is a 400', async () => {
    const json = await call({
      method: 'POST',
      url: '/v1/imports',
      payload: {
        records: [
          { first_name: 'Jan', last_name: 'Novák', email: 'jan.novak@labe.cz' },
          { first_name: 'Honza', email: 'JAN.NOVAK@labe.cz' },
        ],
      },
    });
    expect(json.statusCode, json.body).toBe(200);
    expect(json.json()).toMatchObject({ channel: 'import', counts: { created: 1, duplicate: 1 } });
    const csv = await call({
      method: 'POST',
      url: '/v1/imports',
      payload: 'First Name;Last Name;E-mail;Telefon;Země\nEva;Malá;eva.mala@firma.cz;602 111 222;Česko\n',
      headers: { 'content-type': 'text/csv' },
    });
    expect(csv.statusCode, csv.body).toBe(200);
    const id = csv.json().results[0].id;
    const stored = (await call({ method: 'GET', url: `/v1/contacts/${id}` })).json();
    expect(stored.fields).toMatchObject({
      email: 'eva.mala@firma.cz',
      phone: '+420602111222',
      country: 'Czechia',
    });
    // The whole run is undone at once.
    const undo = await call({ method: 'POST', url: `/v1/runs/${csv.json().runId}/undo` });
    expect(undo.statusCode).toBe(200);
    expect((await call({ method: 'GET', url: `/v1/contacts/${id}` })).json().status).toBe('withdrawn');
    for (const [payload, detail] of [
      ['Email,Name\n"x@y.cz,Jan\n', /never closed/],
      ['Email,Name\n', /Only a header row/],
      ['', /empty/],
    ] as const) {
      const bad = await call({
        method: 'POST',
        url: '/v1/imports',
        payload,
        headers: { 'content-type': 'text/csv' },
      });
      expect(bad.statusCode, String(payload)).toBe(400);
      expect(bad.json().detail).toMatch(detail);
    }
  });

  it("syncs a CRM's records by its ids: created, then updated; a source name must be plain", async () => {
    const sync = (fields: Record<string, string>) =>
      call({
        method: 'POST',
        url: '/v1/syncs/hubspot',
        payload: { records: [{ externalId: '42', fields }] },
      });
    const first = await sync({ first_name: 'Eva', email: 'eva@firma.cz' });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json().results[0]).toMatchObject({ status: 'created', externalId: '42' });
    const second = await sync({ city: 'Brno' });
    expect(second.json().results[0]).toMatchObject({ status: 'updated', id: first.json().results[0].id });
    const bad = await call({
      method: 'POST',
      url: '/v1/syncs/Hub%20Spot',
      payload: { records: [{ externalId: '1', fields: {} }] },
    });
    expect(bad.statusCode).toBe(400);
  });

  it('searches by address, by folded words and by phone digits; lists by finding, company and status', async () => {
    const jan = (
      await post({
        first_name: 'Jan',
        last_name: 'Novák',
        email: 'jan.novak@labe.cz',
        phone: '+420 602 123 456',
        company: 'Labe s.r.o.',
      })
    ).json().contact;
    const anna = (
      await post({
        first_name: 'Анна',
        last_name: 'Петрова',
        email: 'info@labe.cz',
        company: 'LABE spol. s r.o.',
      })
    ).json().contact;
    const search = async (q: string) =>
      (await call({ method: 'GET', url: `/v1/contacts/search?q=${encodeURIComponent(q)}` }))
        .json()
        .items.map((c: { id: string }) => c.id);
    expect(await search('JAN.NOVAK@labe.cz')).toEqual([jan.id]);
    expect(await search('novak')).toEqual([jan.id]);
    expect(await search('anna petrova')).toEqual([anna.id]);
    expect(await search('602 123')).toEqual([jan.id]);
    expect((await search('labe')).sort()).toEqual([jan.id, anna.id].sort());
    expect(await search('nobody')).toEqual([]);
    expect(await search('100%_')).toEqual([]);
    const list = async (query: string) =>
      (await call({ method: 'GET', url: `/v1/contacts?${query}` }))
        .json()
        .items.map((c: { id: string }) => c.id);
    expect(await list('finding=email.role')).toEqual([anna.id]);
    expect(jan.companyId).toBe(anna.companyId);
    expect((await list(`company_id=${jan.companyId}`)).sort()).toEqual([jan.id, anna.id].sort());
    expect(await list('status=merged')).toEqual([]);
    expect((await call({ method: 'GET', url: '/v1/contacts?finding=DROP%20TABLE' })).statusCode).toBe(400);
    expect((await call({ method: 'GET', url: '/v1/contacts/search?q=' })).statusCode).toBe(400);
  });

  it('lists, shows and merges companies through the API; the merge is undone exactly', async () => {
    const a = (await post({ first_name: 'Jan', email: 'jan@ibm.com', company: 'IBM' })).json().contact;
    const b = (
      await post({ first_name: 'Eva', email: 'eva@ibm.com', company: 'International Business Machines' })
    ).json().contact;
    const listed = (await call({ method: 'GET', url: '/v1/companies?name=IBM' })).json();
    expect(listed.items.map((c: { id: string }) => c.id)).toEqual([a.companyId]);
    const shown = await call({ method: 'GET', url: `/v1/companies/${a.companyId}` });
    expect(shown.json()).toMatchObject({ name: 'IBM', domain: 'ibm.com', contacts: 1 });
    expect((await call({ method: 'GET', url: '/v1/companies/nope' })).statusCode).toBe(404);
    const merged = await call({
      method: 'POST',
      url: '/v1/companies/merges',
      payload: { ids: [a.companyId, b.companyId] },
    });
    expect(merged.statusCode, merged.body).toBe(201);
    const members = (await call({ method: 'GET', url: `/v1/companies/${a.companyId}/contacts` })).json()
      .items;
    expect(members.map((c: { id: string }) => c.id).sort()).toEqual([a.id, b.id].sort());
    const undo = await call({ method: 'POST', url: `/v1/companies/merges/${merged.json().mergeId}/undo` });
    expect(undo.statusCode).toBe(200);
    expect((await call({ method: 'GET', url: `/v1/contacts/${b.id}` })).json().companyId).toBe(b.companyId);
    const refused = await call({
      method: 'POST',
      url: '/v1/companies/merges',
      payload: { ids: [a.companyId, 'nope'] },
    });
    expect(refused.statusCode).toBe(409);
  });

  it('describes itself: OpenAPI at /docs/json', async () => {
    const r = await app.inject({ method: 'GET', url: '/docs/json' });
    expect(r.statusCode).toBe(200);
    const spec = r.json();
    expect(Object.keys(spec.paths)).toEqual(
      expect.arrayContaining(['/v1/contacts', '/v1/contacts/{id}', '/v1/contacts/bulk']),
    );
  });
});

describe.each(TEST_STORES)('access on $kind: keys, roles and the fields each role may write', ({ open }) => {
  let store: Store & { drop(): Promise<void> };
  let app: FastifyInstance;
  const keys: Record<string, string> = {};
  beforeEach(async () => {
    store = await open();
    app = await buildApp({
      store,
      gate: createGate(defaultConfig(), { now: new Date('2026-11-22') }),
      ratePerKey: 1000,
    });
    const access = accessService(store.db);
    for (const role of Object.keys(DEFAULT_ROLES)) {
      await access.addUser(`u-${role}`, role);
      keys[role] = await access.createKey(`u-${role}`);
    }
  });
  afterEach(async () => {
    await app.close();
    await store.drop();
  });

  it('401 without a key, with a malformed key and with an unknown one', async () => {
    const none = await app.inject({ method: 'GET', url: '/v1/contacts' });
    expect(none.statusCode).toBe(401);
    expect(none.json().detail).toMatch(/Authorization: Bearer/);
    for (const bad of ['nonsense', 'kempt_000000000000_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA']) {
      const r = await app.inject({
        method: 'GET',
        url: '/v1/contacts',
        headers: { authorization: `Bearer ${bad}` },
      });
      expect(r.statusCode).toBe(401);
    }
  });

  // Every role × every channel that writes with a key × every field (the canonical ones and a custom one).
  const FIELDS = [...CONTACT_FIELDS.filter((f) => f !== 'id'), 'custom.tier'] as const;
  const ENDPOINTS = ['create', 'update', 'bulk', 'import', 'import-csv', 'sync', 'release'] as const;
  /** A value the shipped config takes for the field (so that a refusal can only come from the role). */
  const valueFor = (field: string): string =>
    (
      ({
        email: 'x@firma.cz',
        phone: '+420 602 123 456',
        mobile: '+420 777 123 456',
        website: 'https://firma.cz',
        country: 'Czechia',
        lifecycle_stage: 'lead',
        lead_source: 'Organic Search',
        created_at: '2026-01-05',
        updated_at: '2026-02-05',
        last_activity_at: '2026-03-05',
        postcode: '110 00',
        state: 'Praha',
      }) as Record<string, string>
    )[field] ?? 'Test value';
  const allowedFor = (role: Role, fields: readonly string[]) =>
    fields.every((f) =>
      role.write.some((w) => w === '*' || w === f || (w.endsWith('.*') && f.startsWith(w.slice(0, -1)))),
    );
  const cases = Object.keys(DEFAULT_ROLES).flatMap((role) =>
    ENDPOINTS.map((endpoint) => [role, endpoint] as const),
  );
  it.each(cases)(
    '%s via %s: every field allowed exactly when the role lists it, nothing refused is stored',
    async (role, endpoint) => {
      const auth = (r: string) => ({ authorization: `Bearer ${keys[r]}` });
      for (const [i, field] of FIELDS.entries()) {
        // Each field's write is about another person: a refusal leaves no trace of that person.
        const email = `person${i}@firma.cz`;
        const base = { first_name: 'Jana', last_name: `Nová${i}`, email };
        const record: Record<string, string> = {
          ...base,
          [field]: field === 'email' ? email : valueFor(field),
        };
        const csvHeader = Object.keys(record).map((f) => (f.startsWith('custom.') ? f.slice(7) : f));
        let r: Awaited<ReturnType<FastifyInstance['inject']>>;
        let written = Object.keys(record);
        const post = (url: string, payload: object | string, who = role, headers = {}) =>
          app.inject({ method: 'POST', url, payload, headers: { ...auth(who), ...headers } });
        switch (endpoint) {
          case 'update': {
            const made = await post('/v1/contacts', base, 'admin');
            written = [field];
            r = await app.inject({
              method: 'PATCH',
              url: `/v1/contacts/${made.json().contact.id}`,
              payload: { [field]: record[field] },
              headers: auth(role),
            });
            break;
          }
          case 'release': {
            // A record held for review (a disposable address), released with a correction by this role.
            const held = await post('/v1/contacts', { ...base, email: `held${i}@mailinator.com` }, 'admin');
            written = [field];
            r = await post(`/v1/quarantine/${held.json().quarantineId}/release`, {
              fields: { [field]: field === 'email' ? email : valueFor(field) },
            });
            break;
          }
          case 'bulk':
            r = await post('/v1/contacts/bulk', { records: [record] });
            break;
          case 'import':
            r = await post('/v1/imports', { records: [record] });
            break;
          case 'import-csv': {
            // The CSV's columns as a CRM export names them; custom.tier is a column "tier".
            const row = Object.values(record)
              .map((v) => `"${v}"`)
              .join(',');
            r = await post('/v1/imports', `${csvHeader.join(',')}\n${row}\n`, role, {
              'content-type': 'text/csv',
            });
            break;
          }
          case 'sync':
            r = await post('/v1/syncs/hubspot', { records: [{ externalId: `crm-${i}`, fields: record }] });
            break;
          default:
            r = await post('/v1/contacts', record);
        }
        // Release decides on held records: only the roles that write every field may (checked first).
        const allowed =
          allowedFor(DEFAULT_ROLES[role]!, written) &&
          (endpoint !== 'release' || DEFAULT_ROLES[role]!.write.includes('*'));
        if (allowed) expect(r.statusCode, `${field}: ${r.body}`).toBeLessThan(300);
        else {
          expect(r.statusCode, field).toBe(403);
          expect(r.json().detail).toMatch(new RegExp(`\\(${role}\\) may not`));
          if (endpoint !== 'update' && endpoint !== 'release') {
            const stored = await store.db.selectFrom('contacts').select('fields').execute();
            expect(
              stored.some((c) => c.fields.includes(email)),
              field,
            ).toBe(false);
          }
        }
      }
    },
  );

  it('the public form: every field allowed exactly when a visitor may fill it in', async () => {
    const site = 'https://www.firma.cz';
    const formApp = await buildApp({
      store,
      gate: createGate(defaultConfig(), { now: new Date('2026-11-22') }),
      formOrigins: [site],
      ratePerKey: 1000,
    });
    try {
      for (const [i, field] of FIELDS.entries()) {
        const email = `visitor${i}@firma.cz`;
        const record = {
          first_name: 'Jana',
          last_name: 'Nová',
          email,
          [field]: field === 'email' ? email : valueFor(field),
        };
        const r = await formApp.inject({
          method: 'POST',
          url: '/v1/forms/contacts',
          payload: record,
          headers: { origin: site },
        });
        if (allowedFor(FORM_WRITES, Object.keys(record)))
          expect(r.statusCode, `${field}: ${r.body}`).toBeLessThan(300);
        else expect(r.statusCode, field).toBe(403);
      }
    } finally {
      await formApp.close();
    }
  });

  it('only admins export or erase', async () => {
    for (const [role, code] of [
      ['revops', 403],
      ['sales', 403],
      ['viewer', 403],
      ['admin', 200],
    ] as const) {
      const r = await app.inject({
        method: 'GET',
        url: '/v1/gdpr/export?email=x@y.cz',
        headers: { authorization: `Bearer ${keys[role]}` },
      });
      expect(r.statusCode, role).toBe(code);
    }
  });

  it('only roles that write every field may undo', async () => {
    for (const [role, code] of [
      ['sales', 403],
      ['marketing', 403],
      ['viewer', 403],
      ['revops', 200],
      ['admin', 200],
    ] as const) {
      const r = await app.inject({
        method: 'POST',
        url: '/v1/runs/none/undo',
        headers: { authorization: `Bearer ${keys[role]}` },
      });
      expect(r.statusCode, role).toBe(code);
    }
  });

  it('every role may read; a viewer may not write at all', async () => {
    for (const role of Object.keys(DEFAULT_ROLES))
      expect(
        (
          await app.inject({
            method: 'GET',
            url: '/v1/contacts',
            headers: { authorization: `Bearer ${keys[role]}` },
          })
        ).statusCode,
      ).toBe(200);
    const r = await app.inject({
      method: 'POST',
      url: '/v1/contacts',
      payload: { email: 'a@firma.cz' },
      headers: { authorization: `Bearer ${keys.viewer}` },
    });
    expect(r.statusCode).toBe(403);
  });

  it('429 past the rate limit of a key, with Retry-After', async () => {
    const slow = await buildApp({ store, gate: createGate(defaultConfig()), ratePerKey: 2 });
    const codes: number[] = [];
    for (let i = 0; i < 8; i++)
      codes.push(
        (
          await slow.inject({
            method: 'GET',
            url: '/v1/contacts',
            headers: { authorization: `Bearer ${keys.admin}` },
          })
        ).statusCode,
      );
    expect(codes.slice(0, 4)).toEqual([200, 200, 200, 200]);
    expect(codes).toContain(429);
    await slow.close();
  });
});
