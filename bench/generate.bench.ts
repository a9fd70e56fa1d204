/**
 * Throughput of the generator: `node bench/generate.bench.ts [rows] [headers] [file]`.
 * Streams CSV to the file (default /dev/null) and prints rows/s, bytes and memory after GC.
 */

import { createWriteStream } from 'node:fs';
import { writeContactsCsv } from '../src/generate/csv.ts';
import { HEADER_STYLES, type HeaderStyle } from '../src/generate/headers.ts';

const count = Number(process.argv[2] ?? 1_000_000);
const headers = (process.argv[3] ?? 'canonical') as HeaderStyle;
if (!Number.isInteger(count) || count < 0 || !HEADER_STYLES.includes(headers)) {
  process.stderr.write(
    'usage: node bench/generate.bench.ts [rows] [canonical|hubspot|salesforce|mixed] [file]\n',
  );
  process.exit(2);
}
const out = createWriteStream(process.argv[4] ?? '/dev/null');
const cpu0 = process.cpuUsage();
const t0 = performance.now();
const result = await writeContactsCsv({ seed: 'bench', count, headers, truth: true }, out);
await new Promise<void>((resolve) => out.end(resolve));
const wall = (performance.now() - t0) / 1000;
const cpu = process.cpuUsage(cpu0);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
const mb = (n: number) => `${(n / 1e6).toFixed(1)} MB`;
process.stdout.write(
  `${result.rows} rows, ${mb(result.bytes)} in ${wall.toFixed(2)} s wall (${Math.round(result.rows / wall)} rows/s), ` +
    `${cpuSeconds.toFixed(2)} s CPU; heap ${mb(process.memoryUsage().heapUsed)}, rss ${mb(process.memoryUsage().rss)}\n`,
);
