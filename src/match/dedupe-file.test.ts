import { createWriteStream } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeContactsCsv } from '../generate/index.ts';
import { loadForMatching } from './dedupe-file.ts';

describe('reading a file for matching', () => {
  it('prepares the same features on worker threads as on the main thread, in file order', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kempt-prepare-'));
    const file = join(dir, 'contacts.csv');
    const out = createWriteStream(file);
    await writeContactsCsv({ seed: 'prepare', count: 6000, headers: 'salesforce', truth: true }, out);
    await new Promise<void>((resolve) => out.end(resolve));
    const options = { ignore: ['entity_id'] };
    const here = await loadForMatching(file, undefined, { ...options, workers: 0 });
    const threads = await loadForMatching(file, undefined, { ...options, workers: 2 });
    expect(threads.ids).toEqual(here.ids);
    expect(threads.table.size).toBe(6000);
    expect([...threads.table.columns.keys()]).toEqual([...here.table.columns.keys()]);
    for (const [feature, column] of here.table.columns) expect(threads.table.column(feature)).toEqual(column);
  });
});
