/**
 * Cost of each field module alone, in µs per row, on a generated export: one column at a time, every
 * value through the analyzer the gate picks for its field (the record's country given, as in the
 * gate). No memo, no rules, no automations: what the field checks themselves cost. The gate's own
 * figures are in gate.bench.ts.
 * Usage: node bench/fields.bench.ts [rows=100000]   (generates bench/out/contacts-N.csv if missing)
 */

import { countryCode } from '../src/fields/country/index.ts';
import { analyzerFor, runAnalyzer } from '../src/gate/index.ts';
import { openCsv } from '../src/io/csv/read.ts';
import { mapColumns } from '../src/record/mapping.ts';
import { benchExport } from './bench-data.ts';

const rows = Number(process.argv[2] ?? 100_000);
const file = await benchExport(rows);

const csv = await openCsv(file);
const cells: string[][] = [];
for await (const batch of csv.batches()) for (const r of batch) cells.push(r.cells);
const map = mapColumns(csv.header);
const countryColumn = map.fields.get('country');
const countries = cells.map((row) =>
  countryColumn === undefined ? undefined : countryCode(row[countryColumn] ?? ''),
);

let total = 0;
const now = new Date('2026-01-01T00:00:00Z');
for (const [field, column] of map.fields) {
  const analyzer = analyzerFor(field, undefined, undefined, { now });
  if (!analyzer) continue;
  const started = performance.now();
  for (let r = 0; r < cells.length; r++) {
    const value = cells[r]![column];
    if (!value) continue;
    const country = countries[r];
    runAnalyzer(analyzer.analyze, value, country === undefined ? { field } : { field, country });
  }
  const us = ((performance.now() - started) * 1000) / cells.length;
  total += us;
  console.log(`${field.padEnd(18)} ${us.toFixed(2).padStart(7)} µs/row`);
}
console.log(`${'sum'.padEnd(18)} ${total.toFixed(2).padStart(7)} µs/row`);
