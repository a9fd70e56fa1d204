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
import { createGate } from '../src/gate/index.ts';
import { openCsv } from '../src/io/csv/read.ts';
import { preferThroughputHeap } from '../src/io/heap.ts';
import { runRowPool } from '../src/io/row-pool.ts';
import { mapColumns } from '../src/record/mapping.ts';
import { rowToRecord } from '../src/record/view.ts';
import { type Channel, defaultConfig } from '../src/rules/config/index.ts';
import { benchExport } from './bench-data.ts';
import {
  addCounts,
  countDecision,
  createRowTask,
  emptyCounts,
  type GateCounts,
  type GateTaskInit,
} from './gate-task.ts';

// The gate runs as `kempt clean` and `kempt import` run it: with their heap growth (src/io/heap.ts).
preferThroughputHeap();

const rows = Number(process.argv[2] ?? 1_000_000);
const channel = (process.argv[3] ?? 'import') as Channel;
const file = await benchExport(rows);

/** Records/s of a run that started at `started` and counted `counts` (records: every row read). */
function result(started: number, counts: GateCounts) {
  const seconds = (performance.now() - started) / 1000;
  return {
    ...counts,
    seconds,
    perSecond: counts.records / seconds,
    heapMiB: process.memoryUsage().rss / 2 ** 20,
  };
}

async function run(mode: 'none' | 'check' | 'checkMany') {
  const started = performance.now();
  const csv = await openCsv(file);
  const toRecord = rowToRecord(mapColumns(csv.header));
  const gate = createGate(defaultConfig(), { now: new Date('2026-11-01T00:00:00Z') });
  const counts = emptyCounts();
  for await (const batch of csv.batches()) {
    const records = batch.map((r) => toRecord(r.cells));
    if (mode === 'none') counts.records += records.length;
    else if (mode === 'check')
      for (const record of records) countDecision(counts, gate.check(record, { channel }));
    else for (const decision of gate.checkMany(records, { channel })) countDecision(counts, decision);
  }
  return result(started, counts);
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
  const counts = emptyCounts();
  for (const s of states) addCounts(counts, s);
  return result(started, counts);
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
