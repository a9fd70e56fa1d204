/**
 * `kempt dedupe` and `kempt train` on a file: read the export (streaming, straight into the feature
 * table), pick the model (given, or the presets fitted to the file's columns), run the finder, and
 * write clusters.csv (every record, singletons included) and pairs.csv (scored pairs, explained).
 */

import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { KemptError } from '../errors.ts';
import type { Encoding } from '../io/csv/encoding.ts';
import { type CsvFile, type CsvRow, openCsv } from '../io/csv/read.ts';
import { CsvWriter } from '../io/csv/write.ts';
import type { ContactField } from '../record/fields.ts';
import { type ColumnMap, mapColumns } from '../record/mapping.ts';
import { rowToRecord } from '../record/view.ts';
import { type DedupeOptions, type DedupeResult, dedupeTable } from './dedupe.ts';
import {
  CONTACT_FEATURES,
  CUSTOM_PREFIX,
  customFeature,
  FEATURE_SOURCES,
  type FeatureBuilder,
  type FeatureTable,
  featureBuilder,
} from './features.ts';
import { type MatchModel, modelFeatures, modelOrThrow } from './model.ts';
import type { PrepareInit, PrepareReply } from './prepare-worker.ts';
import { presetFeatures, presetModel } from './presets.ts';

/** Below this size starting workers (each loads the field modules) costs more than it saves. */
const WORKERS_FROM_BYTES = 8 << 20;
const IN_FLIGHT_PER_WORKER = 2;

/**
 * Features computed on worker threads, batch by batch, appended in file order. The main thread only
 * reads and splits the file, which is cheap next to folding names and parsing phone numbers.
 */
async function prepareInWorkers(
  csv: CsvFile,
  init: PrepareInit,
  count: number,
  builder: FeatureBuilder,
  ids: string[],
  idOf: (row: CsvRow) => string,
): Promise<void> {
  const workers = Array.from(
    { length: count },
    () => new Worker(new URL('./prepare-worker-entry.ts', import.meta.url), { workerData: init }),
  );
  const busy = workers.map(() => 0);
  const pending = new Map<number, PrepareReply>();
  let next = 0;
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  workers.forEach((w, i) => {
    w.on('message', (reply: PrepareReply) => {
      busy[i]!--;
      pending.set(reply.seq, reply);
      for (let ready = pending.get(next); ready; ready = pending.get(next)) {
        pending.delete(next++);
        builder.addColumns(ready.columns, ready.hashes);
      }
      wake?.();
    });
    w.on('error', (error) => {
      failure = error;
      wake?.();
    });
  });
  const waitForReply = () =>
    new Promise<void>((resolve) => {
      wake = resolve;
    });
  try {
    let seq = 0;
    for await (const batch of csv.batches()) {
      for (const row of batch) ids.push(idOf(row));
      let free = busy.findIndex((n) => n < IN_FLIGHT_PER_WORKER);
      while (free < 0 && !failure) {
        await waitForReply();
        free = busy.findIndex((n) => n < IN_FLIGHT_PER_WORKER);
      }
      if (failure) throw failure;
      busy[free]!++;
      workers[free]!.postMessage({ seq: seq++, cells: batch.map((r) => r.cells) });
    }
    while (next < seq && !failure) await waitForReply();
    if (failure) throw failure;
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

export interface FileInputOptions {
  mapping?: (header: readonly string[]) => ReadonlyMap<ContactField, number>;
  encoding?: Encoding;
  delimiter?: string;
  /** The column that identifies records (default: the mapped id column, else the row number). */
  idColumn?: string;
  /** Columns to leave out of matching (a ground-truth column, say). */
  ignore?: readonly string[];
  /** Threads preparing features; 0 = on the main thread. Default: one per core for files over 8 MB. */
  workers?: number;
  onProgress?: (bytesRead: number, totalBytes: number) => void;
}

export interface LoadedFile {
  path: string;
  header: readonly string[];
  map: ColumnMap;
  ids: string[];
  table: FeatureTable;
  model: MatchModel;
  delimiter: string;
}

function idColumnOf(path: string, header: readonly string[], map: ColumnMap, idColumn?: string): number {
  if (idColumn === undefined) return map.fields.get('id') ?? -1;
  const i = header.indexOf(idColumn);
  if (i < 0)
    throw new KemptError('usage', `--id ${idColumn}: no column named "${idColumn}" in ${path}.`, {
      file: path,
    });
  return i;
}

/** Reads a file into a feature table, with the model to use (given, else fitted presets). */
export async function loadForMatching(
  path: string,
  given: MatchModel | undefined,
  options: FileInputOptions = {},
): Promise<LoadedFile> {
  const csv = await openCsv(path, {
    encoding: options.encoding,
    delimiter: options.delimiter,
    onBytes: (bytes) => options.onProgress?.(bytes, csv.size),
  });
  const overrides = options.mapping?.(csv.header) ?? new Map<ContactField, number>();
  const map = mapColumns(csv.header, overrides);
  const idAt = idColumnOf(path, csv.header, map, options.idColumn);
  const ignored = new Set(options.ignore ?? []);
  for (const name of ignored)
    if (!csv.header.includes(name))
      throw new KemptError('usage', `--ignore ${name}: no column named "${name}" in ${path}.`, {
        file: path,
      });
  const mapped = new Set(map.fields.keys());
  const available = new Set(
    CONTACT_FEATURES.filter((f) => FEATURE_SOURCES[f].some((src) => mapped.has(src as ContactField))),
  );
  const customHeaders = csv.header.filter(
    (h, i) => map.byColumn[i] === null && i !== idAt && !ignored.has(h) && h.trim() !== '',
  );
  const features = given
    ? modelFeatures(given)
    : [...presetFeatures(available), ...customHeaders.map((h) => customFeature(h))];
  if (given) missingColumnsOrThrow(path, given, available, new Set(customHeaders));
  const builder = featureBuilder(features);
  const ids: string[] = [];
  const idOf = (row: CsvRow) => (idAt >= 0 ? (row.cells[idAt] ?? '') : String(row.row));
  const workers = options.workers ?? (csv.size >= WORKERS_FROM_BYTES ? availableParallelism() : 0);
  if (workers > 0)
    await prepareInWorkers(
      csv,
      { header: csv.header, overrides: [...overrides], features },
      workers,
      builder,
      ids,
      idOf,
    );
  else {
    const toRecord = rowToRecord(map);
    for await (const batch of csv.batches())
      for (const row of batch) {
        builder.add(toRecord(row.cells));
        ids.push(idOf(row));
      }
  }
  if (ids.length === 0)
    throw new KemptError(
      'file_empty',
      `${path} has a header but no records.`,
      { file: path },
      'Export the data again.',
    );
  const table = builder.table();
  const model =
    given ??
    presetModel({
      available,
      custom: new Map(customHeaders.map((h) => [h, table.column(customFeature(h))])),
      records: table.size,
    });
  if (model.blocking.length === 0)
    throw new KemptError(
      'match_input',
      `${path}: no blocking rule fits its columns, so kempt cannot choose which records to compare.`,
      { file: path },
      'Map the name, email or phone columns with --map, or give a model with blocking rules on columns the file has.',
    );
  return { path, header: csv.header, map, ids, table, model, delimiter: csv.delimiter };
}

function missingColumnsOrThrow(
  path: string,
  model: MatchModel,
  available: ReadonlySet<string>,
  custom: ReadonlySet<string>,
): void {
  const missing = modelFeatures(model).filter((f) =>
    f.startsWith(CUSTOM_PREFIX) ? !custom.has(f.slice(CUSTOM_PREFIX.length)) : !available.has(f),
  );
  if (missing.length === 0) return;
  const describe = (f: string) =>
    f.startsWith(CUSTOM_PREFIX)
      ? `column "${f.slice(CUSTOM_PREFIX.length)}"`
      : `${f} (from ${FEATURE_SOURCES[f as keyof typeof FEATURE_SOURCES].join(' or ')})`;
  throw new KemptError(
    'match_input',
    `${path} lacks what the model compares: ${missing.map(describe).join('; ')}.`,
    { file: path },
    'Map the columns with --map field=Header, or train a model on a file with these columns.',
  );
}

export function readModelOrThrow(path: string): MatchModel {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new KemptError('file_not_found', `Cannot read the model ${path}: ${(error as Error).message}`, {
      file: path,
    });
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new KemptError('model_invalid', `${path} is not JSON: ${(error as Error).message}`, { file: path });
  }
  return modelOrThrow(data, path);
}

export interface DedupeSummary {
  records: number;
  clusters: number;
  /** Records that belong to a cluster of two or more. */
  recordsInClusters: number;
  /** Records that would go if every cluster were merged into one record. */
  duplicateRecords: number;
  largestCluster: number;
  splitComponents: number;
  candidatePairs: number;
  pairsKept: number;
  threshold: number;
  prior: number;
  trained: boolean;
  blocking: DedupeResult['rules'];
  timingsMs: DedupeResult['timings'] & { read: number; write: number; total: number };
  warnings: string[];
}

export interface DedupeFileOptions extends FileInputOptions, DedupeOptions {
  model?: MatchModel;
  clustersOut: string;
  pairsOut?: string;
  /** Write the model used (trained on this file when it came untrained) here. */
  modelOut?: string;
}

export async function dedupeFile(path: string, options: DedupeFileOptions): Promise<DedupeSummary> {
  const started = performance.now();
  const loaded = await loadForMatching(path, options.model, options);
  const read = performance.now() - started;
  const result = dedupeTable(loaded.table, loaded.model, options);
  const t = performance.now();
  await writeClusters(options.clustersOut, loaded, result);
  if (options.pairsOut) await writePairs(options.pairsOut, loaded, result);
  if (options.modelOut) await writeModel(options.modelOut, result.model);
  const write = performance.now() - t;
  const sizes = new Map<number, number>();
  for (const c of result.clustering.clusterOf) sizes.set(c, (sizes.get(c) ?? 0) + 1);
  let inClusters = 0;
  let largest = 1;
  let multi = 0;
  for (const s of sizes.values())
    if (s > 1) {
      inClusters += s;
      multi++;
      largest = Math.max(largest, s);
    }
  return {
    records: loaded.table.size,
    clusters: sizes.size,
    recordsInClusters: inClusters,
    duplicateRecords: inClusters - multi,
    largestCluster: largest,
    splitComponents: result.clustering.splitComponents,
    candidatePairs: result.candidatePairs,
    pairsKept: result.pairs.length,
    threshold: result.threshold,
    prior: result.model.prior,
    trained: result.model.trained !== undefined,
    blocking: result.rules,
    timingsMs: {
      ...result.timings,
      read: Math.round(read),
      write: Math.round(write),
      total: Math.round(performance.now() - started),
    },
    warnings: result.warnings,
  };
}

async function writeClusters(out: string, loaded: LoadedFile, result: DedupeResult): Promise<void> {
  const { clusterOf } = result.clustering;
  const size = new Int32Array(clusterOf.length);
  for (const c of clusterOf) size[c]!++;
  const w = new CsvWriter(out);
  await w.write(['id', 'cluster_id', 'cluster_size']);
  for (let i = 0; i < clusterOf.length; i++) {
    const c = clusterOf[i]!;
    await w.write([loaded.ids[i]!, loaded.ids[c]!, String(size[c])]);
  }
  await w.close();
}

async function writePairs(out: string, loaded: LoadedFile, result: DedupeResult): Promise<void> {
  const w = new CsvWriter(out);
  const names = result.model.comparisons.map((c) => c.name);
  await w.write([
    'id_l',
    'id_r',
    'probability',
    'match_weight',
    'same_cluster',
    ...names.flatMap((n) => [`${n}_level`, `${n}_weight`]),
  ]);
  const { clusterOf } = result.clustering;
  for (const p of result.pairs) {
    const e = result.scorer.explain(p.a, p.b);
    await w.write([
      loaded.ids[p.a]!,
      loaded.ids[p.b]!,
      p.probability.toFixed(6),
      e.weight.toFixed(2),
      clusterOf[p.a] === clusterOf[p.b] ? 'yes' : 'no',
      ...e.comparisons.flatMap((c) => [c.level, c.weight.toFixed(2)]),
    ]);
  }
  await w.close();
}

export async function writeModel(out: string, model: MatchModel): Promise<void> {
  try {
    await writeFile(out, `${JSON.stringify(model, null, 2)}\n`);
  } catch (error) {
    throw new KemptError('output_unwritable', `Cannot write ${out}: ${(error as Error).message}`, {
      file: out,
    });
  }
}

export interface LabelledPair {
  a: number;
  b: number;
  match: boolean;
}

const YES = new Set(['1', 'yes', 'y', 'true', 'match', 'same']);
const NO = new Set(['0', 'no', 'n', 'false', 'different', 'not a match']);

/**
 * Labelled pairs for training: a CSV with `id_l,id_r,match` (match: 1/0, yes/no, true/false), the ids
 * those of the file's records. Every problem is reported at once.
 */
export async function readLabelsOrThrow(path: string, ids: readonly string[]): Promise<LabelledPair[]> {
  const csv = await openCsv(path);
  const header = csv.header.map((h) => h.trim().toLowerCase());
  const [l, r, m] = ['id_l', 'id_r', 'match'].map((h) => header.indexOf(h)) as [number, number, number];
  if (l < 0 || r < 0 || m < 0)
    throw new KemptError(
      'usage',
      `${path}: a labels file needs the columns id_l, id_r and match; it has ${csv.header.join(', ')}.`,
      { file: path },
    );
  const row = new Map(ids.map((id, i) => [id, i]));
  const out: LabelledPair[] = [];
  const problems: string[] = [];
  for await (const batch of csv.batches())
    for (const line of batch) {
      const a = row.get(line.cells[l]?.trim() ?? '');
      const b = row.get(line.cells[r]?.trim() ?? '');
      const verdict = (line.cells[m] ?? '').trim().toLowerCase();
      if (a === undefined || b === undefined)
        problems.push(`row ${line.row}: no record with id "${line.cells[a === undefined ? l : r]}"`);
      else if (!YES.has(verdict) && !NO.has(verdict))
        problems.push(`row ${line.row}: match is "${verdict}", not yes or no`);
      else out.push({ a, b, match: YES.has(verdict) });
    }
  if (problems.length > 0)
    throw new KemptError(
      'usage',
      `${path} has ${problems.length} unusable label(s):\n  ${problems.slice(0, 10).join('\n  ')}`,
      { file: path },
      'Use the ids of the file being trained on (--id names the id column).',
    );
  return out;
}
