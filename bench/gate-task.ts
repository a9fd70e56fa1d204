/**
 * The gate bench's row-pool task (see src/io/row-pool.ts): every row of a batch becomes a record and
 * passes the gate (checkMany, the records owned by the call, as the audit and clean run them); the
 * decisions are counted. Each thread counts its own; the bench adds them up.
 */

import type { Decision, DecisionAction } from '../src/gate/index.ts';
import { createGate } from '../src/gate/index.ts';
import type { RowTask } from '../src/io/row-pool.ts';
import { mapColumns } from '../src/record/mapping.ts';
import { rowToRecord } from '../src/record/view.ts';
import type { Channel, ResolvedConfig } from '../src/rules/config/index.ts';

export interface GateTaskInit {
  header: string[];
  config: ResolvedConfig;
  channel: Channel;
  now: number;
}

export interface GateCounts {
  records: number;
  actions: Record<DecisionAction, number>;
  changes: number;
}

export function emptyCounts(): GateCounts {
  return { records: 0, actions: { accept: 0, fix: 0, quarantine: 0, reject: 0 }, changes: 0 };
}

export function countDecision(counts: GateCounts, decision: Decision): void {
  counts.records++;
  counts.actions[decision.action]++;
  counts.changes += decision.changes.length;
}

export function addCounts(into: GateCounts, from: GateCounts): void {
  into.records += from.records;
  into.changes += from.changes;
  for (const k of Object.keys(from.actions) as DecisionAction[]) into.actions[k] += from.actions[k];
}

export function createRowTask(init: GateTaskInit): RowTask<null, GateCounts> {
  const toRecord = rowToRecord(mapColumns(init.header));
  const gate = createGate(init.config, { now: new Date(init.now) });
  const counts = emptyCounts();
  const ctx = { channel: init.channel };
  return {
    run(_rows, cells) {
      for (const decision of gate.checkMany(cells.map(toRecord), ctx, { owned: true }))
        countDecision(counts, decision);
      return null;
    },
    finish: () => counts,
  };
}
