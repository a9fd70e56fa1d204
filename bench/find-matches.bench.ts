/**
 * Entry-time duplicate checks: `findMatches(record)` latency with 1M records indexed. The model is
 * trained on the generated export itself (as `kempt train` would); the first 10,000 rows are held out
 * as the incoming records and the rest are indexed. Reports p50/p99/max per lookup and the share of
 * held-out records that have a true duplicate among the indexed ones and find it.
 * Baseline in the same run: an exact lookup of the canonical email key in a Map (what a CRM's own
 * "same email" rule costs).
 * Usage: node --max-old-space-size=6000 bench/find-matches.bench.ts [rows=1000000] [queries=10000]
 */

import { createWriteStream, existsSync, mkdirSync } from 'node:fs';
import { cpus } from 'node:os';
import { writeContactsCsv } from '../src/generate/index.ts';
import { openCsv } from '../src/io/csv/read.ts';
import { loadForMatching } from '../src/match/dedupe-file.ts';
import {
  candidatePairs,
  createMatchIndex,
  createScorer,
  tableStatistics,
  trainModel,
} from '../src/match/index.ts';
import { mapColumns } from '../src/record/mapping.ts';
import { rowToRecord } from '../src/record/view.ts';

const rows = Number(process.argv[2] ?? 1_000_000);
const queries = Number(process.argv[3] ?? 10_000);
const out = new URL('./out/', import.meta.url).pathname;
mkdirSync(out, { recursive: true });
const file = `${out}match-${rows}.csv`;
if (!existsSync(file)) {
  const stream = createWriteStream(file);
  await writeContactsCsv({ seed: 'match', count: rows, headers: 'hubspot', truth: true }, stream);
  await new Promise<void>((resolve) => stream.end(resolve));
}

let t = performance.now();
const lap = () => {
  const ms = performance.now() - t;
  t = performance.now();
  return `${(ms / 1000).toFixed(1)} s`;
};
const loaded = await loadForMatching(file, undefined, { idColumn: 'Record ID', ignore: ['entity_id'] });
const pairs = candidatePairs(loaded.table, loaded.model.blocking, {
  maxBlockSize: loaded.model.max_block_size,
});
const scorer = createScorer(loaded.model, {
  left: loaded.table,
  right: loaded.table,
  ...tableStatistics(loaded.model, [loaded.table]),
});
const { model } = trainModel(loaded.model, loaded.table, scorer, pairs);
console.log(`trained on ${rows.toLocaleString('en')} records in ${lap()}`);

const csv = await openCsv(file);
const map = mapColumns(csv.header);
const toRecord = rowToRecord(map);
const entityAt = csv.header.indexOf('entity_id');
const idAt = csv.header.indexOf('Record ID');
const index = createMatchIndex({ model });
const held: { record: ReturnType<typeof toRecord>; entity: string }[] = [];
const entityOf = new Map<string, string>();
const byEmail = new Map<string, string>();
for await (const batch of csv.batches())
  for (const row of batch) {
    const record = toRecord(row.cells);
    if (held.length < queries) {
      held.push({ record, entity: row.cells[entityAt]! });
      continue;
    }
    const id = row.cells[idAt]!;
    index.add(id, record);
    entityOf.set(id, row.cells[entityAt]!);
    if (record.email) byEmail.set(record.email.trim().toLowerCase(), id);
  }
console.log(
  `indexed ${index.size.toLocaleString('en')} records in ${lap()}; heap ${Math.round(process.memoryUsage().heapUsed / 2 ** 20)} MiB, RSS ${Math.round(process.memoryUsage().rss / 2 ** 20)} MiB`,
);

const indexedEntities = new Set(entityOf.values());
const latencies: number[] = [];
let withDuplicate = 0;
let found = 0;
let wrong = 0;
for (const q of held) {
  const started = performance.now();
  const matches = index.findMatches(q.record);
  latencies.push(performance.now() - started);
  const has = indexedEntities.has(q.entity);
  if (has) withDuplicate++;
  if (matches.length > 0) {
    if (entityOf.get(matches[0]!.id) === q.entity) found++;
    else wrong++;
  }
}
latencies.sort((a, b) => a - b);
const pct = (p: number) =>
  latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))]!;
const baseline: number[] = [];
for (const q of held) {
  const started = performance.now();
  byEmail.get(q.record.email?.trim().toLowerCase() ?? '');
  baseline.push(performance.now() - started);
}
baseline.sort((a, b) => a - b);
console.log(
  `machine: ${cpus().length} × ${cpus()[0]?.model}; node ${process.version}; ${new Date().toISOString()}`,
);
console.log(
  `findMatches over ${index.size.toLocaleString('en')} records, ${queries.toLocaleString('en')} lookups: p50 ${pct(50).toFixed(3)} ms, p99 ${pct(99).toFixed(3)} ms, max ${latencies.at(-1)!.toFixed(1)} ms`,
);
console.log(
  `baseline (exact email Map lookup): p50 ${baseline[Math.floor(baseline.length / 2)]!.toFixed(4)} ms, p99 ${baseline[Math.floor(baseline.length * 0.99)]!.toFixed(4)} ms`,
);
console.log(
  `held-out records with a true duplicate indexed: ${withDuplicate}; its record found first: ${found} (${((100 * found) / Math.max(1, withDuplicate)).toFixed(1)}%); a wrong record reported: ${wrong}`,
);
