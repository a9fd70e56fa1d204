/**
 * The quarantine: records a rule held aside for a person. A reviewer releases one (corrected or as it
 * is: it is stored, passing the gate again, with the quarantine's own rules no longer holding it) or
 * rejects it (kept, marked rejected, never deleted: nothing is lost).
 */

import type { Kysely } from 'kysely';
import type { GateRecord } from '../gate/index.ts';
import type { Database } from '../store/schema.ts';
import type { RecordService, WriteContext, WriteResult } from './records.ts';

export interface HeldRecord {
  id: string;
  received: GateRecord;
  proposed: GateRecord;
  reasons: { code: string; field: string; message: string; action?: string }[];
  channel: string;
  actor: string;
  status: 'held' | 'released' | 'rejected';
  at: string;
  decidedAt: string | null;
  decidedBy: string | null;
}

type Row = Database['quarantine'];

function toHeld(row: Row): HeldRecord {
  return {
    id: row.id,
    received: JSON.parse(row.received),
    proposed: JSON.parse(row.proposed),
    reasons: JSON.parse(row.reasons),
    channel: row.channel,
    actor: row.actor,
    status: row.status,
    at: row.at,
    decidedAt: row.decided_at,
    decidedBy: row.decided_by,
  };
}

export type ReleaseResult = WriteResult | { status: 'not_held' };

export function quarantineService(
  db: Kysely<Database>,
  records: RecordService,
  now: () => Date = () => new Date(),
) {
  async function held(id: string): Promise<Row | undefined> {
    return db
      .selectFrom('quarantine')
      .selectAll()
      .where('id', '=', id)
      .where('status', '=', 'held')
      .executeTakeFirst();
  }
  async function decide(id: string, status: 'released' | 'rejected', actor: string) {
    await db
      .updateTable('quarantine')
      .set({ status, decided_at: now().toISOString(), decided_by: actor })
      .where('id', '=', id)
      .execute();
  }
  return {
    async list(status: HeldRecord['status'] = 'held', limit = 100): Promise<HeldRecord[]> {
      const rows = await db
        .selectFrom('quarantine')
        .selectAll()
        .where('status', '=', status)
        .orderBy('at')
        .orderBy('id')
        .limit(Math.max(1, Math.min(500, limit)))
        .execute();
      return rows.map(toHeld);
    },
    async get(id: string): Promise<HeldRecord | undefined> {
      const row = await db.selectFrom('quarantine').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? toHeld(row) : undefined;
    },
    /** Stores the held record (with the reviewer's corrections over what came in) and marks it released. */
    async release(id: string, ctx: WriteContext, corrections: GateRecord = {}): Promise<ReleaseResult> {
      const row = await held(id);
      if (!row) return { status: 'not_held' };
      const record = { ...(JSON.parse(row.received) as GateRecord), ...corrections };
      const result = await records.create(record, ctx, { reviewed: true });
      if (result.status === 'created') await decide(id, 'released', ctx.actor);
      return result;
    },
    async reject(id: string, actor: string): Promise<boolean> {
      if (!(await held(id))) return false;
      await decide(id, 'rejected', actor);
      return true;
    },
  };
}
