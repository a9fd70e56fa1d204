/** The generated export every benchmark reads: bench/out/contacts-N.csv, made once per size and cached. */

import { createWriteStream, existsSync, mkdirSync } from 'node:fs';
import { writeContactsCsv } from '../src/generate/index.ts';

/** The path of the N-row export (seed `bench`, HubSpot headers), generating it when missing. */
export async function benchExport(rows: number, onGenerated?: (ms: number) => void): Promise<string> {
  const dir = new URL('./out/', import.meta.url).pathname;
  mkdirSync(dir, { recursive: true });
  const file = `${dir}contacts-${rows}.csv`;
  if (!existsSync(file)) {
    const started = performance.now();
    const out = createWriteStream(file);
    await writeContactsCsv({ seed: 'bench', count: rows, headers: 'hubspot' }, out);
    await new Promise<void>((resolve) => out.end(resolve));
    onGenerated?.(performance.now() - started);
  }
  return file;
}
