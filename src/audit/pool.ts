/**
 * Runs the audit's checks on worker threads. The main thread reads and splits the CSV (sequential by
 * nature: a quoted cell may span lines) and counts duplicates in file order; workers do the field
 * checks, which are most of the work. Batches go round-robin with a bounded number in flight, so
 * memory stays constant however large the file.
 */

import { Worker } from 'node:worker_threads';
import type { CsvFile } from '../io/csv/read.ts';
import { type AccumulatorState, mergeStates } from './accumulate.ts';
import type { DuplicateTracker, RowKeys } from './duplicates.ts';
import type { WorkerInit, WorkerRequest } from './worker.ts';

const IN_FLIGHT_PER_WORKER = 3;

type Reply =
  | { kind: 'keys'; seq: number; rows: number[]; keys: RowKeys[] }
  | { kind: 'state'; state: AccumulatorState };

export async function analyseInWorkers(
  csv: CsvFile,
  init: WorkerInit,
  count: number,
  duplicates: DuplicateTracker,
): Promise<AccumulatorState> {
  const workers = Array.from(
    { length: count },
    () => new Worker(new URL('./worker.ts', import.meta.url), { workerData: init }),
  );
  const pending = new Map<number, Reply & { kind: 'keys' }>();
  let nextToApply = 0;
  let inFlight = 0;
  let wake: (() => void) | undefined;
  let failure: Error | undefined;
  const onReply = (reply: Reply) => {
    if (reply.kind !== 'keys') return;
    inFlight--;
    pending.set(reply.seq, reply);
    // Duplicates are counted in file order: "earlier record" must mean earlier in the file.
    for (let ready = pending.get(nextToApply); ready; ready = pending.get(nextToApply)) {
      pending.delete(nextToApply++);
      for (let i = 0; i < ready.rows.length; i++) duplicates.add(ready.rows[i]!, ready.keys[i]!);
    }
    wake?.();
  };
  for (const w of workers) {
    w.on('message', onReply);
    w.on('error', (error) => {
      failure = error;
      wake?.();
    });
  }
  const waitForRoom = () => new Promise<void>((resolve) => (wake = resolve));
  try {
    let seq = 0;
    for await (const batch of csv.batches()) {
      while (inFlight >= count * IN_FLIGHT_PER_WORKER && !failure) await waitForRoom();
      if (failure) throw failure;
      const request: WorkerRequest = {
        kind: 'batch',
        seq,
        rows: batch.map((r) => r.row),
        cells: batch.map((r) => r.cells),
      };
      workers[seq % count]!.postMessage(request);
      seq++;
      inFlight++;
    }
    while (inFlight > 0 && !failure) await waitForRoom();
    if (failure) throw failure;
    const states = await Promise.all(workers.map((w) => finish(w)));
    return mergeStates(states);
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
