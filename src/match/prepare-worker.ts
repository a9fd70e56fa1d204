/**
 * A worker that turns CSV rows into matching features (the costly part of reading a file for
 * matching: folding names, parsing phones, company keys). Replies with one array per feature.
 */

import { parentPort, workerData } from 'node:worker_threads';
import type { ContactField } from '../record/fields.ts';
import { mapColumns } from '../record/mapping.ts';
import { rowToRecord } from '../record/view.ts';
import { type Feature, featureBuilder, hashColumn } from './features.ts';

export interface PrepareInit {
  header: string[];
  overrides: [ContactField, number][];
  features: string[];
}

export type PrepareRequest = { seq: number; cells: string[][] };
export type PrepareReply = { seq: number; columns: Feature[][]; hashes: Int32Array[] };

const init = workerData as PrepareInit;
const toRecord = rowToRecord(mapColumns(init.header, new Map(init.overrides)));
const builder = featureBuilder(init.features);

parentPort!.on('message', ({ seq, cells }: PrepareRequest) => {
  const columns: Feature[][] = init.features.map(() => new Array(cells.length));
  for (let r = 0; r < cells.length; r++) {
    const values = builder.compute(toRecord(cells[r]!));
    for (let f = 0; f < values.length; f++) columns[f]![r] = values[f];
  }
  // The values' hashes are computed here, in parallel, so the main thread codes values without hashing
  // strings; the typed arrays are moved, not copied.
  const hashes = columns.map(hashColumn);
  parentPort!.postMessage(
    { seq, columns, hashes } satisfies PrepareReply,
    hashes.map((h) => h.buffer as ArrayBuffer),
  );
});
