import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { Command } from 'commander';
import { KemptError } from '../../../errors.ts';
import { cachingResolver, dnsResolver, type VerifyResult, verifyEmail } from '../../../verify/index.ts';
import { positiveIntOrThrow } from '../options.ts';

interface VerifyFlags {
  json?: boolean;
  dns?: boolean;
  dnsServer?: string[];
  timeout: string;
  concurrency: string;
}

export function verifyCommand(program: Command): void {
  program
    .command('verify')
    .description(
      'Verify email addresses, one per line: syntax, typos, disposable, role, free provider; --dns adds MX lookups.',
    )
    .argument('<file>', 'a text file with one address per line, or - for standard input')
    .option(
      '--json',
      'print one JSON object per line: input, normalized, status, reasons, suggestion, recommendation',
    )
    .option('--dns', 'look up the mail servers (MX) of each domain')
    .option(
      '--dns-server <ip[:port]>',
      'DNS server to ask (repeatable; default: the system resolver)',
      (v, prev: string[] = []) => [...prev, v],
    )
    .option('--timeout <ms>', 'DNS timeout per query', '3000')
    .option('--concurrency <n>', 'DNS lookups in flight', '16')
    .action(async (file: string, flags: VerifyFlags) => {
      const timeoutMs = positiveIntOrThrow('--timeout', flags.timeout);
      const concurrency = positiveIntOrThrow('--concurrency', flags.concurrency);
      const resolver = flags.dns
        ? cachingResolver(
            dnsResolver({ timeoutMs, tries: 2, ...(flags.dnsServer && { servers: flags.dnsServer }) }),
          )
        : undefined;
      const input = await openLines(file);
      const counts = new Map<string, number>();
      const window: Promise<VerifyResult>[] = [];
      const emit = (r: VerifyResult) => {
        counts.set(r.status, (counts.get(r.status) ?? 0) + 1);
        process.stdout.write(flags.json ? `${JSON.stringify(r)}\n` : textLine(r));
      };
      for await (const line of createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY })) {
        if (line.trim() === '') continue;
        window.push(verifyEmail(line.replace(/^\uFEFF/, ''), resolver ? { resolver } : {}));
        if (window.length >= concurrency) emit(await window.shift()!);
      }
      for (const pending of window) emit(await pending);
      if (!flags.json) {
        const summary = [...counts].map(([status, n]) => `${n} ${status}`).join(', ');
        process.stderr.write(
          `${summary || 'no addresses'}${resolver ? '' : ' (offline: add --dns to look up mail servers)'}\n`,
        );
      }
    });
}

async function openLines(file: string): Promise<Readable> {
  if (file === '-') return process.stdin;
  try {
    const s = await stat(file);
    if (s.isDirectory())
      throw new KemptError('file_unreadable', `${file} is a directory, not a file.`, { file });
  } catch (error) {
    if (error instanceof KemptError) throw error;
    throw new KemptError(
      'file_not_found',
      `File not found: ${file}`,
      { file },
      'Give a file with one address per line, or - for standard input.',
    );
  }
  return createReadStream(file, { encoding: 'utf8' });
}

function textLine(r: VerifyResult): string {
  const suggestion = r.suggestion ? `  → did you mean ${r.suggestion}?` : '';
  const reasons = r.reasons.length > 0 ? `  [${r.reasons.join(', ')}]` : '';
  return `${r.status.padEnd(13)} ${r.recommendation.padEnd(10)} ${r.input}${suggestion}${reasons}\n`;
}
