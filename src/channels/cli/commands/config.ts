import type { Command } from 'commander';
import { formatConfigError, parseConfig, readConfigFileOrThrow } from '../../../rules/config/index.ts';
import { EXIT } from '../exit-codes.ts';

export function configCommand(program: Command, setExit: (code: number) => void): void {
  const config = program
    .command('config')
    .description('The configuration file (kempt.config.yaml): rules, actions, automations.');
  config
    .command('check')
    .description('Validate a config file and list every problem with its line and column.')
    .argument('[file]', 'the config file', 'kempt.config.yaml')
    .option('--json', 'print {"ok", "errors": [{path, line, column, message}]}')
    .action((file: string, flags: { json?: boolean }) => {
      const text = readConfigFileOrThrow(file);
      const result = parseConfig(text, file);
      if (flags.json) {
        process.stdout.write(
          `${JSON.stringify(result.ok ? { ok: true, errors: [] } : { ok: false, errors: result.errors })}\n`,
        );
      } else if (result.ok) {
        process.stdout.write(`${file}: OK\n`);
      } else {
        const n = result.errors.length;
        process.stdout.write(`${file}: ${n} problem${n === 1 ? '' : 's'}\n`);
        for (const e of result.errors) process.stdout.write(`  ${formatConfigError(e, file)}\n`);
      }
      if (!result.ok) setExit(EXIT.usage);
    });
}
