import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { auditFile, DEFAULT_STALE_MONTHS } from '../../../audit/run.ts';
import { KemptError } from '../../../errors.ts';
import { renderHtmlReport } from '../../../report/index.ts';
import { EXIT } from '../exit-codes.ts';
import {
  channelOrThrow,
  collect,
  dateOrThrow,
  type InputOptions,
  inputOptions,
  loadRunConfig,
  positiveIntOrThrow,
  ruleOptions,
  workerCountOrThrow,
} from '../options.ts';
import { progressBar } from '../progress.ts';
import { renderAuditText } from '../render-audit.ts';

interface AuditFlags extends InputOptions {
  json?: boolean;
  html?: string;
  staleMonths: string;
  now?: string;
  config?: string;
  channel?: string;
  failUnder?: string;
  workers?: string;
}

export function auditCommand(program: Command, setExit: (code: number) => void): void {
  ruleOptions(program.command('audit'))
    .description(
      'How bad is the data? Fill rates, invalid and risky values by reason, duplicates, stale records, a health score.',
    )
    .argument('<file>', 'CRM export (CSV; encoding and delimiter are detected)')
    .option('--json', 'print the full report as JSON')
    .option('--html <report.html>', 'write a self-contained HTML report with charts')
    .option(
      '--map <field=Header>',
      'map a column to a field (repeatable), e.g. --map email="E-mail 2"',
      collect,
    )
    .option('--encoding <name>', 'input encoding: utf-8, utf-16le, utf-16be, windows-1250, windows-1252')
    .option('--delimiter <char>', 'input delimiter (default: detected)')
    .option(
      '--stale-months <n>',
      'records without activity for this long are stale',
      String(DEFAULT_STALE_MONTHS),
    )
    .option('--now <date>', 'the date to measure staleness from (default: today)')
    .option(
      '--workers <n>',
      'worker threads besides the main thread (default: cores − 1 for files over 8 MB, else 0)',
    )
    .option('--fail-under <score>', 'exit with code 1 when the health score is below this')
    .action(async (file: string, flags: AuditFlags) => {
      const failUnder = flags.failUnder === undefined ? undefined : scoreOrThrow(flags.failUnder);
      const channel = channelOrThrow(flags.channel);
      const rules = loadRunConfig(flags.config);
      const progress = progressBar('Auditing', !flags.json);
      const report = await auditFile(file, {
        ...inputOptions(flags),
        ...rules,
        channel,
        staleMonths: positiveIntOrThrow('--stale-months', flags.staleMonths),
        ...(flags.workers !== undefined && { workers: workerCountOrThrow(flags.workers) }),
        ...(flags.now && { now: dateOrThrow('--now', flags.now) }),
        onProgress: (done, total) => progress.update(done, total),
      }).finally(() => progress.stop());
      if (flags.html) await writeHtml(flags.html, renderHtmlReport(report));
      process.stdout.write(flags.json ? `${JSON.stringify(report, null, 2)}\n` : renderAuditText(report));
      if (flags.html && !flags.json) process.stdout.write(`HTML report: ${flags.html}\n`);
      if (failUnder !== undefined && report.score.value < failUnder) setExit(EXIT.threshold);
    });
}

function scoreOrThrow(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0 || n > 100)
    throw new KemptError('usage', `--fail-under takes a score from 0 to 100, got "${value}".`);
  return n;
}

async function writeHtml(path: string, html: string): Promise<void> {
  try {
    await writeFile(path, html);
  } catch (error) {
    throw new KemptError('output_unwritable', `Cannot write ${path}: ${(error as Error).message}`, {
      file: path,
    });
  }
}
