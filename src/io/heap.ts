/**
 * V8's heap growth for the commands that stream a file through the gate and keep little per row
 * (`clean`, `verify`, `import`). By default V8 runs a full collection whenever the heap has grown by a
 * modest factor over what the last one left, and each full collection marks again everything alive:
 * mostly the field modules' tables (phone numbering plans, domain lists, legal forms), tens of MB that
 * never die. On the 1M export the gate spent about a third of its CPU in collections, 57 full ones per
 * 300k rows. Letting the heap grow to 3× the live size first: 17 full collections, 45 against 55 µs of
 * CPU per row, and the gate on 2 workers 48,187 records/s at 547 MiB peak RSS against 38,369 at 413 MiB
 * (measured 2026-11-22; 4×: 48,322 at 720 MiB, 5×: 46,588 at 801 MiB).
 *
 * The audit keeps V8's default: it holds a key per row for its duplicate estimate, and its budget is
 * 500 MiB (on 2026-11-23, at 2× growth 462–472 MiB and ~6% faster; at the default 404–412 MiB, left as
 * the margin for exports with more distinct keys). The service keeps it too: it
 * runs for days with a large heap, where memory matters more than a collection's CPU.
 */

import { setFlagsFromString } from 'node:v8';

const THROUGHPUT_HEAP_GROWING_PERCENT = 200;

/** Switches the whole process (every thread's heap, the row pool's workers included) to that growth. */
export function preferThroughputHeap(): void {
  setFlagsFromString(`--heap-growing-percent=${THROUGHPUT_HEAP_GROWING_PERCENT}`);
}

/** How many running scopes want each flag, so nested and concurrent scopes restore it only once. */
const scopes = new Map<string, number>();

/** Runs `work` with a V8 flag set (process-wide: every thread), restoring `restore` when the last scope ends. */
async function withV8Flag<T>(flag: string, restore: string, work: () => Promise<T>): Promise<T> {
  const n = scopes.get(flag) ?? 0;
  scopes.set(flag, n + 1);
  if (n === 0) setFlagsFromString(flag);
  try {
    return await work();
  } finally {
    const left = scopes.get(flag)! - 1;
    scopes.set(flag, left);
    if (left === 0) setFlagsFromString(restore);
  }
}

/**
 * Runs `work` with V8's parallel scavenges off: for a row pool with a JavaScript thread per core, where
 * the scavenger's helper threads could only take turns with threads that are busy anyway, and each
 * scavenge pays for splitting its work among them. Measured 2026-11-22 on the 1M export, interleaved: the
 * gate on 1 worker + the main thread (3× heap growth) 47,015 and 48,678 records/s against 45,056 and
 * 44,591; the audit 32.3–32.7 s against 33.5–34.9 s, peak RSS unchanged (459–461 MiB).
 */
export function withCoresSaturated<T>(work: () => Promise<T>): Promise<T> {
  return withV8Flag('--no-parallel-scavenge', '--parallel-scavenge', work);
}

/**
 * Runs `work` with V8's allocation-site pretenuring off: for streaming a file, where nearly everything a
 * row allocates dies with its batch. V8 watches each allocation site, and one whose objects happened to
 * survive a few young collections (a batch caught by a collection during warm-up) gets its objects
 * allocated straight into the old generation from then on. Those die there, the old generation fills at
 * the speed of the checks, and full collections follow one another, each marking again the field
 * modules' tables. The decision sticks, so runs were bimodal: the audit of the 1M export on 1 worker +
 * the main thread took 17.5 s in some runs and 21–25 s in others, where the worker ran ~110 full
 * collections against 7 and its collector's marking took 7–9 s of CPU against 0.4–0.6 s. With
 * pretenuring off, 4 runs in 4 took 17.7–19.0 s (measured 2026-11-23).
 */
export function withoutPretenuring<T>(work: () => Promise<T>): Promise<T> {
  return withV8Flag('--no-allocation-site-pretenuring', '--allocation-site-pretenuring', work);
}
