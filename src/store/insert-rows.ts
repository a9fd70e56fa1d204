/**
 * Inserting rows on the hot path (a create writes its contact, keys, change-log lines and findings).
 * Kysely's builder compiles a fresh query tree for every statement, which measured 12% of the records
 * API's CPU on SQLite; here the SQL text is built once per table, column list and row count, and the
 * values are passed straight to the driver. Tables and columns come from the code, never from input.
 */

import { CompiledQuery, type Insertable, type Selectable } from 'kysely';
import type { StoreKind } from './db.ts';
import type { Database } from './schema.ts';

const texts = new Map<string, string>();

const quoted = (columns: readonly string[]) => columns.map((c) => `"${c}"`).join(', ');

function insertSql(kind: StoreKind, table: string, columns: readonly string[], rows: number): string {
  const key = `${kind}|${table}|${columns.join(',')}|${rows}`;
  let text = texts.get(key);
  if (text === undefined) {
    let n = 0;
    const one = () => `(${columns.map(() => (kind === 'postgres' ? `$${++n}` : '?')).join(', ')})`;
    const values = Array.from({ length: rows }, one).join(', ');
    text = `insert into "${table}" (${quoted(columns)}) values ${values}`;
    if (texts.size > 1000) texts.clear();
    texts.set(key, text);
  }
  return text;
}

/** A company a create links to, with what its row needs if the create is the first to name it. */
export interface NewCompany {
  /** The id it gets if created. */
  id: string;
  key: string;
  name: string;
  domain: string | null;
  country: string | null;
}

/** What runs a compiled query: a Kysely instance or a transaction. */
interface Executor {
  executeQuery(query: CompiledQuery): Promise<unknown>;
}

/** Inserts rows that all have the first row's columns, in one statement. */
export async function insertRows<T extends keyof Database & string>(
  db: Executor,
  kind: StoreKind,
  table: T,
  rows: readonly Insertable<Database[T]>[],
): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]!);
  const parameters: unknown[] = [];
  for (const row of rows)
    for (const c of columns) parameters.push((row as Record<string, unknown>)[c] ?? null);
  await db.executeQuery(CompiledQuery.raw(insertSql(kind, table, columns, rows.length), parameters));
}

/** What a PostgreSQL create stores: the contact, the company it names (if any), and its rows. */
export interface NewContact {
  contact: Insertable<Database['contacts']>;
  company: NewCompany | null;
  contact_keys: readonly Insertable<Database['contact_keys']>[];
  change_log: readonly Insertable<Database['change_log']>[];
  findings: readonly Insertable<Database['findings']>[];
}

/**
 * What the PostgreSQL create did: stored the contact (linked to `companyId`), or stored nothing because
 * one of its identity keys is another contact's (`holder`, the row as stored, and the key).
 */
export type CreateOutcome =
  | { created: true; companyId: string | null }
  | { created: false; key: string; holder: Selectable<Database['contacts']> };

/**
 * PostgreSQL: new contacts, their identity keys, change-log lines and findings in one statement
 * (data-modifying CTEs run as one atomic statement: one round trip instead of five with BEGIN and
 * COMMIT), each linked to the active company with its `company.key`. A company seen for the first time
 * (no company, active or merged, has the key) is created by the same statement; the caller resolves the
 * rarer cases (a merged company's name, a company created at the same moment by another create), for
 * which the outcome's `companyId` is null.
 *
 * A contact with an identity key another stored contact holds is not stored: its outcome names the
 * holder, so a duplicate costs no failed insert and no second query. The contacts of one call must not
 * share an identity key (the unique index would refuse the whole statement); a create of the same new
 * person in another statement at the same moment still meets the unique index, and so fails this one.
 *
 * The rows of each table go in as arrays (`unnest`), so the text is the same whatever the number of
 * contacts, keys, changes and findings, and the statement is prepared once per connection: parsing and
 * planning it was half of PostgreSQL's CPU per create (measured 2026-11-22: 423–490 µs per create
 * unprepared, 210–273 µs prepared).
 */
export async function insertContactsAtOnce(
  db: Executor,
  items: readonly NewContact[],
): Promise<CreateOutcome[]> {
  const contacts = items.map((i) => i.contact);
  const companies = new Map<string, NewCompany & { at: string }>();
  for (const { company, contact } of items)
    if (company && !companies.has(company.key))
      companies.set(company.key, { ...company, at: contact.created_at });
  const all = <K extends 'contact_keys' | 'change_log' | 'findings'>(k: K) =>
    items.flatMap((i) => {
      const rows = i[k] as readonly { contact_id: string }[];
      // The statement stores a row under the contact it names: a row of another contact is a caller's bug.
      for (const row of rows)
        if (row.contact_id !== i.contact.id)
          throw new Error(`A row of contact ${row.contact_id} in ${i.contact.id}'s create.`);
      return rows as NonNullable<NewContact[K]>[number][];
    });
  const keys = all('contact_keys');
  const log = all('change_log');
  const findings = all('findings');
  const made = [...companies.values()];
  const column = <R, K extends keyof R>(rows: readonly R[], key: K) => rows.map((r) => r[key] ?? null);
  const parameters: unknown[] = [
    column(contacts, 'id'),
    column(contacts, 'fields'),
    contacts.map((c) => c.status ?? 'active'),
    contacts.map((c) => c.version ?? 1),
    column(contacts, 'created_at'),
    column(contacts, 'updated_at'),
    contacts.map((c) => c.search_text ?? ''),
    items.map((i) => i.company?.key ?? null),
    column(made, 'id'),
    column(made, 'key'),
    column(made, 'name'),
    column(made, 'domain'),
    column(made, 'country'),
    column(made, 'at'),
    column(keys, 'contact_id'),
    column(keys, 'key'),
    column(log, 'contact_id'),
    column(log, 'field'),
    column(log, 'before'),
    column(log, 'after'),
    column(log, 'code'),
    column(log, 'rule_id'),
    column(log, 'reason'),
    column(log, 'confidence'),
    column(log, 'actor'),
    column(log, 'channel'),
    column(log, 'run_id'),
    column(log, 'at'),
    column(findings, 'contact_id'),
    column(findings, 'seq'),
    column(findings, 'field'),
    column(findings, 'code'),
    column(findings, 'severity'),
    column(findings, 'action'),
    column(findings, 'rule_id'),
    column(findings, 'message'),
    column(findings, 'at'),
  ];
  const result = (await db.executeQuery(
    CompiledQuery.raw(PREPARED_CREATE as unknown as string, parameters),
  )) as { rows: { id: string; company_id: string | null; held_key: string | null; holder: string | null }[] };
  const byId = new Map(result.rows.map((r) => [r.id, r]));
  return contacts.map((c) => {
    const row = byId.get(c.id);
    if (row?.held_key != null && row.holder != null)
      return {
        created: false,
        key: row.held_key,
        holder: JSON.parse(row.holder) as Selectable<Database['contacts']>,
      };
    return { created: true, companyId: row?.company_id ?? null };
  });
}

/**
 * A statement pg prepares once per connection and then only binds: node-postgres takes a query
 * config ({ name, text }) wherever it takes the text, and Kysely hands the compiled query's `sql` to
 * it unchanged.
 */
const PREPARED_CREATE = {
  name: 'kempt_create_contacts_v4',
  text: `with "input" as (
  select * from unnest($1::text[], $2::text[], $3::text[], $4::integer[], $5::text[], $6::text[], $7::text[], $8::text[])
    as t("id", "fields", "status", "version", "created_at", "updated_at", "search_text", "company_key")
), "held" as (
  select distinct on (t."contact_id") t."contact_id", k."key", k."contact_id" as "holder_id"
  from unnest($15::text[], $16::text[]) as t("contact_id", "key")
  join "contact_keys" as k on k."key" = t."key"
  order by t."contact_id"
), "fresh" as (
  select * from "input" as i where not exists (select 1 from "held" as h where h."contact_id" = i."id")
), "made" as (
  insert into "companies" ("id", "key", "name", "domain", "country", "status", "merged_into", "created_at", "updated_at")
  select n."id", n."key", n."name", n."domain", n."country", 'active', null, n."at", n."at"
  from unnest($9::text[], $10::text[], $11::text[], $12::text[], $13::text[], $14::text[])
    as n("id", "key", "name", "domain", "country", "at")
  where exists (select 1 from "fresh" as f where f."company_key" = n."key")
    and not exists (select 1 from "companies" as x where x."key" = n."key")
  on conflict do nothing
  returning "id", "key"
), "c" as (
  insert into "contacts" ("id", "fields", "status", "version", "created_at", "updated_at", "search_text", "company_id")
  select f."id", f."fields", f."status", f."version", f."created_at", f."updated_at", f."search_text",
    coalesce(
      (select x."id" from "companies" as x where x."key" = f."company_key" and x."status" = 'active' limit 1),
      (select m."id" from "made" as m where m."key" = f."company_key"))
  from "fresh" as f
  returning "id", "company_id"
), "k" as (
  insert into "contact_keys" ("key", "contact_id")
  select t."key", t."contact_id" from unnest($15::text[], $16::text[]) as t("contact_id", "key")
  where t."contact_id" in (select "id" from "c")
  returning 1
), "l" as (
  insert into "change_log" ("contact_id", "field", "before", "after", "code", "rule_id", "reason", "confidence",
    "actor", "channel", "run_id", "at", "undone_at")
  select t."contact_id", "field", "before", "after", "code", "rule_id", "reason", "confidence", "actor", "channel",
    "run_id", "at", null
  from unnest($17::text[], $18::text[], $19::text[], $20::text[], $21::text[], $22::text[], $23::text[], $24::real[],
    $25::text[], $26::text[], $27::text[], $28::text[])
    as t("contact_id", "field", "before", "after", "code", "rule_id", "reason", "confidence", "actor", "channel",
      "run_id", "at")
  where t."contact_id" in (select "id" from "c")
  returning 1
), "f" as (
  insert into "findings" ("contact_id", "seq", "field", "code", "severity", "action", "rule_id", "message", "at")
  select t."contact_id", "seq", "field", "code", "severity", "action", "rule_id", "message", "at"
  from unnest($29::text[], $30::integer[], $31::text[], $32::text[], $33::text[], $34::text[], $35::text[],
    $36::text[], $37::text[])
    as t("contact_id", "seq", "field", "code", "severity", "action", "rule_id", "message", "at")
  where t."contact_id" in (select "id" from "c")
  returning 1
)
select i."id", c."company_id", h."key" as "held_key",
  (select row_to_json(x)::text from "contacts" as x where x."id" = h."holder_id") as "holder"
from "input" as i left join "c" on c."id" = i."id" left join "held" as h on h."contact_id" = i."id"`,
} as const;

/**
 * SQLite: the contact row, linked to the active company with `companyKey` when there is one, in one
 * statement. Returns the company id it was linked to (null: none, or the company does not exist yet).
 */
export async function insertContactLinked(
  db: Executor,
  contact: Insertable<Database['contacts']>,
  companyKey: string | null,
): Promise<string | null> {
  const columns = Object.keys(contact).filter((c) => c !== 'company_id');
  const parameters: unknown[] = columns.map((c) => (contact as Record<string, unknown>)[c] ?? null);
  let company = 'null';
  if (companyKey !== null) {
    parameters.push(companyKey);
    company = `(select "id" from "companies" where "key" = ? and "status" = 'active' limit 1)`;
  }
  const text = `insert into "contacts" (${quoted(columns)}, "company_id") values (${columns.map(() => '?').join(', ')}, ${company}) returning "company_id"`;
  const result = (await db.executeQuery(CompiledQuery.raw(text, parameters))) as {
    rows: { company_id: string | null }[];
  };
  return result.rows[0]?.company_id ?? null;
}
