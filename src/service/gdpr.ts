/**
 * GDPR: everything the store holds about a person (by email address), and erasure. Erasing removes
 * the person's values from every place they are kept — the records (merged ones too), their identity
 * keys, the change log, merge snapshots, the quarantine — and leaves only a salted hash of the email
 * key on a suppression list, so that a re-import or a form submit of that address is refused.
 */

import { createHash, randomBytes } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import { emailKey } from '../fields/email/index.ts';
import type { Database } from '../store/schema.ts';

export interface PersonExport {
  email: string;
  contacts: {
    id: string;
    status: string;
    fields: Record<string, string>;
    companyId: string | null;
    createdAt: string;
    updatedAt: string;
  }[];
  changes: Selectable<Database['change_log']>[];
  /** What kempt found wrong with the stored values (the findings at their last write). */
  findings: Selectable<Database['findings']>[];
  /** The ids other systems (a CRM sync) know the records by. */
  externalIds: { source: string; externalId: string; contactId: string }[];
  quarantine: { id: string; received: Record<string, string>; status: string; at: string }[];
  merges: { id: string; masterId: string; at: string }[];
}

/** The canonical keys of every address a record's fields hold. */
function addressesOf(fieldsJson: string): string[] {
  const fields = JSON.parse(fieldsJson) as Record<string, string>;
  return Object.values(fields)
    .flatMap((v) => v.split(/[;,\s]+/))
    .filter((v) => v.includes('@'))
    .map((v) => emailKey(v.trim()));
}

/** How long the suppression list read from the database is trusted by this process. */
const SUPPRESSION_MS = 5_000;

// One service per database handle in a process: every part of the process sees an erasure at once.
const services = new WeakMap<Kysely<Database>, ReturnType<typeof makeGdprService>>();

export function gdprService(db: Kysely<Database>, now: () => Date = () => new Date()) {
  let service = services.get(db);
  if (!service) {
    service = makeGdprService(db, now);
    services.set(db, service);
  }
  return service;
}

function makeGdprService(db: Kysely<Database>, now: () => Date) {
  let salt: string | undefined;
  let suppressed: { hashes: Set<string>; until: number } | undefined;

  async function saltOf(): Promise<string> {
    if (salt) return salt;
    const row = await db
      .selectFrom('settings')
      .select('value')
      .where('key', '=', 'suppression_salt')
      .executeTakeFirst();
    if (row) {
      salt = row.value;
      return salt;
    }
    const fresh = randomBytes(32).toString('hex');
    // Two processes starting at once: the first salt written wins, and both read it back.
    await db
      .insertInto('settings')
      .values({ key: 'suppression_salt', value: fresh })
      .onConflict((oc) => oc.doNothing())
      .execute();
    const stored = await db
      .selectFrom('settings')
      .select('value')
      .where('key', '=', 'suppression_salt')
      .executeTakeFirstOrThrow();
    salt = stored.value;
    return salt;
  }

  async function hashOf(email: string): Promise<string> {
    return createHash('sha256')
      .update(`${await saltOf()}:${emailKey(email.trim())}`)
      .digest('hex');
  }

  /** The contacts that hold the address: by identity key, and merged records whose fields name it. */
  async function contactIds(email: string): Promise<string[]> {
    const key = emailKey(email.trim());
    const byKey = await db
      .selectFrom('contact_keys')
      .select('contact_id')
      .where('key', '=', `email:${key}`)
      .execute();
    const ids = new Set(byKey.map((r) => r.contact_id));
    // Merged and other non-keyed records keep the address in their fields (or in custom.other_emails);
    // the domain narrows the search, the canonical key decides (Gmail ignores dots).
    const domain = key.slice(key.lastIndexOf('@') + 1);
    const rows = await db
      .selectFrom('contacts')
      .select(['id', 'fields'])
      .where('fields', 'like', `%${domain}%`)
      .execute();
    for (const r of rows) if (addressesOf(r.fields).includes(key)) ids.add(r.id);
    return [...ids];
  }

  return {
    async isSuppressed(email: string): Promise<boolean> {
      if (!email.trim()) return false;
      const hash = await hashOf(email);
      // The list is read whole and kept for a few seconds: every create asks, few people are erased.
      // An erasure in this process is seen at once; one in another process within SUPPRESSION_MS.
      if (!suppressed || suppressed.until < Date.now()) {
        const rows = await db.selectFrom('suppression').select('hash').execute();
        suppressed = { hashes: new Set(rows.map((r) => r.hash)), until: Date.now() + SUPPRESSION_MS };
      }
      return suppressed.hashes.has(hash);
    },

    async exportPerson(email: string): Promise<PersonExport> {
      const ids = await contactIds(email);
      const key = emailKey(email.trim());
      const contacts =
        ids.length === 0 ? [] : await db.selectFrom('contacts').selectAll().where('id', 'in', ids).execute();
      const changes =
        ids.length === 0
          ? []
          : await db
              .selectFrom('change_log')
              .selectAll()
              .where('contact_id', 'in', ids)
              .orderBy('id')
              .execute();
      const findings =
        ids.length === 0
          ? []
          : await db
              .selectFrom('findings')
              .selectAll()
              .where('contact_id', 'in', ids)
              .orderBy('contact_id')
              .orderBy('seq')
              .execute();
      const external =
        ids.length === 0
          ? []
          : await db.selectFrom('external_ids').selectAll().where('contact_id', 'in', ids).execute();
      const held = await db.selectFrom('quarantine').selectAll().execute();
      const merges =
        ids.length === 0
          ? []
          : await db.selectFrom('merges').selectAll().where('master_id', 'in', ids).execute();
      return {
        email,
        contacts: contacts.map((c) => ({
          id: c.id,
          status: c.status,
          fields: JSON.parse(c.fields),
          companyId: c.company_id ?? null,
          createdAt: c.created_at,
          updatedAt: c.updated_at,
        })),
        changes,
        findings,
        externalIds: external.map((e) => ({
          source: e.source,
          externalId: e.external_id,
          contactId: e.contact_id,
        })),
        quarantine: held
          .filter((q) => addressesOf(q.received).includes(key))
          .map((q) => ({ id: q.id, received: JSON.parse(q.received), status: q.status, at: q.at })),
        merges: merges.map((m) => ({ id: m.id, masterId: m.master_id, at: m.at })),
      };
    },

    /** Erases the person everywhere and suppresses the address; returns how many records were erased. */
    async erase(email: string, actor: string): Promise<number> {
      const ids = await contactIds(email);
      const key = emailKey(email.trim());
      const hash = await hashOf(email);
      const at = now().toISOString();
      await db.transaction().execute(async (tx) => {
        if (ids.length > 0) {
          await tx
            .updateTable('contacts')
            .set({ fields: '{}', status: 'erased', updated_at: at, company_id: null, search_text: '' })
            .where('id', 'in', ids)
            .execute();
          await tx.deleteFrom('contact_keys').where('contact_id', 'in', ids).execute();
          // Findings quote values; a CRM's id would let a sync bring the person back under it.
          await tx.deleteFrom('findings').where('contact_id', 'in', ids).execute();
          await tx.deleteFrom('external_ids').where('contact_id', 'in', ids).execute();
          await tx
            .updateTable('change_log')
            .set({ before: null, after: null, reason: 'erased' })
            .where('contact_id', 'in', ids)
            .execute();
          // Snapshots hold the erased values too: a merge of an erased person can no longer be undone.
          await tx
            .updateTable('merges')
            .set({ snapshot: '{"erased":true}', undone_at: at })
            .where('master_id', 'in', ids)
            .execute();
        }
        const held = await tx.selectFrom('quarantine').select(['id', 'received']).execute();
        const mine = held.filter((q) => addressesOf(q.received).includes(key)).map((q) => q.id);
        if (mine.length > 0)
          await tx
            .updateTable('quarantine')
            .set({
              received: '{}',
              proposed: '{}',
              reasons: '[]',
              status: 'rejected',
              decided_at: at,
              decided_by: actor,
            })
            .where('id', 'in', mine)
            .execute();
        await tx
          .insertInto('suppression')
          .values({ hash, actor, at })
          .onConflict((oc) => oc.doNothing())
          .execute();
      });
      suppressed?.hashes.add(hash);
      return ids.length;
    },
  };
}
