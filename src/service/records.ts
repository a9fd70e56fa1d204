/**
 * The records service: every write goes through the gate, and what the gate decides is what happens.
 *   accept / fix → the record (as the gate made it) is stored, and each change the gate made is logged;
 *   quarantine   → the record is held aside with its reasons, nothing enters the contacts;
 *   reject       → nothing is stored; the caller gets the findings to correct.
 * A record and its change-log lines are written in one transaction, on SQLite and PostgreSQL alike.
 */

import { type ExpressionBuilder, type Kysely, sql } from 'kysely';
import { emailKey } from '../fields/email/index.ts';
import type { Decision, Gate, GateContext, GateFinding, GateRecord } from '../gate/index.ts';
import type { MatchIndex } from '../match/index.ts';
import { foldName } from '../match/names/index.ts';
import { createBatcher } from '../store/create-batch.ts';
import { groupCommit, type Work } from '../store/group-commit.ts';
import { newId } from '../store/ids.ts';
import { insertContactLinked, insertRows } from '../store/insert-rows.ts';
import type { Database } from '../store/schema.ts';
import { type LogRow, logRow } from './change-log.ts';
import { companyOf, companyService } from './companies.ts';
import { gdprService } from './gdpr.ts';
import { mergeService } from './merge.ts';

export interface WriteContext extends GateContext {
  actor: string;
  /** Groups the changes of one import or sync, so the whole run can be undone. */
  runId?: string;
}

export interface StoredContact {
  id: string;
  fields: GateRecord;
  /** The linked company (from the company name), if any. */
  companyId: string | null;
  status: 'active' | 'merged' | 'erased' | 'withdrawn';
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** An existing record the new one may duplicate, as the duplicate finder scored it. */
export interface Candidate {
  id: string;
  probability: number;
  reasons: string[];
}

export type WriteResult =
  | {
      status: 'created' | 'updated';
      contact: StoredContact;
      decision: Decision;
      candidates?: Candidate[];
      /** An update that changed nothing stored (no new version, nothing logged). */
      unchanged?: boolean;
    }
  /** The same person is already stored: nothing was written. `key` says how it was recognised. */
  | {
      status: 'duplicate';
      existing: StoredContact;
      key: string;
      decision: Decision;
      candidates?: Candidate[];
    }
  /** Merged into an existing record (the `merge` duplicate rule, above its threshold). */
  | { status: 'merged'; contact: StoredContact; mergeId: string; decision: Decision; candidates: Candidate[] }
  | { status: 'quarantined'; quarantineId: string; decision: Decision }
  | { status: 'rejected'; decision: Decision };

export interface ListOptions {
  limit?: number;
  /** The cursor a previous page returned. */
  cursor?: string;
  /** Default active. */
  status?: StoredContact['status'];
  /** Contacts linked to this company. */
  companyId?: string;
  /** Contacts with a kept finding of this code (email.role, phone.invalid, …). */
  finding?: string;
  /** Contacts changed at or after this time (ISO 8601). */
  updatedSince?: string;
}

export interface Page<T> {
  items: T[];
  /** Pass it back for the next page; null on the last one. */
  next: string | null;
}

export interface RecordService {
  /**
   * `reviewed`: a person released the record from quarantine, so quarantine findings no longer hold it
   * (block findings still reject it: those must be corrected).
   */
  create(record: GateRecord, ctx: WriteContext, options?: { reviewed?: boolean }): Promise<WriteResult>;
  /** A partial update: the given fields replace the stored ones, then the whole record passes the gate. */
  update(id: string, patch: GateRecord, ctx: WriteContext): Promise<WriteResult | undefined>;
  get(id: string): Promise<StoredContact | undefined>;
  list(options?: ListOptions): Promise<Page<StoredContact>>;
  /**
   * Active contacts a person is looking for: by mailbox (exactly, as the identity key), else by words
   * and digits, each of which must occur in the names, mailbox, company, city or phone (accents and
   * scripts folded: "novak" finds Novák, "anna" finds Анна). Most recently changed first.
   */
  search(query: string, limit?: number): Promise<StoredContact[]>;
}

/**
 * What happens when a new record probably duplicates a stored one (by the duplicate finder, beyond the
 * exact identity keys): `block` refuses it (409), `alert` stores it and returns the candidates,
 * `report` stores it and logs the suspicion, `merge` merges it into the best candidate when that one
 * is at `mergeAbove` or more (else it alerts).
 */
export interface DuplicateRule {
  index: MatchIndex;
  action: 'block' | 'alert' | 'report' | 'merge';
  /** Candidates at or above this probability count; default the model's threshold. */
  threshold?: number;
  mergeAbove?: number;
}

export interface RecordServiceOptions {
  db: Kysely<Database>;
  gate: Gate;
  /** Which database `db` is (PostgreSQL takes a create in one statement). Default sqlite. */
  kind?: 'sqlite' | 'postgres';
  now?: () => Date;
  duplicates?: DuplicateRule;
}

/** The finding that refuses an erased person's address on every channel. */
const SUPPRESSED: GateFinding = {
  code: 'gdpr.suppressed',
  field: 'email',
  severity: 'error',
  message: 'This address belongs to a person who asked to be erased; it cannot be stored again.',
  action: 'block',
  ruleId: 'gdpr.suppression',
};

type ContactRow = Database['contacts'];
type FindingRow = Database['findings'];

function toContact(row: ContactRow): StoredContact {
  return {
    id: row.id,
    fields: JSON.parse(row.fields) as GateRecord,
    companyId: row.company_id ?? null,
    status: row.status,
    version: Number(row.version),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

const SEARCHED: readonly (keyof GateRecord)[] = [
  'first_name',
  'last_name',
  'full_name',
  'email',
  'company',
  'city',
];

/** What search scans for a record: folded words of the searched fields, then phone digits. */
export function searchTextOf(record: GateRecord): string {
  const words = SEARCHED.map((f) => (record[f] ? foldName(record[f]!) : '')).filter(Boolean);
  for (const f of ['phone', 'mobile'] as const) {
    const digits = record[f]?.replace(/\D/g, '');
    if (digits) words.push(digits);
  }
  return words.join(' ');
}

/** The words and digit runs of a search, each of which must occur in a record's search text. */
function searchTerms(query: string): string[] {
  const terms = foldName(query).split(' ').filter(Boolean);
  for (const run of query.match(/\d[\d\s()./-]*\d|\d/g) ?? []) {
    const digits = run.replace(/\D/g, '');
    if (digits.length >= 3) terms.push(digits);
  }
  return terms;
}

/** A LIKE pattern that finds `text` anywhere (its own % and _ taken literally). */
function containing(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function keyOfEmail(record: GateRecord): string | null {
  const email = record.email?.trim();
  return email ? emailKey(email) : null;
}

/**
 * The keys that make two records one person beyond doubt: the same mailbox, or the same phone with the
 * same name. Stored with a unique constraint, they decide races between simultaneous creates.
 */
export function identityKeys(record: GateRecord): string[] {
  const keys: string[] = [];
  const email = keyOfEmail(record);
  if (email) keys.push(`email:${email}`);
  const phone = record.phone?.trim() || record.mobile?.trim();
  const name = [record.first_name, record.last_name]
    .map((n) => (n ? foldName(n) : ''))
    .filter(Boolean)
    .join(' ');
  if (phone && name) keys.push(`phone-name:${phone}|${name}`);
  return keys;
}

/** PostgreSQL's and SQLite's ways of saying a unique key is taken. */
function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; errcode?: number; message?: string };
  return (
    e.code === '23505' ||
    e.errcode === 1555 ||
    e.errcode === 2067 ||
    /UNIQUE constraint failed/.test(e.message ?? '')
  );
}

/** A cursor is the last item's (updated_at, id), so pages stay stable while records are added. */
function encodeCursor(c: StoredContact): string {
  return Buffer.from(JSON.stringify([c.updatedAt, c.id])).toString('base64url');
}

function decodeCursor(cursor: string): [string, string] | undefined {
  try {
    const v: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (!Array.isArray(v) || v.length !== 2) return undefined;
    const [at, id] = v as unknown[];
    return typeof at === 'string' && typeof id === 'string' ? [at, id] : undefined;
  } catch {
    return undefined;
  }
}

export class InvalidCursorError extends Error {}

/** Contacts after (at, id) in (updated_at, id) order: the keyset of list pages and of the index follower. */
function changedAfter([at, id]: readonly [string, string]) {
  return (eb: ExpressionBuilder<Database, 'contacts'>) =>
    eb.or([eb('updated_at', '>', at), eb.and([eb('updated_at', '=', at), eb('id', '>', id)])]);
}

/** The decision with one more finding, turned into a rejection. */
function withFinding(decision: Decision, finding: GateFinding): Decision {
  return {
    action: 'reject',
    record: decision.record,
    findings: [...decision.findings, finding],
    changes: decision.changes,
    tags: decision.tags,
    review: decision.review,
    country: decision.country,
    duplicates: decision.duplicates,
    fields: decision.fields,
    outcomes: decision.outcomes,
  };
}

function blocking(decision: Decision): GateFinding[] {
  return decision.findings.filter((f) => f.action === 'block' || f.action === 'quarantine');
}

export function createRecordService(options: RecordServiceOptions): RecordService {
  const { db, gate } = options;
  const now = () => (options.now?.() ?? new Date()).toISOString();

  // SQLite: concurrent writes share a commit (see group-commit.ts). PostgreSQL commits in parallel.
  const group = options.kind === 'postgres' ? undefined : groupCommit(db);
  // PostgreSQL: concurrent creates share a statement (see create-batch.ts).
  const creates = options.kind === 'postgres' ? createBatcher(db) : undefined;
  const transaction = <T>(work: Work<Database, T>): Promise<T> =>
    group ? group.run(work) : db.transaction().execute(work);
  const gdpr = gdprService(db);
  const merges = mergeService(db, () => new Date(now()));
  const companies = companyService(db, () => new Date(now()));

  /**
   * Stored records the finder scores at the rule's threshold or above, best first, one per record:
   * active ones only (the index also remembers records merged or withdrawn since), never `self`.
   */
  async function duplicatesOf(record: GateRecord, self?: string): Promise<Candidate[]> {
    const rule = options.duplicates;
    if (!rule) return [];
    const seen = new Set<string>(self === undefined ? [] : [self]);
    const out: Candidate[] = [];
    for (const m of rule.index.findMatches(
      record,
      rule.threshold === undefined ? {} : { threshold: rule.threshold },
    )) {
      if (seen.has(m.id)) continue;
      seen.add(m.id);
      out.push({
        id: m.id,
        probability: m.probability,
        reasons: m.explanation.comparisons
          .filter((c) => c.counted > 1)
          .map((c) => `${c.comparison}: ${c.level}`),
      });
    }
    if (out.length === 0) return out;
    const active = await db
      .selectFrom('contacts')
      .select('id')
      .where(
        'id',
        'in',
        out.map((c) => c.id),
      )
      .where('status', '=', 'active')
      .execute();
    const ids = new Set(active.map((r) => r.id));
    return out.filter((c) => ids.has(c.id));
  }

  /**
   * After a record is stored with probable duplicates: `merge` merges it into the best one when that
   * one is likely enough (the result to return), `report` logs the suspicion on the record.
   */
  async function afterStored(
    contactId: string,
    candidates: Candidate[],
    decision: Decision,
    ctx: WriteContext,
    at: string,
  ): Promise<WriteResult | undefined> {
    const rule = options.duplicates;
    if (!rule || candidates.length === 0) return undefined;
    const best = candidates[0]!;
    if (rule.action === 'merge' && best.probability >= (rule.mergeAbove ?? 0.99)) {
      const merged = await merges.merge([best.id, contactId], { master: { id: best.id }, actor: ctx.actor });
      const row = await db.selectFrom('contacts').selectAll().where('id', '=', best.id).executeTakeFirst();
      if (row)
        return { status: 'merged', contact: toContact(row), mergeId: merged.mergeId, decision, candidates };
    }
    if (rule.action === 'report')
      await db
        .insertInto('change_log')
        .values(
          logRow(
            {
              contact_id: contactId,
              field: '*',
              before: null,
              after: null,
              code: 'duplicate.suspected',
              rule_id: 'duplicates',
              reason: `may duplicate ${candidates.map((c) => `${c.id} (${c.probability.toFixed(3)})`).join(', ')}`,
              confidence: best.probability,
            },
            ctx,
            at,
          ),
        )
        .execute();
    return undefined;
  }

  /** The `block` rule's answer: the best candidate as the existing record. */
  async function blocked(candidates: Candidate[], decision: Decision): Promise<WriteResult | undefined> {
    if (options.duplicates?.action !== 'block' || candidates.length === 0) return undefined;
    const row = await db
      .selectFrom('contacts')
      .selectAll()
      .where('id', '=', candidates[0]!.id)
      .executeTakeFirst();
    if (!row) return undefined;
    return {
      status: 'duplicate',
      existing: toContact(row),
      key: `match:${candidates[0]!.probability.toFixed(4)}`,
      decision,
      candidates,
    };
  }

  const suppressed = (record: GateRecord) => gdpr.isSuppressed(record.email ?? '');

  async function hold(record: GateRecord, decision: Decision, ctx: WriteContext): Promise<WriteResult> {
    const id = newId();
    await transaction((tx) =>
      tx
        .insertInto('quarantine')
        .values({
          id,
          received: JSON.stringify(record),
          proposed: JSON.stringify(decision.record),
          reasons: JSON.stringify(blocking(decision)),
          channel: ctx.channel,
          actor: ctx.actor,
          status: 'held',
          at: now(),
          decided_at: null,
          decided_by: null,
        })
        .execute(),
    );
    return { status: 'quarantined', quarantineId: id, decision };
  }

  /** The stored record that holds one of the keys (other than `self`), as a duplicate result. */
  async function holderOf(
    keys: readonly string[],
    self: string | undefined,
    decision: Decision,
  ): Promise<WriteResult | undefined> {
    let q = db
      .selectFrom('contact_keys')
      .innerJoin('contacts', 'contacts.id', 'contact_keys.contact_id')
      .selectAll('contacts')
      .select('contact_keys.key')
      .where('contact_keys.key', 'in', keys);
    if (self !== undefined) q = q.where('contacts.id', '!=', self);
    const taken = await q.executeTakeFirst();
    if (!taken) return undefined;
    const { key, ...existing } = taken;
    return { status: 'duplicate', existing: toContact(existing), key, decision };
  }

  function logRows(contactId: string, decision: Decision, ctx: WriteContext, at: string): LogRow[] {
    return decision.changes.map((c) =>
      logRow(
        {
          contact_id: contactId,
          field: c.field,
          before: c.before,
          after: c.after,
          code: c.code,
          rule_id: c.ruleId,
          reason: c.reason,
          confidence: c.confidence,
        },
        ctx,
        at,
      ),
    );
  }

  /** The findings worth keeping with a stored record: everything but information. */
  function findingRows(contactId: string, decision: Decision, at: string): FindingRow[] {
    const rows: FindingRow[] = [];
    for (const f of decision.findings)
      if (f.severity !== 'info')
        rows.push({
          contact_id: contactId,
          seq: rows.length,
          field: f.field,
          code: f.code,
          severity: f.severity,
          action: f.action ?? null,
          rule_id: f.ruleId ?? null,
          message: f.message,
          at,
        });
    return rows;
  }

  /** The company the record names, found or created (null: it names none). */
  async function companyIdOf(decision: Decision): Promise<string | null> {
    const identity = companyOf(decision);
    return identity ? companies.resolve(identity) : null;
  }

  return {
    async create(record, ctx, { reviewed = false } = {}) {
      const decision = gate.check(record, ctx);
      if (decision.action === 'reject') return { status: 'rejected', decision };
      if (await suppressed(decision.record))
        return { status: 'rejected', decision: withFinding(decision, SUPPRESSED) };
      if (decision.action === 'quarantine' && !reviewed) return hold(record, decision, ctx);
      const candidates = await duplicatesOf(decision.record);
      const refused = await blocked(candidates, decision);
      if (refused) return refused;
      const at = now();
      const row: ContactRow = {
        id: newId(),
        fields: JSON.stringify(decision.record),
        status: 'active',
        version: 1,
        created_at: at,
        updated_at: at,
        company_id: null,
        search_text: searchTextOf(decision.record),
      };
      // The company is found inside the create's statement; one seen for the first time is created after.
      const company = companyOf(decision);
      const keys = identityKeys(decision.record);
      try {
        const changes = logRows(row.id, decision, ctx, at);
        // A record created by a run says so in the log: undoing the run withdraws it.
        if (ctx.runId)
          changes.unshift(
            logRow(
              {
                contact_id: row.id,
                field: '*',
                before: null,
                after: null,
                code: 'record.created',
                rule_id: 'run',
                reason: `created by run ${ctx.runId}`,
              },
              ctx,
              at,
            ),
          );
        const findings = findingRows(row.id, decision, at);
        if (creates) {
          const stored = await creates.create({
            contact: row,
            company: company ? { id: newId(), ...company } : null,
            contact_keys: keys.map((key) => ({ key, contact_id: row.id })),
            change_log: changes,
            findings,
          });
          if (!stored.created)
            return { status: 'duplicate', existing: toContact(stored.holder), key: stored.key, decision };
          row.company_id = stored.companyId;
        } else
          await transaction(async (tx) => {
            row.company_id = await insertContactLinked(tx, row, company?.key ?? null);
            await insertRows(
              tx,
              'sqlite',
              'contact_keys',
              keys.map((key) => ({ key, contact_id: row.id })),
            );
            await insertRows(tx, 'sqlite', 'change_log', changes);
            await insertRows(tx, 'sqlite', 'findings', findings);
          });
        // A company seen for the first time: created, then linked.
        if (company && row.company_id === null) {
          row.company_id = await companies.resolve(company);
          await db
            .updateTable('contacts')
            .set({ company_id: row.company_id })
            .where('id', '=', row.id)
            .execute();
        }
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
        return (await holderOf(keys, undefined, decision)) ?? Promise.reject(error);
      }
      options.duplicates?.index.add(row.id, decision.record);
      const after = await afterStored(row.id, candidates, decision, ctx, at);
      if (after) return after;
      return {
        status: 'created',
        contact: toContact(row),
        decision,
        ...(candidates.length > 0 ? { candidates } : {}),
      };
    },

    async update(id, patch, ctx) {
      const current = await db.selectFrom('contacts').selectAll().where('id', '=', id).executeTakeFirst();
      if (current?.status !== 'active') return undefined;
      const merged: GateRecord = { ...(JSON.parse(current.fields) as GateRecord), ...patch };
      const decision = gate.check(merged, ctx);
      if (decision.action === 'reject') return { status: 'rejected', decision };
      if (await suppressed(decision.record))
        return { status: 'rejected', decision: withFinding(decision, SUPPRESSED) };
      if (decision.action === 'quarantine') return hold(merged, decision, ctx);
      const fields = JSON.stringify(decision.record);
      // Nothing to change (a sync sending what is stored): no new version, nothing logged.
      if (fields === current.fields)
        return { status: 'updated', contact: toContact(current), decision, unchanged: true };
      // The duplicate rules hold at an update too: an edit can make a record someone else's double.
      const candidates = await duplicatesOf(decision.record, id);
      const refused = await blocked(candidates, decision);
      if (refused) return refused;
      const at = now();
      const before = JSON.parse(current.fields) as GateRecord;
      // What the caller changed is logged too (as the caller's change), then what the gate changed.
      const edits = Object.keys(patch)
        .filter((f) => (before[f as keyof GateRecord] ?? '') !== (patch[f as keyof GateRecord] ?? ''))
        .map((f) =>
          logRow(
            {
              contact_id: id,
              field: f,
              before: before[f as keyof GateRecord] ?? null,
              after: patch[f as keyof GateRecord] ?? null,
              code: 'record.edited',
              rule_id: 'edit',
              reason: `${f} edited by ${ctx.actor}`,
            },
            ctx,
            at,
          ),
        );
      const version = Number(current.version) + 1;
      const keys = identityKeys(decision.record);
      const companyId = await companyIdOf(decision);
      const findings = findingRows(id, decision, at);
      let updated: boolean;
      try {
        updated = await transaction(async (tx) => {
          // Optimistic: a concurrent update of the same record makes this one affect no row.
          const r = await tx
            .updateTable('contacts')
            .set({
              fields,
              version,
              updated_at: at,
              company_id: companyId,
              search_text: searchTextOf(decision.record),
            })
            .where('id', '=', id)
            .where('version', '=', current.version)
            .executeTakeFirst();
          if (Number(r.numUpdatedRows) !== 1) return false;
          // The record's identity keys follow its new values (a new mailbox may be someone else's).
          await tx.deleteFrom('contact_keys').where('contact_id', '=', id).execute();
          if (keys.length > 0)
            await tx
              .insertInto('contact_keys')
              .values(keys.map((key) => ({ key, contact_id: id })))
              .execute();
          const rows = [...edits, ...logRows(id, decision, ctx, at)];
          if (rows.length > 0) await tx.insertInto('change_log').values(rows).execute();
          await tx.deleteFrom('findings').where('contact_id', '=', id).execute();
          if (findings.length > 0) await tx.insertInto('findings').values(findings).execute();
          return true;
        });
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
        return (await holderOf(keys, id, decision)) ?? Promise.reject(error);
      }
      if (!updated) throw new ConcurrentUpdateError(id);
      options.duplicates?.index.add(id, decision.record);
      const after = await afterStored(id, candidates, decision, ctx, at);
      if (after) return after;
      return {
        ...(candidates.length > 0 ? { candidates } : {}),
        status: 'updated',
        contact: toContact({
          ...current,
          fields,
          version,
          updated_at: at,
          company_id: companyId,
        }),
        decision,
      };
    },

    async get(id) {
      const row = await db.selectFrom('contacts').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? toContact(row) : undefined;
    },

    async list({ limit = 50, cursor, status = 'active', companyId, finding, updatedSince } = {}) {
      const size = Math.max(1, Math.min(500, limit));
      let q = db.selectFrom('contacts').selectAll().where('status', '=', status);
      if (companyId !== undefined) q = q.where('company_id', '=', companyId);
      if (updatedSince !== undefined) q = q.where('updated_at', '>=', updatedSince);
      if (finding !== undefined)
        q = q.where(({ exists, selectFrom }) =>
          exists(
            selectFrom('findings')
              .select('findings.seq')
              .whereRef('findings.contact_id', '=', 'contacts.id')
              .where('findings.code', '=', finding),
          ),
        );
      if (cursor !== undefined) {
        const after = decodeCursor(cursor);
        if (!after) throw new InvalidCursorError(`"${cursor}" is not a cursor this service gave out.`);
        q = q.where(changedAfter(after));
      }
      const rows = await q
        .orderBy('updated_at')
        .orderBy('id')
        .limit(size + 1)
        .execute();
      const items = rows.slice(0, size).map(toContact);
      return { items, next: rows.length > size ? encodeCursor(items.at(-1)!) : null };
    },

    async search(query, limit = 20) {
      const size = Math.max(1, Math.min(100, limit));
      const text = query.trim();
      const key = text.includes('@') ? emailKey(text) : '';
      if (key) {
        const rows = await db
          .selectFrom('contact_keys')
          .innerJoin('contacts', 'contacts.id', 'contact_keys.contact_id')
          .selectAll('contacts')
          .where('contact_keys.key', '=', `email:${key}`)
          .where('contacts.status', '=', 'active')
          .execute();
        if (rows.length > 0) return rows.map(toContact);
      }
      const terms = searchTerms(text);
      if (terms.length === 0) return [];
      let q = db.selectFrom('contacts').selectAll().where('status', '=', 'active');
      for (const term of terms) q = q.where(sql<boolean>`search_text like ${containing(term)} escape '\\'`);
      const rows = await q.orderBy('updated_at', 'desc').orderBy('id').limit(size).execute();
      return rows.map(toContact);
    },
  };
}

export class ConcurrentUpdateError extends Error {
  constructor(id: string) {
    super(`Record ${id} was changed by someone else meanwhile; read it again and retry.`);
  }
}

/** Adds every active stored contact to a match index (at start-up of a service with duplicate rules). */
export async function indexStoredContacts(db: Kysely<Database>, index: MatchIndex): Promise<number> {
  let added = 0;
  let after = '';
  for (;;) {
    const rows = await db
      .selectFrom('contacts')
      .select(['id', 'fields'])
      .where('status', '=', 'active')
      .where('id', '>', after)
      .orderBy('id')
      .limit(5000)
      .execute();
    if (rows.length === 0) return added;
    for (const r of rows) index.add(r.id, JSON.parse(r.fields) as GateRecord);
    added += rows.length;
    after = rows.at(-1)!.id;
  }
}

/**
 * Keeps an index up to date with what other processes store: every call adds the contacts changed
 * since the last one (several `kempt serve` on one PostgreSQL each call it every second or so).
 * Timestamps come from several processes and commits land out of timestamp order, so each call looks
 * back a little before the newest time it has seen; a version already added (same id, same time) is
 * not added again.
 */
export function indexFollower(db: Kysely<Database>, index: MatchIndex, since = new Date().toISOString()) {
  const LOOKBACK_MS = 2_000;
  const PAGE = 5_000;
  let newest = since;
  // The versions added within the look-back window: id → updated_at.
  let recent = new Map<string, string>();
  return async function follow(): Promise<number> {
    const from = new Date(Date.parse(newest) - LOOKBACK_MS).toISOString();
    let added = 0;
    let after: [string, string] | undefined;
    for (;;) {
      let q = db
        .selectFrom('contacts')
        .select(['id', 'fields', 'updated_at'])
        .where('status', '=', 'active')
        .where('updated_at', '>=', from);
      if (after) q = q.where(changedAfter(after));
      const rows = await q.orderBy('updated_at').orderBy('id').limit(PAGE).execute();
      for (const r of rows) {
        if (recent.get(r.id) === r.updated_at) continue;
        index.add(r.id, JSON.parse(r.fields) as GateRecord);
        recent.set(r.id, r.updated_at);
        added++;
        if (r.updated_at > newest) newest = r.updated_at;
      }
      if (rows.length < PAGE) break;
      const last = rows.at(-1)!;
      after = [last.updated_at, last.id];
    }
    // Forget versions that have left the window: they will not be read again.
    const horizon = new Date(Date.parse(newest) - LOOKBACK_MS).toISOString();
    if (recent.size > 0) recent = new Map([...recent].filter(([, at]) => at >= horizon));
    return added;
  };
}
