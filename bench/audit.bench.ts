/**
 * Audit throughput on a generated 1M-row export, with baselines measured in the same run:
 *   - split only: the CSV reader alone (the floor: no check can be faster than reading),
 *   - csv-parse: the stack's default CSV parser, streaming, on the same file (why kempt has its own).
 * Usage: node bench/audit.bench.ts [rows=1000000] [workers=cores-1]
 */

import { execFileSync } from 'node:child_process';
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';
import { parse } from 'csv-parse';
import { openCsv } from '../src/io/csv/read.ts';
import { benchExport } from './bench-data.ts';

const rows = Number(process.argv[2] ?? 1_000_000);
const workers = Number(process.argv[3] ?? Math.max(1, availableParallelism() - 1));
const file = await benchExport(rows, (ms) =>
  console.log(`generated ${rows.toLocaleString('en')} rows in ${(ms / 1000).toFixed(1)} s`),
);
const mb = statSync(file).size / 1e6;

async function splitOnly(): Promise<number> {
  const t = performance.now();
  const csv = await openCsv(file);
  let n = 0;
  for await (const batch of csv.batches()) n += batch.length;
  return n / ((performance.now() - t) / 1000);
}

async function csvParse(): Promise<number> {
  const t = performance.now();
  let n = -1;
  for await (const _ of createReadStream(file).pipe(parse({ relax_column_count: true }))) n++;
  return n / ((performance.now() - t) / 1000);
}

/** The V8 flags the kempt binary runs with (its shebang line), so the bench measures what users get. */
const cliFlags = readFileSync(new URL('../bin/kempt.js', import.meta.url), 'utf8')
  .split('\n')[0]!
  .split(/\s+/)
  .filter((part) => part.startsWith('--'));

function audit(w: number) {
  const child = new URL('./audit-child.ts', import.meta.url).pathname;
  const out = execFileSync(process.execPath, [...cliFlags, child, file, String(w)], { encoding: 'utf8' });
  const r = JSON.parse(out) as { rows: number; ms: number; maxRssMiB: number };
  return { ...r, rowsPerSecond: r.rows / (r.ms / 1000) };
}

const fmt = (n: number) => Math.round(n).toLocaleString('en');
console.log(
  `file: ${rows.toLocaleString('en')} rows, ${mb.toFixed(0)} MB; machine: ${cpus().length} × ${cpus()[0]?.model}; node ${process.version}`,
);
console.log(`baseline split only:  ${fmt(await splitOnly())} rows/s`);
console.log(`baseline csv-parse:   ${fmt(await csvParse())} rows/s`);
for (const w of [...new Set([0, workers])]) {
  const r = audit(w);
  console.log(
    `audit, ${w} worker(s): ${fmt(r.rowsPerSecond)} rows/s, ${(r.ms / 1000).toFixed(1)} s, peak RSS ${fmt(r.maxRssMiB)} MiB`,
  );
}
