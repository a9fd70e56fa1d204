/**
 * A row-pool task for row-pool.test.ts: each batch's result is its rows' first cells; the state
 * counts the rows the thread saw. `init.failOn` makes the batch holding that first cell throw.
 */

import type { RowTask } from './row-pool.ts';

export function createRowTask(init: { failOn?: string }): RowTask<string[], { rows: number }> {
  const state = { rows: 0 };
  return {
    run(rows, cells) {
      state.rows += rows.length;
      const firsts = cells.map((c) => c[0] ?? '');
      if (init.failOn !== undefined && firsts.includes(init.failOn))
        throw new Error(`failed on ${init.failOn}`);
      return firsts;
    },
    finish: () => state,
  };
}
