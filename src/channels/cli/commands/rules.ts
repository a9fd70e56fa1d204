/** `kempt rules explain`: what a config does on each channel, as text or JSON. */

import type { Command } from 'commander';
import { CHANNELS, loadConfigOrThrow } from '../../../rules/config/index.ts';
import { explainRules, renderExplanation } from '../../../rules/explain.ts';
import { channelsOrThrow, configSource, LOCAL_CONFIG } from '../options.ts';

interface ExplainFlags {
  channel?: string[];
  json?: boolean;
}

export function rulesCommand(program: Command): void {
  const rules = program.command('rules').description('What the rules in a config do, channel by channel.');
  rules
    .command('explain')
    .description(
      'Explain, per channel, which fields are required and what each rule, record rule and automation does.',
    )
    .argument(
      '[config]',
      `the config file (default: ${LOCAL_CONFIG} in this folder if there is one, else the shipped default)`,
    )
    .option(
      '--channel <name>',
      `only these channels: ${CHANNELS.join(', ')} (repeatable, or comma-separated)`,
      (value: string, previous: string[] = []) => [...previous, value],
    )
    .option(
      '--json',
      'print the explanation as JSON: {config, channels: [{channel, fields, record_rules, automations}]}',
    )
    .action((file: string | undefined, flags: ExplainFlags) => {
      const channels = channelsOrThrow(flags.channel);
      const source = configSource(file);
      const explanation = explainRules(loadConfigOrThrow(source.path), channels);
      if (flags.json) {
        process.stdout.write(`${JSON.stringify({ config: source.path, ...explanation }, null, 2)}\n`);
        return;
      }
      process.stdout.write(`${source.description}\n\n${renderExplanation(explanation)}`);
    });
}
