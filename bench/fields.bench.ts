/**
 * Cost of each field's checks under the shipped config, in µs per row, on a generated export (the
 * gate's hot path, one column at a time, automations and record rules included; the country column is analysed with each, as in the audit, and is measured alone too).
 * Usage: node bench/fields.bench.ts [rows=100000]   (generates bench/out/contacts-N.csv if missing)
 */

import { createGate } from '../src/gate/gate.ts';
import { rowGate } from '../src/gate/rows.ts';
import { openCsv } from '../src/io/csv/read.ts';
import type { ContactField } from '../src/record/fields.ts';
import { type ColumnMap, mapColumns } from '../src/record/mapping.ts';
import { defaultConfig } from '../src/rules/config/index.ts';
import { benchExport } from './bench-data.ts';

const rows = Number(process.argv[2] ?? 100_000);
const file = await benchExport(rows);

const csv = await openCsv(file);
const cells: string[][] = [];
for await (const batch of csv.batches()) for (const r of batch) cells.push(r.cells);
const map = mapColumns(csv.header);
const countryColumn = map.fields.get('country');

function only(field: ContactField, column: number): ColumnMap {
  const fields = new Map<ContactField, number>([[field, column]]);
  if (countryColumn !== undefined) fields.set('country', countryColumn);
  return {
    header: map.header,
    fields,
    byColumn: map.header.map((_, i) => (i === column || i === countryColumn ? map.byColumn[i]! : null)),
  };
}

let total = 0;
for (const [field, column] of map.fields) {
  if (field === 'id') continue;
  // A fresh gate per field: its memo starts empty, as in a real run.
  const gate = createGate(defaultConfig(), { now: new Date('2026-01-01T00:00:00Z') });
  const analyzeRow = rowGate(only(field, column), gate, { channel: 'cli' });
  const started = performance.now();
  for (let i = 0; i < cells.length; i += 256) analyzeRow.checkMany(cells.slice(i, i + 256));
  const us = ((performance.now() - started) * 1000) / cells.length;
  total += us;
  console.log(`${field.padEnd(18)} ${us.toFixed(2).padStart(7)} µs/row`);
}
console.log(`${'sum'.padEnd(18)} ${total.toFixed(2).padStart(7)} µs/row (country counted in every line)`);
