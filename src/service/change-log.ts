/** Lines of the change log: what changed, who changed it through which channel (and run), and when. */

import type { Database } from '../store/schema.ts';

export type LogRow = Omit<Database['change_log'], 'id'>;

/** Who makes a change: the actor, the channel, and the run (an import, a sync) when there is one. */
export interface LogSource {
  actor: string;
  channel: string;
  runId?: string | undefined;
}

/** What changed, by which rule and why; how sure (`confidence`) is 1 unless a derived value says otherwise. */
export type LoggedChange = Pick<
  LogRow,
  'contact_id' | 'field' | 'before' | 'after' | 'code' | 'rule_id' | 'reason'
> & {
  confidence?: number;
};

/** One change-log line, standing until it is undone. */
export function logRow(change: LoggedChange, by: LogSource, at: string): LogRow {
  return {
    ...change,
    confidence: change.confidence ?? 1,
    actor: by.actor,
    channel: by.channel,
    run_id: by.runId ?? null,
    at,
    undone_at: null,
  };
}
