/**
 * Undo: every change in the change log can be taken back — one change, all of a record's changes
 * since a time, or a whole run (an import, a sync). Undo writes the `before` value back, newest change
 * first, and logs the undo as a change of its own; it does not pass the gate again (the gate would
 * redo the very fix being undone). A change whose field has moved on since (someone edited it after)
 * is not overwritten: it is reported as a conflict, and nothing of that change is touched.
 */

import type { Kysely, Transaction } from 'kysely';
import { countryCode } from '../fields/country/index.ts';
import type { GateRecord } from '../gate/index.ts';
import type { Database } from '../store/schema.ts';
import { logRow } from './change-log.ts';
import { companyOfValue, companyService } from './companies.ts';
import { identityKeys, searchTextOf } from './records.ts';

export interface UndoContext {
  actor: string;
  channel: string;
}

export interface UndoReport {
  undone: number[];
  /** Changes left alone because the field holds another value now. */
  conflicts: { change: number; field: string; expected: string | null; found: string | null }[];
}

type Row = Database['change_log'] & { id: number };

export function undoService(db: Kysely<Database>, now: () => Date = () => new Date()) {
  async function undoRows(
    tx: Transaction<Database>,
    rows: readonly Row[],
    ctx: UndoContext,
  ): Promise<UndoReport> {
    const report: UndoReport = { undone: [], conflicts: [] };
    const at = now().toISOString();
    // Newest first, so that a field changed twice ends with its oldest value.
    const ordered = [...rows].sort((a, b) => Number(b.id) - Number(a.id));
    const records = new Map<string, { fields: GateRecord; version: number }>();
    const withdrawn = new Set<string>();
    for (const row of ordered) {
      if (row.code === 'record.created') {
        // Created by the run being undone: withdrawn, unless someone changed it since outside the run.
        const later = await tx
          .selectFrom('change_log')
          .select('id')
          .where('contact_id', '=', row.contact_id)
          .where('id', '>', row.id)
          .where('undone_at', 'is', null)
          .where('code', '!=', 'change.undone')
          .where((eb) => eb.or([eb('run_id', 'is', null), eb('run_id', '!=', row.run_id ?? '')]))
          .executeTakeFirst();
        if (later) {
          report.conflicts.push({
            change: Number(row.id),
            field: '*',
            expected: null,
            found: 'changed since',
          });
          continue;
        }
        await tx.updateTable('change_log').set({ undone_at: at }).where('id', '=', row.id).execute();
        withdrawn.add(row.contact_id);
        report.undone.push(Number(row.id));
        continue;
      }
      let rec = records.get(row.contact_id);
      if (!rec) {
        const c = await tx
          .selectFrom('contacts')
          .select(['fields', 'version'])
          .where('id', '=', row.contact_id)
          .executeTakeFirst();
        if (!c) continue;
        rec = { fields: JSON.parse(c.fields) as GateRecord, version: Number(c.version) };
        records.set(row.contact_id, rec);
      }
      const field = row.field as keyof GateRecord;
      const found = rec.fields[field] ?? null;
      if ((found ?? null) !== (row.after ?? null)) {
        report.conflicts.push({ change: Number(row.id), field: row.field, expected: row.after, found });
        continue;
      }
      if (row.before === null || row.before === '') delete rec.fields[field];
      else rec.fields[field] = row.before;
      await tx.updateTable('change_log').set({ undone_at: at }).where('id', '=', row.id).execute();
      await tx
        .insertInto('change_log')
        .values(
          logRow(
            {
              contact_id: row.contact_id,
              field: row.field,
              before: row.after,
              after: row.before,
              code: 'change.undone',
              rule_id: `undo:${row.id}`,
              reason: `undid change ${row.id} (${row.code})`,
            },
            ctx,
            at,
          ),
        )
        .execute();
      report.undone.push(Number(row.id));
    }
    for (const id of withdrawn) {
      if (records.has(id)) continue;
      const c = await tx
        .selectFrom('contacts')
        .select(['fields', 'version'])
        .where('id', '=', id)
        .executeTakeFirst();
      if (c) records.set(id, { fields: JSON.parse(c.fields) as GateRecord, version: Number(c.version) });
    }
    const companies = companyService(tx, now);
    for (const [id, rec] of records) {
      // The company link follows the company value put back.
      const identity = companyOfValue(rec.fields.company, countryCode(rec.fields.country ?? ''));
      const companyId = identity ? await companies.resolve(identity) : null;
      await tx
        .updateTable('contacts')
        .set({
          fields: JSON.stringify(rec.fields),
          version: rec.version + 1,
          updated_at: at,
          company_id: companyId,
          search_text: searchTextOf(rec.fields),
          ...(withdrawn.has(id) ? { status: 'withdrawn' as const } : {}),
        })
        .where('id', '=', id)
        .execute();
      // The identity keys follow the values put back (an email restored is this record's again).
      await tx.deleteFrom('contact_keys').where('contact_id', '=', id).execute();
      const keys = withdrawn.has(id) ? [] : identityKeys(rec.fields);
      if (keys.length > 0)
        await tx
          .insertInto('contact_keys')
          .values(keys.map((key) => ({ key, contact_id: id })))
          .execute();
    }
    return report;
  }

  const pending = () =>
    db
      .selectFrom('change_log')
      .selectAll()
      .where('undone_at', 'is', null)
      .where('code', '!=', 'change.undone');

  return {
    /** Undo one change. */
    async change(id: number, ctx: UndoContext): Promise<UndoReport> {
      const rows = (await pending().where('id', '=', id).execute()) as Row[];
      return db.transaction().execute((tx) => undoRows(tx, rows, ctx));
    },
    /** Undo a record's changes made at or after `since`. */
    async recordSince(contactId: string, since: Date, ctx: UndoContext): Promise<UndoReport> {
      const rows = (await pending()
        .where('contact_id', '=', contactId)
        .where('at', '>=', since.toISOString())
        .execute()) as Row[];
      return db.transaction().execute((tx) => undoRows(tx, rows, ctx));
    },
    /** Undo every change of a run (an import, a sync). */
    async run(runId: string, ctx: UndoContext): Promise<UndoReport> {
      const rows = (await pending().where('run_id', '=', runId).execute()) as Row[];
      return db.transaction().execute((tx) => undoRows(tx, rows, ctx));
    },
  };
}
