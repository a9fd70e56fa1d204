/**
 * Duplicate finder accuracy and speed. Accuracy: pairwise precision, recall and F1 of the clusters
 * (pairs of records sharing a cluster) against the truth, on ../shared/datasets (Febrl 1–2, Splink
 * fake_1000) and on generated dirty multilingual contacts. The truth columns are left out of matching
 * (--ignore). Every model is trained on the file itself without labels. Baseline in the same run: exact
 * matching on the canonical email key or E.164 phone (what a CRM's own duplicate rule does).
 * Speed: the same on a large generated export, with each phase's time, the candidate pairs per
 * blocking rule and the peak RSS.
 * Usage: node --max-old-space-size=6000 bench/match.bench.ts [generated=20000] [speedRows=0 (e.g. 1000000)]
 */

import { createWriteStream, existsSync, mkdirSync } from 'node:fs';
import { cpus } from 'node:os';
import { evaluatePairs, writeContactsCsv } from '../src/generate/index.ts';
import { openCsv } from '../src/io/csv/read.ts';
import { dedupeFile, loadForMatching } from '../src/match/dedupe-file.ts';

/** The baseline: records sharing a canonical email key or an E.164 number are one (a CRM's own rule). */
async function baselinePairs(file: string, id: string, ignore: string[]): Promise<[number, number][]> {
  const { table } = await loadForMatching(file, undefined, { idColumn: id, ignore, workers: 0 });
  const keys = ['email_key', 'phone', 'mobile']
    .filter((f) => table.columns.has(f))
    .map((f) => table.column(f));
  const parent = Array.from({ length: table.size }, (_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) x = parent[x]!;
    return x;
  };
  for (const column of keys) {
    const first = new Map<string, number>();
    column.forEach((v, i) => {
      if (v === undefined) return;
      const f = first.get(v);
      if (f === undefined) first.set(v, i);
      else parent[find(i)] = find(f);
    });
  }
  const groups = new Map<number, number[]>();
  for (let i = 0; i < table.size; i++) {
    const r = find(i);
    const g = groups.get(r);
    if (g) g.push(i);
    else groups.set(r, [i]);
  }
  const pairs: [number, number][] = [];
  for (const g of groups.values())
    for (let a = 0; a < g.length; a++) for (let b = a + 1; b < g.length; b++) pairs.push([g[a]!, g[b]!]);
  return pairs;
}

const generated = Number(process.argv[2] ?? 20_000);
const generatedLarge = 200_000;
const speedRows = Number(process.argv[3] ?? 0);
const shared = new URL('../../shared/datasets/', import.meta.url).pathname;
const out = new URL('./out/', import.meta.url).pathname;
mkdirSync(out, { recursive: true });

async function column(path: string, name: string): Promise<string[]> {
  const csv = await openCsv(path);
  const i = csv.header.findIndex((h) => h.trim() === name);
  const values: string[] = [];
  for await (const batch of csv.batches()) for (const r of batch) values.push((r.cells[i] ?? '').trim());
  return values;
}

/** Pairs of rows sharing a cluster, from clusters.csv (same row order as the input). */
async function predictedPairs(clustersCsv: string): Promise<[number, number][]> {
  const clusters = await column(clustersCsv, 'cluster_id');
  const byCluster = new Map<string, number[]>();
  clusters.forEach((c, row) => {
    const g = byCluster.get(c);
    if (g) g.push(row);
    else byCluster.set(c, [row]);
  });
  const pairs: [number, number][] = [];
  for (const g of byCluster.values())
    for (let i = 0; i < g.length; i++) for (let j = i + 1; j < g.length; j++) pairs.push([g[i]!, g[j]!]);
  return pairs;
}

async function generatedFile(rows: number): Promise<string> {
  const file = `${out}match-${rows}.csv`;
  if (!existsSync(file)) {
    const stream = createWriteStream(file);
    await writeContactsCsv({ seed: 'match', count: rows, headers: 'hubspot', truth: true }, stream);
    await new Promise<void>((resolve) => stream.end(resolve));
  }
  return file;
}

interface Case {
  name: string;
  file: string;
  id: string;
  ignore: string[];
  truth: (file: string) => Promise<string[]>;
}

const cases: Case[] = [
  {
    name: 'Febrl dataset1 (1,000)',
    file: `${shared}febrl/dataset1.csv`,
    id: 'rec_id',
    ignore: [],
    truth: async (f) => (await column(f, 'rec_id')).map((id) => id.split('-')[1]!),
  },
  {
    name: 'Febrl dataset2 (5,000)',
    file: `${shared}febrl/dataset2.csv`,
    id: 'rec_id',
    ignore: [],
    truth: async (f) => (await column(f, 'rec_id')).map((id) => id.split('-')[1]!),
  },
  {
    name: 'Splink fake_1000',
    file: `${shared}splink/fake_1000.csv`,
    id: 'unique_id',
    ignore: ['cluster'],
    truth: (f) => column(f, 'cluster'),
  },
  ...[generated, generatedLarge].map((n) => ({
    name: `kempt generator (${n.toLocaleString('en')}, seed "match")`,
    file: `${out}match-${n}.csv`,
    id: 'Record ID',
    ignore: ['entity_id'],
    truth: (f: string) => column(f, 'entity_id'),
  })),
];
for (const n of [generated, generatedLarge]) await generatedFile(n);

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
console.log(
  `machine: ${cpus().length} × ${cpus()[0]?.model}; node ${process.version}; ${new Date().toISOString()}`,
);
console.log(
  '| data | records | candidate pairs | precision | recall | F1 | time | baseline F1 (same email or phone) |',
);
console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
for (const c of cases) {
  if (!existsSync(c.file)) {
    console.log(`| ${c.name} | missing: ${c.file} |`);
    continue;
  }
  const clustersOut = `${out}clusters-${c.name.replace(/\W+/g, '-')}.csv`;
  const s = await dedupeFile(c.file, { clustersOut, idColumn: c.id, ignore: c.ignore });
  const truth = await c.truth(c.file);
  const e = evaluatePairs(await predictedPairs(clustersOut), truth);
  const base = evaluatePairs(await baselinePairs(c.file, c.id, c.ignore), truth);
  console.log(
    `| ${c.name} | ${s.records.toLocaleString('en')} | ${s.candidatePairs.toLocaleString('en')} | ${pct(e.precision)} | ${pct(e.recall)} | ${pct(e.f1)} | ${(s.timingsMs.total / 1000).toFixed(1)} s | ${pct(base.f1)} |`,
  );
  for (const w of s.warnings) console.log(`  warning: ${w}`);
}

if (speedRows > 0) {
  const file = await generatedFile(speedRows);
  const started = performance.now();
  const clustersOut = `${out}clusters-speed.csv`;
  const s = await dedupeFile(file, { clustersOut, idColumn: 'Record ID', ignore: ['entity_id'] });
  const ms = performance.now() - started;
  console.log(
    `\nspeed: ${speedRows.toLocaleString('en')} records in ${(ms / 1000).toFixed(1)} s, peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MiB`,
  );
  console.log(`phases (ms): ${JSON.stringify(s.timingsMs)}`);
  console.log(`candidate pairs: ${s.candidatePairs.toLocaleString('en')}`);
  for (const r of s.blocking)
    console.log(
      `  ${r.name}: ${r.pairs.toLocaleString('en')} pairs, largest block ${r.largestBlock}, skipped ${r.skippedBlocks}`,
    );
  // Scored after the timing: reading the truth back is the benchmark's work, not the finder's.
  const e = evaluatePairs(await predictedPairs(clustersOut), await column(file, 'entity_id'));
  console.log(`accuracy: precision ${pct(e.precision)}, recall ${pct(e.recall)}, F1 ${pct(e.f1)}`);
}
