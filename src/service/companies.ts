/**
 * Companies and the contact–company link. A contact's `company` value, as the gate standardized it,
 * names a company; contacts whose names share a matching key (legal form left out: "Labe s.r.o.",
 * "LABE spol. s r.o.") are linked to one company row, created on first sight. Values that name no
 * company (placeholders, "self-employed", an email address typed into the field) link to nothing.
 *
 * Company merges re-link every contact of the merged companies to the surviving one, and keep a
 * snapshot of each company row and each link they changed, so an unmerge puts all of it back.
 */

import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import { KemptError } from '../errors.ts';
import { analyzeCompany, type CompanyFindingCode, companyKey } from '../fields/company/index.ts';
import type { Decision, GateRecord } from '../gate/index.ts';
import { newId } from '../store/ids.ts';
import type { Database } from '../store/schema.ts';
import { logRow } from './change-log.ts';

type CompanyRow = Database['companies'];
type Db = Kysely<Database> | Transaction<Database>;

export interface StoredCompany {
  id: string;
  name: string;
  domain: string | null;
  country: string | null;
  status: 'active' | 'merged';
  createdAt: string;
  updatedAt: string;
}

/** Company findings that mean the value names no company to link to. */
const NOT_A_COMPANY: ReadonlySet<string> = new Set<CompanyFindingCode>([
  'company.placeholder',
  'company.test',
  'company.not_a_company',
  'company.legal_form_only',
  'company.email_in_name',
  'company.url_in_name',
]);

export interface CompanyIdentity {
  key: string;
  name: string;
  domain: string | null;
  country: string | null;
}

/** The company a stored record names, or undefined when its company value names none. */
export function companyOf(
  decision: Pick<Decision, 'record' | 'findings' | 'country' | 'fields' | 'outcomes'>,
): CompanyIdentity | undefined {
  const name = decision.record.company?.trim();
  if (!name) return undefined;
  if (decision.findings.some((f) => f.field === 'company' && NOT_A_COMPANY.has(f.code))) return undefined;
  const key = companyKey(name, decision.country);
  if (key.length === 0) return undefined;
  return { key, name, domain: domainOf(decision), country: decision.country ?? null };
}

/**
 * The company a company value names, judged by the company module alone (for values written back
 * outside the gate, such as an undo): undefined for placeholders and the like. No domain is known.
 */
export function companyOfValue(value: string | undefined, country?: string): CompanyIdentity | undefined {
  const name = value?.trim();
  if (!name) return undefined;
  const analysis = analyzeCompany(
    name,
    country === undefined ? { field: 'company' } : { field: 'company', country },
  );
  if (analysis.findings.some((f) => NOT_A_COMPANY.has(f.code))) return undefined;
  const key = companyKey(name, country);
  return key ? { key, name, domain: null, country: country ?? null } : undefined;
}

/** The company's web domain: its website's, else the work email's (never a free mailbox provider's). */
function domainOf(decision: Pick<Decision, 'record' | 'fields' | 'outcomes'>): string | null {
  const facts = (field: string) =>
    decision.outcomes[decision.fields.indexOf(field as never)]?.analysis?.facts as
      | { domain?: string; free?: boolean; disposable?: boolean }
      | undefined;
  // The facts are those of the values as they came in: a domain the gate corrected (a typo) is not
  // the company's, so a domain counts only when the stored value still has it.
  const site = facts('website');
  const website = (decision.record.website ?? '').toLowerCase();
  if (site?.domain && website.includes(site.domain)) return site.domain;
  const email = facts('email');
  const address = (decision.record.email ?? '').toLowerCase();
  if (email?.domain && !email.free && !email.disposable && address.endsWith(`@${email.domain}`))
    return email.domain;
  return null;
}

function toCompany(row: CompanyRow): StoredCompany {
  return {
    id: row.id,
    name: row.name,
    domain: row.domain,
    country: row.country,
    status: row.status,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function companyService(db: Kysely<Database>, now: () => Date = () => new Date()) {
  /**
   * The id of the active company with the identity's key, created when there is none. Two processes
   * creating the same company at once: the unique key among active companies lets one insert win and
   * the other read it.
   */
  async function resolve(identity: CompanyIdentity, on: Db = db): Promise<string> {
    const find = () =>
      on
        .selectFrom('companies')
        .select('id')
        .where('key', '=', identity.key)
        .where('status', '=', 'active')
        .executeTakeFirst();
    const found = await find();
    if (found) return found.id;
    // A name of a company merged into another leads to the one it went into.
    const merged = await on
      .selectFrom('companies')
      .select('merged_into')
      .where('key', '=', identity.key)
      .where('status', '=', 'merged')
      .orderBy('updated_at', 'desc')
      .executeTakeFirst();
    for (let into = merged?.merged_into, hops = 0; into && hops < 100; hops++) {
      const next = await on
        .selectFrom('companies')
        .select(['id', 'status', 'merged_into'])
        .where('id', '=', into)
        .executeTakeFirst();
      if (next?.status === 'active') return next.id;
      into = next?.merged_into;
    }
    const at = now().toISOString();
    await on
      .insertInto('companies')
      .values({
        id: newId(),
        ...identity,
        status: 'active',
        merged_into: null,
        created_at: at,
        updated_at: at,
      })
      .onConflict((oc) => oc.doNothing())
      .execute();
    const made = await find();
    if (!made) throw new Error(`The company "${identity.name}" could not be stored.`);
    return made.id;
  }

  async function load(ids: readonly string[]): Promise<CompanyRow[]> {
    const unique = [...new Set(ids)];
    if (unique.length < 2) throw new KemptError('usage', 'A merge needs two or more different companies.');
    const rows = await db.selectFrom('companies').selectAll().where('id', 'in', unique).execute();
    const missing = unique.filter((id) => !rows.some((r) => r.id === id && r.status === 'active'));
    if (missing.length > 0) throw new KemptError('usage', `Not active companies: ${missing.join(', ')}.`);
    return rows;
  }

  return {
    resolve,

    async get(id: string): Promise<(StoredCompany & { contacts: number }) | undefined> {
      const row = await db.selectFrom('companies').selectAll().where('id', '=', id).executeTakeFirst();
      if (!row) return undefined;
      const { n } = await db
        .selectFrom('contacts')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('company_id', '=', id)
        .where('status', '=', 'active')
        .executeTakeFirstOrThrow();
      return { ...toCompany(row), contacts: Number(n) };
    },

    /** Active companies by name, a page at a time; `name` keeps those whose matching key starts with its key. */
    async list(options: { name?: string; limit?: number; after?: string } = {}) {
      const size = Math.max(1, Math.min(500, options.limit ?? 50));
      let q = db.selectFrom('companies').selectAll().where('status', '=', 'active');
      if (options.name) {
        const key = companyKey(options.name);
        // A range on the key: the index serves it on both databases (LIKE would not on SQLite).
        q = q.where('key', '>=', key).where('key', '<', `${key}\uffff`);
      }
      if (options.after) q = q.where('id', '>', options.after);
      const rows = await q
        .orderBy('id')
        .limit(size + 1)
        .execute();
      const items = rows.slice(0, size).map(toCompany);
      return { items, next: rows.length > size ? items.at(-1)!.id : null };
    },

    /** The active contacts linked to the company (ids and fields), oldest first. */
    async contacts(id: string, limit = 100) {
      const rows = await db
        .selectFrom('contacts')
        .select(['id', 'fields'])
        .where('company_id', '=', id)
        .where('status', '=', 'active')
        .orderBy('id')
        .limit(Math.max(1, Math.min(500, limit)))
        .execute();
      return rows.map((r) => ({ id: r.id, fields: JSON.parse(r.fields) as GateRecord }));
    },

    /**
     * Merges companies into the master (default: the oldest): the others are marked merged and every
     * contact linked to them is linked to the master, with a line in each contact's change log.
     */
    async merge(ids: readonly string[], options: { master?: string; actor: string }) {
      const rows = await load(ids);
      const byAge = [...rows].sort((a, b) =>
        a.created_at !== b.created_at ? (a.created_at < b.created_at ? -1 : 1) : a.id < b.id ? -1 : 1,
      );
      const master = options.master ? rows.find((r) => r.id === options.master) : byAge[0];
      if (!master) throw new KemptError('usage', `The master ${options.master} is not one of the companies.`);
      const merged = rows.filter((r) => r.id !== master.id);
      const mergedIds = merged.map((r) => r.id);
      const id = randomUUID();
      const at = now().toISOString();
      // The master keeps its values; a domain or country it lacks comes from the others.
      const domain = master.domain ?? merged.find((r) => r.domain)?.domain ?? null;
      const country = master.country ?? merged.find((r) => r.country)?.country ?? null;
      let relinked = 0;
      await db.transaction().execute(async (tx) => {
        const links = await tx
          .selectFrom('contacts')
          .select(['id', 'company_id'])
          .where('company_id', 'in', mergedIds)
          .execute();
        relinked = links.length;
        await tx
          .insertInto('company_merges')
          .values({
            id,
            master_id: master.id,
            merged_ids: JSON.stringify(mergedIds),
            snapshot: JSON.stringify({ rows, links }),
            actor: options.actor,
            at,
            undone_at: null,
          })
          .execute();
        await tx
          .updateTable('companies')
          .set({ status: 'merged', merged_into: master.id, updated_at: at })
          .where('id', 'in', mergedIds)
          .execute();
        await tx
          .updateTable('companies')
          .set({ domain, country, updated_at: at })
          .where('id', '=', master.id)
          .execute();
        if (links.length > 0) {
          await tx
            .updateTable('contacts')
            .set({ company_id: master.id })
            .where('company_id', 'in', mergedIds)
            .execute();
          await tx
            .insertInto('change_log')
            .values(
              links.map((l) =>
                logRow(
                  {
                    contact_id: l.id,
                    field: 'company_id',
                    before: l.company_id,
                    after: master.id,
                    code: 'company.merged',
                    rule_id: `company-merge:${id}`,
                    reason: `company ${l.company_id} merged into ${master.id} (${master.name})`,
                  },
                  { actor: options.actor, channel: 'merge' },
                  at,
                ),
              ),
            )
            .execute();
        }
      });
      return { mergeId: id, masterId: master.id, mergedIds, relinked };
    },

    /** Puts the companies and every contact's link back as they were before the merge. */
    async unmerge(mergeId: string, actor: string): Promise<boolean> {
      const merge = await db
        .selectFrom('company_merges')
        .selectAll()
        .where('id', '=', mergeId)
        .executeTakeFirst();
      if (!merge || merge.undone_at !== null) return false;
      const { rows, links } = JSON.parse(merge.snapshot) as {
        rows: CompanyRow[];
        links: { id: string; company_id: string }[];
      };
      const at = now().toISOString();
      await db.transaction().execute(async (tx) => {
        for (const row of rows) {
          const { id, ...rest } = row;
          await tx.updateTable('companies').set(rest).where('id', '=', id).execute();
        }
        for (const link of links)
          await tx
            .updateTable('contacts')
            .set({ company_id: link.company_id })
            .where('id', '=', link.id)
            .execute();
        await tx.updateTable('company_merges').set({ undone_at: at }).where('id', '=', mergeId).execute();
        await tx
          .updateTable('change_log')
          .set({ undone_at: at })
          .where('rule_id', '=', `company-merge:${mergeId}`)
          .execute();
        if (links.length > 0)
          await tx
            .insertInto('change_log')
            .values(
              links.map((l) =>
                logRow(
                  {
                    contact_id: l.id,
                    field: 'company_id',
                    before: merge.master_id,
                    after: l.company_id,
                    code: 'company.unmerged',
                    rule_id: `company-unmerge:${mergeId}`,
                    reason: `company merge ${mergeId} undone`,
                  },
                  { actor, channel: 'merge' },
                  at,
                ),
              ),
            )
            .execute();
      });
      return true;
    },
  };
}

export type CompanyService = ReturnType<typeof companyService>;
