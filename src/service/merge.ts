/**
 * Merging duplicates: any number of records become one. The master is chosen by a rule (oldest, most
 * recently active, most complete, or named); each field takes its value by a rule (first non-empty
 * value, most recent, longest; union for emails and phones, the others kept in `custom.other_emails` /
 * `custom.other_phones`). A CRM's ids of the merged records (external ids) move to the master. A
 * preview shows the result without writing. Applying keeps a snapshot of
 * every row it touches, so `unmerge` puts each record back exactly as it was. "Not a duplicate"
 * decisions are remembered and refuse a later merge of the pair.
 */

import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { KemptError } from '../errors.ts';
import type { GateRecord } from '../gate/index.ts';
import type { Database } from '../store/schema.ts';
import { logRow } from './change-log.ts';
import { identityKeys, searchTextOf } from './records.ts';

export type MasterRule = 'oldest' | 'most_recent' | 'most_complete' | { id: string };
export type FieldRule = 'non_empty' | 'most_recent' | 'longest' | 'union';

export interface MergeOptions {
  master?: MasterRule;
  /** Per field; default `non_empty` (the master's value, else the most recent record's). */
  fields?: Partial<Record<string, FieldRule>>;
  actor: string;
}

export interface MergePlan {
  masterId: string;
  mergedIds: string[];
  fields: GateRecord;
  /** Field by field, which record the value came from. */
  sources: Record<string, string>;
}

type ContactRow = Database['contacts'];
type KeyRow = Database['contact_keys'];
type ExternalRow = Database['external_ids'];

const UNION_DEFAULTS: Readonly<Record<string, FieldRule>> = {
  email: 'union',
  phone: 'union',
  mobile: 'union',
};
const OTHER_FIELD: Readonly<Record<string, string>> = {
  email: 'custom.other_emails',
  phone: 'custom.other_phones',
  mobile: 'custom.other_phones',
};

function filled(fields: GateRecord): number {
  return Object.values(fields).filter((v) => v !== undefined && v.trim() !== '').length;
}

function chooseMaster(rows: readonly ContactRow[], rule: MasterRule): ContactRow {
  if (typeof rule === 'object') {
    const named = rows.find((r) => r.id === rule.id);
    if (!named) throw new KemptError('usage', `The master ${rule.id} is not one of the records to merge.`);
    return named;
  }
  // Ties go to the oldest record, then the smallest id: the same input always picks the same master.
  const oldest = (a: ContactRow, b: ContactRow) =>
    a.created_at !== b.created_at ? (a.created_at < b.created_at ? -1 : 1) : a.id < b.id ? -1 : 1;
  const order =
    rule === 'most_recent'
      ? (a: ContactRow, b: ContactRow) =>
          a.updated_at !== b.updated_at ? (a.updated_at > b.updated_at ? -1 : 1) : oldest(a, b)
      : rule === 'most_complete'
        ? (a: ContactRow, b: ContactRow) =>
            filled(JSON.parse(b.fields)) - filled(JSON.parse(a.fields)) || oldest(a, b)
        : oldest;
  return [...rows].sort(order)[0]!;
}

/** What the merge would store: the master's fields completed field by field from the others. */
export function planMerge(rows: readonly ContactRow[], options: MergeOptions): MergePlan {
  const master = chooseMaster(rows, options.master ?? 'oldest');
  const recent = [...rows].sort((a, b) => (a.updated_at < b.updated_at ? 1 : -1));
  const parsed = new Map(rows.map((r) => [r.id, JSON.parse(r.fields) as GateRecord]));
  const fields: GateRecord = {};
  const sources: Record<string, string> = {};
  const names = new Set(rows.flatMap((r) => Object.keys(parsed.get(r.id)!)));
  const others: Record<string, string[]> = {};
  for (const name of names) {
    const field = name as keyof GateRecord;
    const rule = options.fields?.[name] ?? UNION_DEFAULTS[name] ?? 'non_empty';
    const has = (r: ContactRow) => (parsed.get(r.id)![field] ?? '').trim() !== '';
    let from: ContactRow | undefined;
    if (rule === 'most_recent') from = recent.find(has);
    else if (rule === 'longest')
      from = [...rows]
        .filter(has)
        .sort((a, b) => parsed.get(b.id)![field]!.length - parsed.get(a.id)![field]!.length)[0];
    else from = has(master) ? master : recent.find(has);
    if (!from) continue;
    fields[field] = parsed.get(from.id)![field];
    sources[name] = from.id;
    if (rule === 'union' && OTHER_FIELD[name]) {
      const kept = fields[field]!.trim().toLowerCase();
      for (const r of recent) {
        const v = parsed.get(r.id)![field]?.trim();
        if (!v || v.toLowerCase() === kept) continue;
        const list = others[OTHER_FIELD[name]!] ?? [];
        list.push(v);
        others[OTHER_FIELD[name]!] = list;
      }
    }
  }
  for (const [name, values] of Object.entries(others)) {
    const existing = (fields[name as keyof GateRecord] ?? '')
      .split(';')
      .map((v) => v.trim())
      .filter(Boolean);
    fields[name as keyof GateRecord] = [...new Set([...existing, ...values])].join('; ');
  }
  return {
    masterId: master.id,
    mergedIds: rows.filter((r) => r.id !== master.id).map((r) => r.id),
    fields,
    sources,
  };
}

export function mergeService(db: Kysely<Database>, now: () => Date = () => new Date()) {
  const pair = (x: string, y: string) => (x < y ? { a: x, b: y } : { a: y, b: x });

  async function load(ids: readonly string[]): Promise<ContactRow[]> {
    const unique = [...new Set(ids)];
    if (unique.length < 2) throw new KemptError('usage', 'A merge needs two or more different records.');
    const rows = await db.selectFrom('contacts').selectAll().where('id', 'in', unique).execute();
    const missing = unique.filter((id) => !rows.some((r) => r.id === id && r.status === 'active'));
    if (missing.length > 0) throw new KemptError('usage', `Not active records: ${missing.join(', ')}.`);
    for (let i = 0; i < unique.length; i++)
      for (let j = i + 1; j < unique.length; j++) {
        const known = await db
          .selectFrom('not_duplicates')
          .select('a')
          .where('a', '=', pair(unique[i]!, unique[j]!).a)
          .where('b', '=', pair(unique[i]!, unique[j]!).b)
          .executeTakeFirst();
        if (known)
          throw new KemptError('usage', `${unique[i]} and ${unique[j]} were marked as not duplicates.`);
      }
    return rows;
  }

  return {
    /** The result of a merge, nothing written. */
    async preview(ids: readonly string[], options: MergeOptions): Promise<MergePlan> {
      return planMerge(await load(ids), options);
    },

    async merge(ids: readonly string[], options: MergeOptions): Promise<MergePlan & { mergeId: string }> {
      const rows = await load(ids);
      const plan = planMerge(rows, options);
      const id = randomUUID();
      const at = now().toISOString();
      await db.transaction().execute(async (tx) => {
        const keys = await tx
          .selectFrom('contact_keys')
          .selectAll()
          .where(
            'contact_id',
            'in',
            rows.map((r) => r.id),
          )
          .execute();
        // A CRM's records of the merged people now name the master: a later sync updates it.
        const external =
          plan.mergedIds.length === 0
            ? []
            : await tx
                .selectFrom('external_ids')
                .selectAll()
                .where('contact_id', 'in', plan.mergedIds)
                .execute();
        await tx
          .insertInto('merges')
          .values({
            id,
            master_id: plan.masterId,
            merged_ids: JSON.stringify(plan.mergedIds),
            snapshot: JSON.stringify({ rows, keys, external }),
            actor: options.actor,
            at,
            undone_at: null,
          })
          .execute();
        const master = rows.find((r) => r.id === plan.masterId)!;
        // The master works where its company value says: the link comes from the record that value came from.
        const companyFrom = rows.find((r) => r.id === plan.sources.company);
        await tx
          .updateTable('contacts')
          .set({
            fields: JSON.stringify(plan.fields),
            version: Number(master.version) + 1,
            updated_at: at,
            company_id: companyFrom ? companyFrom.company_id : master.company_id,
            search_text: searchTextOf(plan.fields),
          })
          .where('id', '=', plan.masterId)
          .execute();
        await tx
          .updateTable('contacts')
          .set({ status: 'merged', updated_at: at })
          .where('id', 'in', plan.mergedIds)
          .execute();
        if (external.length > 0)
          await tx
            .updateTable('external_ids')
            .set({ contact_id: plan.masterId })
            .where('contact_id', 'in', plan.mergedIds)
            .execute();
        // The master answers for every identity of the merged records: a re-import of any of them finds it.
        await tx
          .deleteFrom('contact_keys')
          .where(
            'contact_id',
            'in',
            rows.map((r) => r.id),
          )
          .execute();
        const all = new Set([...keys.map((k) => k.key), ...identityKeys(plan.fields)]);
        if (all.size > 0)
          await tx
            .insertInto('contact_keys')
            .values([...all].map((key) => ({ key, contact_id: plan.masterId })))
            .execute();
        const before = JSON.parse(master.fields) as GateRecord;
        const changes = Object.keys(plan.fields)
          .filter((f) => before[f as keyof GateRecord] !== plan.fields[f as keyof GateRecord])
          .map((f) =>
            logRow(
              {
                contact_id: plan.masterId,
                field: f,
                before: before[f as keyof GateRecord] ?? null,
                after: plan.fields[f as keyof GateRecord] ?? null,
                code: 'record.merged',
                rule_id: `merge:${id}`,
                reason: `merged from ${plan.sources[f] ?? 'the merged records'}`,
              },
              { actor: options.actor, channel: 'merge' },
              at,
            ),
          );
        if (changes.length > 0) await tx.insertInto('change_log').values(changes).execute();
      });
      return { ...plan, mergeId: id };
    },

    /** Puts every record of a merge back exactly as it was before it. */
    async unmerge(mergeId: string, actor: string): Promise<boolean> {
      const merge = await db.selectFrom('merges').selectAll().where('id', '=', mergeId).executeTakeFirst();
      if (!merge || merge.undone_at !== null) return false;
      const {
        rows,
        keys,
        external = [],
      } = JSON.parse(merge.snapshot) as { rows: ContactRow[]; keys: KeyRow[]; external?: ExternalRow[] };
      await db.transaction().execute(async (tx) => {
        const ids = rows.map((r) => r.id);
        await tx.deleteFrom('contact_keys').where('contact_id', 'in', ids).execute();
        for (const row of rows) {
          const { id, ...rest } = row;
          await tx.updateTable('contacts').set(rest).where('id', '=', id).execute();
        }
        if (keys.length > 0) await tx.insertInto('contact_keys').values(keys).execute();
        for (const link of external)
          await tx
            .updateTable('external_ids')
            .set({ contact_id: link.contact_id, at: link.at })
            .where('source', '=', link.source)
            .where('external_id', '=', link.external_id)
            .execute();
        await tx
          .updateTable('merges')
          .set({ undone_at: now().toISOString() })
          .where('id', '=', mergeId)
          .execute();
        const at = now().toISOString();
        await tx
          .updateTable('change_log')
          .set({ undone_at: at })
          .where('rule_id', '=', `merge:${mergeId}`)
          .execute();
        await tx
          .insertInto('change_log')
          .values(
            rows.map((r) =>
              logRow(
                {
                  contact_id: r.id,
                  field: '*',
                  before: null,
                  after: null,
                  code: 'record.unmerged',
                  rule_id: `unmerge:${mergeId}`,
                  reason: `merge ${mergeId} undone: the record is back as it was`,
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

    async markNotDuplicate(x: string, y: string, actor: string): Promise<void> {
      if (x === y) throw new KemptError('usage', 'A record is always its own duplicate.');
      const p = pair(x, y);
      const known = await db
        .selectFrom('not_duplicates')
        .select('a')
        .where('a', '=', p.a)
        .where('b', '=', p.b)
        .executeTakeFirst();
      if (!known)
        await db
          .insertInto('not_duplicates')
          .values({ ...p, actor, at: now().toISOString() })
          .execute();
    },
  };
}
