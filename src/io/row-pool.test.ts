import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openCsv } from './csv/read.ts';
import { runRowPool } from './row-pool.ts';
import { createRowTask } from './row-pool-fixture.ts';

const ROWS = 5_000;
const task = new URL('./row-pool-fixture.ts', import.meta.url);
let file: string;

beforeAll(async () => {
  const dir = await mkdtemp(join(tmpdir(), 'kempt-pool-'));
  file = join(dir, 'rows.csv');
  const lines = ['name,n'];
  for (let i = 1; i <= ROWS; i++) lines.push(`r${i},${i}`);
  await writeFile(file, `${lines.join('\n')}\n`);
});

describe('runRowPool', () => {
  it.each([
    ['one worker and the main thread', 1, true],
    ['two workers, the main thread reading', 2, false],
    ['the main thread alone', 0, true],
  ])('%s: every row once, results in file order, states from every thread', async (_, workers, local) => {
    const csv = await openCsv(file, { batchSize: 100 });
    const seen: number[] = [];
    const firsts: string[] = [];
    const states = await runRowPool<string[], { rows: number }>(csv, {
      task,
      init: {},
      workers,
      ...(local ? { local: createRowTask({}) } : {}),
      onResult: (rows, result) => {
        seen.push(...rows);
        firsts.push(...result);
      },
    });
    expect(seen).toEqual(Array.from({ length: ROWS }, (_, i) => i + 1));
    expect(firsts).toEqual(Array.from({ length: ROWS }, (_, i) => `r${i + 1}`));
    expect(states).toHaveLength(workers + (local ? 1 : 0));
    expect(states.reduce((sum, s) => sum + s.rows, 0)).toBe(ROWS);
  });

  it('refuses to run with neither a worker thread nor a local task', async () => {
    const csv = await openCsv(file, { batchSize: 100 });
    await expect(runRowPool(csv, { task, init: {}, workers: 0, onResult: () => {} })).rejects.toThrow(
      'runRowPool needs a worker thread or a local task.',
    );
  });

  it('a task that throws in a worker fails the run with its error', async () => {
    const csv = await openCsv(file, { batchSize: 100 });
    await expect(
      runRowPool(csv, { task, init: { failOn: 'r2500' }, workers: 2, onResult: () => {} }),
    ).rejects.toThrow('failed on r2500');
  });
});
