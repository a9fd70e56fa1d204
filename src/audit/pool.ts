/**
 * Runs the audit's checks on worker threads and on the main thread. The main thread reads and splits
 * the CSV (sequential by nature: a quoted cell may span lines) and counts duplicates in file order;
 * each batch goes to a worker with room, and when every worker is busy the main thread checks the
 * batch itself instead of waiting. That balances itself: on 2 cores one worker plus the main thread
 * keep both busy with one extra V8 heap, where two workers would leave the main thread idle and cost
 * a third heap. In-flight batches are bounded, so memory stays flat however large the file.
 */

import { Worker } from 'node:worker_threads';
import type { CsvFile } from '../io/csv/read.ts';
import type { ColumnMap } from '../record/mapping.ts';
import { type AccumulatorState, mergeStates } from './accumulate.ts';
import type { DuplicateTracker, RowKeys } from './duplicates.ts';
import { rowFolder } from './fold.ts';
import type { WorkerInit, WorkerRequest } from './worker.ts';

const IN_FLIGHT_PER_WORKER = 2;
/**
 * Without a cap V8 lets a worker's heap grow to hundreds of MB before collecting; what a worker keeps
 * (caches, accumulator) is tens of MB, so a cap keeps the audit inside its memory budget.
 */
const WORKER_LIMITS = { maxOldGenerationSizeMb: 96, maxYoungGenerationSizeMb: 12 };

type KeysReply = { kind: 'keys'; seq: number; rows: number[]; keys: RowKeys[] };
type Reply = KeysReply | { kind: 'state'; state: AccumulatorState };

export async function analyseInWorkers(
  csv: CsvFile,
  map: ColumnMap,
  init: WorkerInit,
  count: number,
  duplicates: DuplicateTracker,
): Promise<AccumulatorState> {
  const workers = Array.from(
    { length: count },
    () =>
      new Worker(new URL('./worker-entry.ts', import.meta.url), {
        workerData: init,
        resourceLimits: WORKER_LIMITS,
      }),
  );
  const now = new Date(init.now);
  const local = rowFolder(map, {
    now,
    staleMonths: init.staleMonths,
    config: init.config,
    channel: init.channel,
  });
  const busy = workers.map(() => 0);
  const pending = new Map<number, KeysReply>();
  let nextToApply = 0;
  let failure: Error | undefined;
  // Duplicates are counted in file order: "earlier record" must mean earlier in the file.
  const apply = (reply: KeysReply) => {
    pending.set(reply.seq, reply);
    for (let ready = pending.get(nextToApply); ready; ready = pending.get(nextToApply)) {
      pending.delete(nextToApply++);
      for (let i = 0; i < ready.rows.length; i++) duplicates.add(ready.rows[i]!, ready.keys[i]!);
    }
  };
  workers.forEach((w, i) => {
    w.on('message', (reply: Reply) => {
      if (reply.kind !== 'keys') return;
      busy[i]!--;
      apply(reply);
    });
    w.on('error', (error) => {
      failure = error;
    });
  });
  try {
    let seq = 0;
    for await (const batch of csv.batches()) {
      if (failure) throw failure;
      const rows = batch.map((r) => r.row);
      const free = busy.findIndex((n) => n < IN_FLIGHT_PER_WORKER);
      if (free >= 0) {
        busy[free]!++;
        workers[free]!.postMessage({
          kind: 'batch',
          seq,
          rows,
          cells: batch.map((r) => r.cells),
        } satisfies WorkerRequest);
      } else {
        const keys = local.fold(
          rows,
          batch.map((r) => r.cells),
        );
        apply({ kind: 'keys', seq, rows, keys });
        // Let the workers' replies in before the next batch is read.
        await new Promise((resolve) => setImmediate(resolve));
      }
      seq++;
    }
    while (busy.some((n) => n > 0) && !failure) await new Promise((resolve) => setTimeout(resolve, 1));
    if (failure) throw failure;
    const states = await Promise.all(workers.map((w) => finish(w)));
    return mergeStates([local.state, ...states]);
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

function finish(worker: Worker): Promise<AccumulatorState> {
  return new Promise((resolve, reject) => {
    worker.on('message', (reply: Reply) => {
      if (reply.kind === 'state') resolve(reply.state);
    });
    worker.once('error', reject);
    worker.postMessage({ kind: 'finish' } satisfies WorkerRequest);
  });
}
