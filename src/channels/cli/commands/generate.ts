import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import type { Command } from 'commander';
import { KemptError } from '../../../errors.ts';
import {
  type GenerateOptions,
  HEADER_STYLES,
  parseGenerateOptions,
  writeContactsCsv,
} from '../../../generate/index.ts';
import { positiveIntOrThrow } from '../options.ts';

interface GenerateFlags {
  rows: string;
  seed: string;
  output?: string;
  dirt: string;
  duplicates: string;
  headers: string;
  locales?: string;
  truth?: boolean;
  now?: string;
  json?: boolean;
}

export function generateCommand(program: Command): void {
  program
    .command('generate')
    .description(
      'Write a synthetic, dirty, multilingual CRM export (reproducible by seed) for trials and benchmarks.',
    )
    .option('-n, --rows <n>', 'records to write', '1000')
    .option('--seed <seed>', 'the same seed and options give the same file, byte for byte', 'kempt')
    .option('-o, --output <file.csv>', 'where to write (default: standard output)')
    .option('--dirt <0..1>', 'how neglected the CRM is: 0 clean, 1 every kind of dirt at its maximum', '0.5')
    .option('--duplicates <0..1>', 'share of people recorded more than once', '0.1')
    .option('--headers <style>', `header style: ${HEADER_STYLES.join(', ')}`, 'hubspot')
    .option('--locales <codes>', 'comma-separated countries, e.g. CZ,PL,DE (default: all)')
    .option('--truth', 'append the ground-truth entity_id column (records of one person share it)')
    .option('--now <date>', 'the date the export is "taken" (default 2026-01-01, keeps output stable)')
    .option('--json', 'print a JSON summary to stderr when done')
    .action(async (flags: GenerateFlags) => {
      const options = generateOptionsOrThrow(flags);
      const out: Writable = flags.output ? createWriteStream(flags.output) : process.stdout;
      const failed = new Promise<never>((_, reject) =>
        out.once('error', (error) =>
          reject(
            new KemptError(
              'output_unwritable',
              `Cannot write ${flags.output ?? 'output'}: ${error.message}`,
              { file: flags.output ?? '-' },
            ),
          ),
        ),
      );
      const result = await Promise.race([writeContactsCsv(options, out), failed]);
      if (flags.output) await new Promise<void>((resolve) => out.end(resolve));
      const summary = { output: flags.output ?? '-', ...result };
      process.stderr.write(
        flags.json
          ? `${JSON.stringify(summary)}\n`
          : `Wrote ${result.rows.toLocaleString('en')} records (${(result.bytes / 1e6).toFixed(1)} MB) to ${summary.output}\n`,
      );
    });
}

function generateOptionsOrThrow(flags: GenerateFlags): GenerateOptions {
  const options: GenerateOptions = {
    seed: flags.seed,
    count: positiveIntOrThrow('--rows', flags.rows),
    dirt: Number(flags.dirt),
    duplicateRate: Number(flags.duplicates),
    headers: flags.headers as GenerateOptions['headers'],
    truth: flags.truth ?? false,
    ...(flags.locales && { locales: flags.locales.split(',').map((l) => l.trim()) }),
    ...(flags.now && { now: new Date(flags.now) }),
  };
  const parsed = parseGenerateOptions(options);
  if (!parsed.ok) throw new KemptError('usage', `Invalid generate options:\n  ${parsed.errors.join('\n  ')}`);
  return options;
}
