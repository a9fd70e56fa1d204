import type { Command } from 'commander';
import { cleanFile } from '../../../clean/run.ts';
import { KemptError } from '../../../errors.ts';
import {
  channelOrThrow,
  collect,
  dateOrThrow,
  type InputOptions,
  inputOptions,
  loadRunConfig,
  ruleOptions,
  workerCountOrThrow,
} from '../options.ts';
import { progressBar } from '../progress.ts';

interface CleanFlags extends InputOptions {
  output?: string;
  changes?: string;
  decisions?: string;
  json?: boolean;
  bom?: boolean;
  now?: string;
  config?: string;
  channel?: string;
  workers?: string;
}

export function cleanCommand(program: Command): void {
  ruleOptions(program.command('clean'))
    .description(
      'Apply the certain fixes and automations of the rules; same rows, ids and columns in the same order. Suggestions and problems go to --changes.',
    )
    .argument('<file>', 'CRM export (CSV)')
    .requiredOption('-o, --output <out.csv>', 'where to write the cleaned export')
    .option(
      '--changes <changes.csv>',
      'write every change, suggestion and problem: row, field, before, after, code, reason, applied, action, rule, confidence',
    )
    .option(
      '--decisions <decisions.csv>',
      "write one line per record: the rules' decision (accept, fix, quarantine, reject) and the reasons",
    )
    .option('--json', 'print the summary as JSON')
    .option('--bom', 'start the output with a UTF-8 byte-order mark (for Excel)')
    .option('--map <field=Header>', 'map a column to a field (repeatable)', collect)
    .option('--encoding <name>', 'input encoding (default: detected)')
    .option('--delimiter <char>', 'input delimiter (default: detected; the output uses the same)')
    .option('--now <date>', 'the date against which dates are checked (default: today)')
    .option(
      '--workers <n>',
      'worker threads besides the main thread (default: cores − 1 for files over 8 MB, else 0)',
    )
    .action(async (file: string, flags: CleanFlags) => {
      const output = flags.output!;
      if (output === file || flags.changes === file || flags.decisions === file) {
        throw new KemptError(
          'usage',
          'The output must not overwrite the input file.',
          { file },
          'Choose another name for -o / --changes.',
        );
      }
      const channel = channelOrThrow(flags.channel);
      const { config } = loadRunConfig(flags.config);
      const progress = progressBar('Cleaning', !flags.json);
      const summary = await cleanFile(file, {
        ...inputOptions(flags),
        config,
        channel,
        output,
        ...(flags.changes && { changes: flags.changes }),
        ...(flags.decisions && { decisions: flags.decisions }),
        ...(flags.bom && { bom: true }),
        ...(flags.now && { now: dateOrThrow('--now', flags.now) }),
        ...(flags.workers !== undefined && { workers: workerCountOrThrow(flags.workers) }),
        onProgress: (done, total) => progress.update(done, total),
      }).finally(() => progress.stop());
      if (flags.json) {
        process.stdout.write(
          `${JSON.stringify({ output, changes: flags.changes ?? null, decisionsFile: flags.decisions ?? null, ...summary }, null, 2)}\n`,
        );
        return;
      }
      const n = (x: number) => x.toLocaleString('en');
      process.stdout.write(
        `Cleaned ${n(summary.records)} records → ${output}\n` +
          `  ${n(summary.fixed)} certain fixes and ${n(summary.automated)} values set by automations, in ${n(summary.recordsChanged)} records\n` +
          `  ${n(summary.suggested)} suggestions and ${n(summary.flagged)} problems left for review` +
          `${flags.changes ? ` (see ${flags.changes})` : ' (add --changes changes.csv to list them)'}\n` +
          `  under the ${channel} rules: ${n(summary.decisions.accept)} accepted as they were, ${n(summary.decisions.fix)} fixed, ` +
          `${n(summary.decisions.quarantine)} to quarantine, ${n(summary.decisions.reject)} to reject (all rows are written)\n` +
          (summary.notWritten > 0
            ? `  ${n(summary.notWritten)} derived values had no column in this file (listed in the changes, not written)\n`
            : ''),
      );
    });
}
