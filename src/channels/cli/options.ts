import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { KemptError } from '../../errors.ts';
import { encodingOrThrow } from '../../io/csv/encoding.ts';
import { parseMapOptionsOrThrow } from '../../record/mapping.ts';
import {
  CHANNELS,
  type Channel,
  DEFAULT_CONFIG_PATH,
  didYouMean,
  loadConfigOrThrow,
  type ResolvedConfig,
} from '../../rules/config/index.ts';

export const LOCAL_CONFIG = 'kempt.config.yaml';

/** Options shared by every command that reads a CRM export. */
export interface InputOptions {
  map?: string[];
  encoding?: string;
  delimiter?: string;
}

export const collect = (value: string, previous: string[] = []) => [...previous, value];

export function inputOptions(opts: InputOptions) {
  const map = opts.map ?? [];
  return {
    mapping: (header: readonly string[]) => parseMapOptionsOrThrow(map, header),
    ...(opts.encoding && { encoding: encodingOrThrow(opts.encoding) }),
    ...(opts.delimiter && { delimiter: delimiterOrThrow(opts.delimiter) }),
  };
}

function delimiterOrThrow(value: string): string {
  const named: Record<string, string> = { tab: '\t', '\\t': '\t', comma: ',', semicolon: ';', pipe: '|' };
  const d = named[value.toLowerCase()] ?? value;
  if (d.length !== 1) {
    throw new KemptError(
      'usage',
      `--delimiter takes one character or tab/comma/semicolon/pipe, got "${value}".`,
    );
  }
  return d;
}

export function positiveIntOrThrow(name: string, value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0)
    throw new KemptError('usage', `${name} takes a positive whole number, got "${value}".`);
  return n;
}

export function dateOrThrow(name: string, value: string): Date {
  const d = new Date(value);
  if (Number.isNaN(d.getTime()))
    throw new KemptError('usage', `${name} takes a date like 2026-01-31, got "${value}".`);
  return d;
}

/** The config to explain, and how the first line of the text output names it. */
export function configSource(file: string | undefined): { path: string; description: string } {
  if (file !== undefined) return { path: file, description: `Rules in ${file}` };
  if (existsSync(LOCAL_CONFIG)) return { path: LOCAL_CONFIG, description: `Rules in ${LOCAL_CONFIG}` };
  return {
    path: DEFAULT_CONFIG_PATH,
    description: `Rules in the shipped default config: ${DEFAULT_CONFIG_PATH}\n(there is no ${LOCAL_CONFIG} in this folder; copy this file here to write your own)`,
  };
}

/** The channels asked for, in the order given, each once; all of them when none were named. */
export function channelsOrThrow(given: readonly string[] | undefined): Channel[] {
  if (given === undefined) return [...CHANNELS];
  const names = given
    .flatMap((g) => g.split(','))
    .map((n) => n.trim().toLowerCase())
    .filter((n) => n !== '');
  const channels: Channel[] = [];
  for (const name of names) {
    if (!(CHANNELS as readonly string[]).includes(name))
      throw new KemptError(
        'usage',
        `"${name}" is not a channel.${didYouMean(name, CHANNELS)} The channels are ${CHANNELS.join(', ')}.`,
      );
    if (!channels.includes(name as Channel)) channels.push(name as Channel);
  }
  if (channels.length === 0)
    throw new KemptError('usage', `--channel needs a channel name: ${CHANNELS.join(', ')}.`);
  return channels;
}

/** One channel for --channel (default `cli`): the rules of that channel judge the file. */
export function channelOrThrow(given: string | undefined): Channel {
  if (given === undefined) return 'cli';
  const channels = channelsOrThrow([given]);
  if (channels.length > 1) throw new KemptError('usage', `--channel takes one channel here, got "${given}".`);
  return channels[0]!;
}

/** The config a command runs with: --config, else kempt.config.yaml here, else the shipped default. */
export function loadRunConfig(file: string | undefined): { config: ResolvedConfig; configSource: string } {
  const source = configSource(file);
  return {
    config: loadConfigOrThrow(source.path),
    configSource: source.path === DEFAULT_CONFIG_PATH ? 'shipped default' : source.path,
  };
}

/** --config and --channel: which rules judge the records (audit, clean and every later file command). */
export function ruleOptions(command: Command): Command {
  return command
    .option(
      '--config <file>',
      'the rules (default: kempt.config.yaml in this folder if there is one, else the shipped default)',
    )
    .option(
      '--channel <name>',
      `judge the records by the rules of this channel: ${CHANNELS.join(', ')}`,
      'cli',
    );
}

/** `--workers <n>`: worker threads besides the main thread. */
export function workerCountOrThrow(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 64)
    throw new KemptError('usage', `--workers takes a whole number from 0 to 64, got "${value}".`);
  return n;
}
