/**
 * Gate throughput: every row of the generated export becomes a record and passes the gate with the
 * shipped config on one channel, on one thread: record by record (`gate.check`, how the API will call
 * it) and a CSV batch at a time (`gate.checkMany`, how files run). Baseline in the same run: reading,
 * splitting and turning rows into records without the gate (the floor no gate can beat).
 * Usage: node bench/gate.bench.ts [rows=1000000] [channel=import]
 *
 * Also on both cores: the file's batches shared out by the row pool (src/io/row-pool.ts, what the
 * audit runs on) between worker threads, and the main thread when it has a share, each thread with
 * its own gate (the gate is pure: a record's decision does not depend on which thread made it).
 */

import { cpus } from 'node:os';
import type { Decision, DecisionAction } from '../src/gate/index.ts';
import { createGate } from '../src/gate/index.ts';
import { openCsv } from '../src/io/csv/read.ts';
import { runRowPool } from '../src/io/row-pool.ts';
import { mapColumns } from '../src/record/mapping.ts';
import { rowToRecord } from '../src/record/view.ts';
import { type Channel, defaultConfig } from '../src/rules/config/index.ts';
import { benchExport } from './bench-data.ts';
import { createRowTask, type GateCounts, type GateTaskInit } from './gate-task.ts';

const rows = Number(process.argv[2] ?? 1_000_000);
const channel = (process.argv[3] ?? 'import') as Channel;
const file = await benchExport(rows);

async function run(mode: 'none' | 'check' | 'checkMany') {
  const started = performance.now();
  const csv = await openCsv(file);
  const toRecord = rowToRecord(mapColumns(csv.header));
  const gate = createGate(defaultConfig(), { now: new Date('2026-11-01T00:00:00Z') });
  const actions: Record<DecisionAction, number> = { accept: 0, fix: 0, quarantine: 0, reject: 0 };
  let n = 0;
  let changes = 0;
  const count = (decision: Decision) => {
    actions[decision.action]++;
    changes += decision.changes.length;
  };
  for await (const batch of csv.batches()) {
    const records = batch.map((r) => toRecord(r.cells));
    n += records.length;
    if (mode === 'check') for (const record of records) count(gate.check(record, { channel }));
    else if (mode === 'checkMany')
      for (const decision of gate.checkMany(records, { channel })) count(decision);
  }
  const seconds = (performance.now() - started) / 1000;
  return {
    n,
    seconds,
    perSecond: n / seconds,
    actions,
    changes,
    heapMiB: process.memoryUsage().rss / 2 ** 20,
  };
}

/** The gate on worker threads (and the main thread when `local`), the decisions counted. */
async function runParallel(workers: number, local: boolean) {
  const started = performance.now();
  const csv = await openCsv(file);
  const init: GateTaskInit = {
    header: csv.header,
    config: defaultConfig(),
    channel,
    now: Date.parse('2026-11-01T00:00:00Z'),
  };
  const states = await runRowPool<null, GateCounts>(csv, {
    task: new URL('./gate-task.ts', import.meta.url),
    init,
    workers,
    ...(local ? { local: createRowTask(init) } : {}),
    onResult: () => {},
  });
  const seconds = (performance.now() - started) / 1000;
  const n = states.reduce((sum, s) => sum + s.records, 0);
  const actions: Record<DecisionAction, number> = { accept: 0, fix: 0, quarantine: 0, reject: 0 };
  for (const s of states)
    for (const k of Object.keys(actions) as DecisionAction[]) actions[k] += s.actions[k];
  const changes = states.reduce((sum, s) => sum + s.changes, 0);
  return {
    n,
    seconds,
    perSecond: n / seconds,
    actions,
    changes,
    heapMiB: process.memoryUsage().rss / 2 ** 20,
  };
}

const fmt = (x: number) => Math.round(x).toLocaleString('en');
console.log(`gate bench: ${fmt(rows)} rows, channel ${channel}, ${cpus().length} × ${cpus()[0]?.model}`);
const base = await run('none');
console.log(
  `baseline read + split + record: ${fmt(base.perSecond)} records/s (${base.seconds.toFixed(1)} s)`,
);
for (const mode of ['checkMany', 'check'] as const) {
  const r = await run(mode);
  console.log(
    `gate.${mode.padEnd(9)} shipped config: ${fmt(r.perSecond)} records/s (${r.seconds.toFixed(1)} s, RSS ${fmt(r.heapMiB)} MiB)`,
  );
  console.log(`  decisions ${JSON.stringify(r.actions)}, ${fmt(r.changes)} changes`);
}
for (const [workers, local] of [
  [1, true],
  [2, false],
] as const) {
  const r = await runParallel(workers, local);
  const how = `${workers} worker${workers > 1 ? 's' : ''}${local ? ' + main thread' : ', main thread reading'}`;
  console.log(
    `gate, ${how.padEnd(30)}: ${fmt(r.perSecond)} records/s (${r.seconds.toFixed(1)} s, main RSS ${fmt(r.heapMiB)} MiB)`,
  );
  console.log(`  decisions ${JSON.stringify(r.actions)}, ${fmt(r.changes)} changes`);
}
