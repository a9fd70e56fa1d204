/** Runs one audit in its own process so its peak RSS is its own; prints one JSON line. */

import { auditFile } from '../src/audit/run.ts';

const [path, workers] = process.argv.slice(2);
const started = performance.now();
const report = await auditFile(path!, { workers: Number(workers), now: new Date('2026-01-01T00:00:00Z') });
const ms = performance.now() - started;
process.stdout.write(
  `${JSON.stringify({ rows: report.records.total, ms, maxRssMiB: process.resourceUsage().maxRSS / 1024, score: report.score.value })}\n`,
);
