/**
 * Runs: many records entering at once, as one undoable unit. An import (channel `import`) creates
 * each record through the gate; a sync (channel `sync`) brings records from a CRM by the CRM's own
 * ids: a record it sent before is updated, a new one created, and the id remembered. Every change of
 * a run carries its run id, so `undo run` takes the whole run back (records it created are withdrawn).
 */

import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { GateRecord } from '../gate/index.ts';
import type { Database } from '../store/schema.ts';
import type { RecordService, WriteContext, WriteResult } from './records.ts';

export type RunStatus = WriteResult['status'] | 'linked' | 'unchanged';

export interface RunItemResult {
  index: number;
  status: RunStatus;
  /** The stored contact (created, updated, linked, merged, or the existing one of a duplicate); the held record's id when quarantined. */
  id?: string;
  externalId?: string;
  /** What to correct, when the record was rejected or held. */
  errors?: { field: string; code: string; message: string }[];
}

export interface RunReport {
  runId: string;
  channel: 'import' | 'sync';
  /** How many records ended each way; they add up to the records sent. */
  counts: Partial<Record<RunStatus, number>>;
  results: RunItemResult[];
}

export interface SyncItem {
  externalId: string;
  fields: GateRecord;
}

/** Creates of one import in flight at once. */
const IN_FLIGHT = 16;

function errorsOf(r: WriteResult): RunItemResult['errors'] {
  return r.decision.findings
    .filter((f) => f.action === 'block' || f.action === 'quarantine')
    .map((f) => ({ field: f.field, code: f.code, message: f.message }));
}

function itemOf(index: number, r: WriteResult): RunItemResult {
  switch (r.status) {
    case 'created':
    case 'updated':
      return { index, status: r.unchanged ? 'unchanged' : r.status, id: r.contact.id };
    case 'merged':
      return { index, status: 'merged', id: r.contact.id };
    case 'duplicate':
      return { index, status: 'duplicate', id: r.existing.id };
    case 'quarantined':
      return { index, status: 'quarantined', id: r.quarantineId, errors: errorsOf(r) };
    case 'rejected':
      return { index, status: 'rejected', errors: errorsOf(r) };
  }
}

function report(runId: string, channel: RunReport['channel'], results: RunItemResult[]): RunReport {
  const counts: RunReport['counts'] = {};
  for (const r of results) counts[r.status] = (counts[r.status] ?? 0) + 1;
  return { runId, channel, counts, results };
}

export function runService(db: Kysely<Database>, records: RecordService, now: () => Date = () => new Date()) {
  /** Links a CRM id to a contact (replacing a link to a record that is no longer active). */
  async function link(source: string, externalId: string, contactId: string) {
    await db
      .insertInto('external_ids')
      .values({ source, external_id: externalId, contact_id: contactId, at: now().toISOString() })
      .onConflict((oc) =>
        oc.columns(['source', 'external_id']).doUpdateSet({ contact_id: contactId, at: now().toISOString() }),
      )
      .execute();
  }

  return {
    /** Creates each record through the gate on the import channel, as one run. */
    async importRecords(
      rows: readonly GateRecord[],
      ctx: { actor: string; runId?: string },
      onProgress?: (done: number) => void,
    ): Promise<RunReport> {
      const runId = ctx.runId ?? randomUUID();
      const write: WriteContext = { channel: 'import', actor: ctx.actor, runId };
      const results: RunItemResult[] = new Array(rows.length);
      // Several creates in flight: on SQLite they share commits (see group-commit.ts), on PostgreSQL
      // they use the pool. Two rows of one person still make one record (the identity keys decide).
      let next = 0;
      let done = 0;
      const lane = async () => {
        for (let i = next++; i < rows.length; i = next++) {
          results[i] = itemOf(i, await records.create(rows[i]!, write));
          onProgress?.(++done);
        }
      };
      await Promise.all(Array.from({ length: Math.min(IN_FLIGHT, rows.length) }, lane));
      return report(runId, 'import', results);
    },

    /**
     * Brings records from a CRM: by the CRM's id, an update of the contact it became, or a create. A
     * new CRM record of a person kempt already has (same mailbox, or phone and name) is linked to that
     * contact and updated, unless the contact is linked to another record of the same CRM: then the
     * CRM holds the person twice, which is reported as a duplicate.
     */
    async sync(
      source: string,
      items: readonly SyncItem[],
      ctx: { actor: string; runId?: string },
    ): Promise<RunReport> {
      const runId = ctx.runId ?? randomUUID();
      const write: WriteContext = { channel: 'sync', actor: ctx.actor, runId };
      const results: RunItemResult[] = [];
      for (let index = 0; index < items.length; index++) {
        const { externalId, fields } = items[index]!;
        const known = await db
          .selectFrom('external_ids')
          .innerJoin('contacts', 'contacts.id', 'external_ids.contact_id')
          .select(['contacts.id', 'contacts.status'])
          .where('external_ids.source', '=', source)
          .where('external_ids.external_id', '=', externalId)
          .executeTakeFirst();
        if (known?.status === 'active') {
          const r = await records.update(known.id, fields, write);
          results.push({ ...(r ? itemOf(index, r) : { index, status: 'rejected' as const }), externalId });
          continue;
        }
        const r = await records.create(fields, write);
        if (r.status === 'created' || r.status === 'merged') await link(source, externalId, r.contact.id);
        if (r.status === 'duplicate') {
          const other = await db
            .selectFrom('external_ids')
            .select('external_id')
            .where('source', '=', source)
            .where('contact_id', '=', r.existing.id)
            .where('external_id', '!=', externalId)
            .executeTakeFirst();
          if (!other) {
            await link(source, externalId, r.existing.id);
            const u = await records.update(r.existing.id, fields, write);
            const item = u ? itemOf(index, u) : itemOf(index, r);
            results.push({
              ...item,
              status: item.status === 'updated' || item.status === 'unchanged' ? 'linked' : item.status,
              externalId,
            });
            continue;
          }
        }
        results.push({ ...itemOf(index, r), externalId });
      }
      return report(runId, 'sync', results);
    },
  };
}

export type RunService = ReturnType<typeof runService>;
