/**
 * Runs a file's rows through a task on worker threads, with results back in file order. The main
 * thread reads and splits the CSV (sequential by nature: a quoted cell may span lines) and hands each
 * batch to a worker with room. With a `local` task, the main thread checks a batch itself when every
 * worker is busy instead of waiting: on 2 cores one worker plus the main thread keep both busy with
 * one extra V8 heap. Without one, the main thread only reads, and the workers do all the checking
 * (what suits a task whose per-row work dwarfs the reading). In-flight batches are bounded, so memory
 * stays flat however large the file.
 *
 * A task is a module exporting `createRowTask(init)`; it runs the same in a worker and on the main
 * thread, so a file's result does not depend on how its batches were shared out.
 */

import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { CsvFile } from './csv/read.ts';
import { withCoresSaturated, withoutPretenuring } from './heap.ts';

/** What a task module's `createRowTask` returns. */
export interface RowTask<R, S> {
  /** One batch: row numbers (1-based, file order) and their cells. The result goes back to the main thread. */
  run(rows: readonly number[], cells: readonly (readonly string[])[]): R;
  /** The task's own state once every batch has run (each thread's, merged by the caller). */
  finish(): S;
}

export interface RowPoolOptions<R, S> {
  /** The task module (see RowTask); it must export `createRowTask(init)`. */
  task: URL;
  /** Plain data for `createRowTask` (crosses to the workers as a structured clone). */
  init: unknown;
  workers: number;
  /** The same task on the main thread, which then takes batches when every worker is busy. */
  local?: RowTask<R, S>;
  /**
   * Each batch's result, in file order. When it returns a promise (a write),
   * the next result waits for it, and no new batch is read meanwhile.
   */
  onResult(rows: readonly number[], result: R): void | Promise<void>;
  /** Batches a worker may hold at once (default 4: one running, three waiting). */
  inFlightPerWorker?: number;
}

/**
 * Batches are a few hundred rows (see csv/read.ts), a few ms of checks each. A worker holding only two
 * ran dry while the main thread checked a batch of its own or paused to collect garbage: its profile was
 * 6.5% idle. Four kept it busier: the audit of the 1M export (1 worker + main) took 16.9–18.8 s in five
 * runs against 17.3–20.6 s with two, interleaved (2026-11-23), for ~12 MiB more peak RSS.
 */
const IN_FLIGHT_PER_WORKER = 4;

/** Below this size starting workers (each loads every field module) costs more than it saves. */
const WORKERS_FROM_BYTES = 8 << 20;

/**
 * Worker threads for a file of `bytes` when the user did not choose: one fewer than the cores (the main
 * thread checks batches too), none for a small file.
 */
export function defaultWorkerCount(bytes: number): number {
  return bytes >= WORKERS_FROM_BYTES ? Math.max(1, availableParallelism() - 1) : 0;
}

/**
 * Without a cap V8 lets a worker's heap grow to hundreds of MB before collecting; what a worker keeps
 * (caches, accumulator) is tens of MB, so a cap keeps a run inside its memory budget. The young
 * generation is the main thread's under `kempt` (--max-semi-space-size=16: 48 MB): a batch's records and
 * outcomes live until the batch ends, and with 12 MB they outlived the scavenges and were promoted, to be
 * collected again by the old generation's collector. Measured 2026-11-22 on the 1M export: the audit
 * (1 worker + the main thread) 31.8–32.4 s against 35.0–35.2 s with 12 MB, peak RSS 464–478 MiB either
 * way; the gate on 2 workers 35,807–37,920 records/s against 30,524–31,347 (24 MB: 34,109; 96 MB:
 * 35,370–35,459 and 516 MiB).
 */
const WORKER_LIMITS = { maxOldGenerationSizeMb: 96, maxYoungGenerationSizeMb: 48 };

export type RowWorkerData = { task: string; init: unknown };
export type RowWorkerRequest =
  | { kind: 'batch'; seq: number; rows: number[]; cells: string[][] }
  | { kind: 'finish' };
export type RowWorkerReply<R, S> =
  | { kind: 'result'; seq: number; rows: number[]; result: R }
  | { kind: 'state'; state: S };

/** Runs every batch of `csv`; returns the states of the threads' tasks (main thread's first, if any). */
export async function runRowPool<R, S>(csv: CsvFile, options: RowPoolOptions<R, S>): Promise<S[]> {
  if (options.workers < 1 && !options.local)
    throw new Error('runRowPool needs a worker thread or a local task.');
  // A thread per core: the collector's helper threads would only take turns with them (see heap.ts).
  const threads = options.workers + (options.local ? 1 : 0);
  const run = () => runPool(csv, options);
  const saturated = options.workers > 0 && threads >= availableParallelism();
  // Everything a batch allocates dies with it, whichever thread runs it (see heap.ts).
  return withoutPretenuring(saturated ? () => withCoresSaturated(run) : run);
}

async function runPool<R, S>(csv: CsvFile, options: RowPoolOptions<R, S>): Promise<S[]> {
  const inFlight = options.inFlightPerWorker ?? IN_FLIGHT_PER_WORKER;
  const workers = Array.from(
    { length: options.workers },
    () =>
      new Worker(new URL('./row-worker.ts', import.meta.url), {
        workerData: { task: options.task.href, init: options.init } satisfies RowWorkerData,
        resourceLimits: WORKER_LIMITS,
      }),
  );
  const busy = workers.map(() => 0);
  // Batches sent and not yet handed on: their rows, and their results once they are back.
  const sent = new Map<number, { rows: number[]; result?: R; done: boolean }>();
  let nextToApply = 0;
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  /** Hands on the results that are next in file order (awaiting each handler that returns a promise). */
  const drain = async () => {
    for (let ready = sent.get(nextToApply); ready?.done; ready = sent.get(nextToApply)) {
      sent.delete(nextToApply++);
      await options.onResult(ready.rows, ready.result as R);
    }
  };
  workers.forEach((w, i) => {
    w.on('message', (reply: RowWorkerReply<R, S>) => {
      if (reply.kind !== 'result') return;
      busy[i]!--;
      const entry = sent.get(reply.seq);
      if (entry) {
        entry.result = reply.result;
        entry.done = true;
      }
      wake?.();
    });
    w.on('error', (error) => {
      failure = error;
      wake?.();
    });
  });
  const freeWorker = () => busy.findIndex((n) => n < inFlight);
  // Resolves when a worker answers (or fails): the main thread has nothing to do until then.
  const nextReply = () =>
    new Promise<void>((resolve) => {
      wake = () => {
        wake = undefined;
        resolve();
      };
    });
  try {
    let seq = 0;
    for await (const batch of csv.batches()) {
      if (failure) throw failure;
      const rows = batch.map((r) => r.row);
      const cells = batch.map((r) => r.cells);
      let free = freeWorker();
      if (free < 0 && !options.local && workers.length > 0) {
        while (free < 0 && !failure) {
          await drain();
          if (freeWorker() < 0) await nextReply();
          free = freeWorker();
        }
        if (failure) throw failure;
      }
      if (free >= 0) {
        busy[free]!++;
        sent.set(seq, { rows, done: false });
        workers[free]!.postMessage({ kind: 'batch', seq, rows, cells } satisfies RowWorkerRequest);
      } else {
        sent.set(seq, { rows, result: options.local!.run(rows, cells), done: true });
        // Let the workers' replies in before the next batch is read.
        if (workers.length > 0) await new Promise((resolve) => setImmediate(resolve));
      }
      await drain();
      seq++;
    }
    while (!failure && (busy.some((n) => n > 0) || sent.size > 0)) {
      await drain();
      if (busy.some((n) => n > 0)) await nextReply();
    }
    if (failure) throw failure;
    const states = await Promise.all(workers.map((w) => finish<S>(w)));
    return options.local ? [options.local.finish(), ...states] : states;
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

function finish<S>(worker: Worker): Promise<S> {
  return new Promise((resolve, reject) => {
    worker.on('message', (reply: RowWorkerReply<unknown, S>) => {
      if (reply.kind === 'state') resolve(reply.state);
    });
    worker.once('error', reject);
    worker.postMessage({ kind: 'finish' } satisfies RowWorkerRequest);
  });
}
