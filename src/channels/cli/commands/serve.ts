import cluster from 'node:cluster';
import type { Command } from 'commander';
import { KemptError } from '../../../errors.ts';
import type { DuplicateRule } from '../../../service/records.ts';
import { collect, loadRunConfig, positiveIntOrThrow } from '../options.ts';

interface ServeFlags {
  port: string;
  host: string;
  db?: string;
  config?: string;
  duplicates?: string;
  model?: string;
  mergeAbove?: string;
  ratePerKey?: string;
  formOrigin?: string[];
  processes?: string;
}

const DUPLICATE_ACTIONS = ['block', 'alert', 'report', 'merge'] as const;

export function serveCommand(program: Command): void {
  program
    .command('serve')
    .description(
      'Run the records API: every write through the gate (channel api), OpenAPI at /docs. Embedded SQLite by default; PostgreSQL with DATABASE_URL.',
    )
    .option('--port <n>', 'port to listen on (0: any free port)', '8080')
    .option('--host <address>', 'address to listen on', '127.0.0.1')
    .option('--db <url-or-file>', 'postgres:// URL or SQLite file (default: DATABASE_URL, else kempt.db)')
    .option(
      '--config <file>',
      'the rules (default: kempt.config.yaml here if there is one, else the shipped default)',
    )
    .option(
      '--duplicates <action>',
      `probable duplicates at entry: ${DUPLICATE_ACTIONS.join(', ')} (default: only exact ones, 409)`,
    )
    .option(
      '--model <model.json>',
      'the matching model for --duplicates (from kempt train; default: the presets)',
    )
    .option('--merge-above <p>', 'with --duplicates merge: merge at this probability or more', '0.99')
    .option('--rate-per-key <n>', 'requests a second each API key may make', '200')
    .option(
      '--form-origin <origin>',
      'a web page origin allowed to post the public form (repeatable)',
      collect,
    )
    .option(
      '--processes <n>',
      'server processes sharing the port (node:cluster); for PostgreSQL, up to the cores the machine has',
      '1',
    )
    .action(async (flags: ServeFlags) => {
      const port = flags.port === '0' ? 0 : positiveIntOrThrow('--port', flags.port);
      const processes = positiveIntOrThrow('--processes', flags.processes ?? '1');
      if (processes > 1 && cluster.isPrimary) {
        await runPrimary(processes);
        return;
      }
      const { config, configSource } = loadRunConfig(flags.config);
      const url = flags.db ?? process.env.DATABASE_URL ?? 'kempt.db';
      // The service's modules load when it runs: every other command starts without them.
      const [{ createGate }, match, { rolesOf }, records, { isPostgresUrl, openStore }, { buildApp }] =
        await Promise.all([
          import('../../../gate/index.ts'),
          import('../../../match/index.ts'),
          import('../../../service/access.ts'),
          import('../../../service/records.ts'),
          import('../../../store/db.ts'),
          import('../../http/app.ts'),
        ]);
      const store = await openStore({ url });
      let duplicates: DuplicateRule | undefined;
      if (flags.duplicates) {
        const action = DUPLICATE_ACTIONS.find((a) => a === flags.duplicates);
        if (!action)
          throw new KemptError(
            'usage',
            `--duplicates takes ${DUPLICATE_ACTIONS.join(', ')}, not "${flags.duplicates}".`,
          );
        const model = flags.model
          ? match.readModelOrThrow(flags.model)
          : match.presetModel({
              available: new Set(match.CONTACT_FEATURES),
              custom: new Map(),
              records: 100_000,
            });
        const index = match.createMatchIndex({ model });
        const started = new Date().toISOString();
        const indexed = await records.indexStoredContacts(store.db, index);
        // Records other processes store reach this index within a second or two (one follow at a time).
        const follow = records.indexFollower(store.db, index, started);
        let following = false;
        setInterval(() => {
          if (following) return;
          following = true;
          void follow()
            .catch(() => undefined)
            .finally(() => {
              following = false;
            });
        }, 1000).unref();
        process.stdout.write(
          `kempt serve: ${indexed.toLocaleString('en')} stored contacts indexed for duplicate checks\n`,
        );
        duplicates = { index, action, mergeAbove: Number(flags.mergeAbove) };
      }
      const app = await buildApp({
        store,
        gate: createGate(config),
        ratePerKey: positiveIntOrThrow('--rate-per-key', flags.ratePerKey ?? '200'),
        roles: rolesOf(config.roles),
        formOrigins: flags.formOrigin ?? [],
        ...(duplicates ? { duplicates } : {}),
      });
      const address = await app.listen({ port, host: flags.host });
      const where = isPostgresUrl(url) ? 'PostgreSQL' : `SQLite ${url}`;
      const line = `kempt serve: listening on ${address} (store: ${where}; rules: ${configSource}; docs: ${address}/docs)`;
      if (cluster.isWorker) process.send?.({ listening: line });
      else process.stdout.write(`${line}\n`);
      await new Promise<void>((resolve) => {
        const stop = () => resolve();
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
      await app.close();
      await store.close();
      // A server of `--processes` is held open by its channel to the primary: let go of it to exit.
      if (cluster.isWorker) process.disconnect();
    });
}

/**
 * The primary of `--processes N`: forks N servers that share the port (the primary hands connections
 * out in turn), passes their output on, restarts none (a server that dies stops the rest: a service
 * manager decides what happens next), and stops them all on SIGINT/SIGTERM.
 */
async function runPrimary(processes: number): Promise<void> {
  const workers: ReturnType<typeof cluster.fork>[] = [];
  let stopping = false;
  const stopAll = () => {
    stopping = true;
    for (const w of workers) if (!w.isDead()) w.process.kill('SIGTERM');
  };
  process.once('SIGINT', stopAll);
  process.once('SIGTERM', stopAll);
  const done = new Promise<void>((resolve) => {
    cluster.on('exit', () => {
      stopAll();
      if (workers.every((w) => w.isDead())) resolve();
    });
  });
  // One at a time: each migrates (nothing to do after the first) and starts before the next.
  let line = '';
  for (let i = 0; i < processes && !stopping; i++) {
    const worker = cluster.fork();
    workers.push(worker);
    const started = await new Promise<boolean>((resolve) => {
      worker.on('message', (m: unknown) => {
        if (typeof m === 'object' && m !== null && 'listening' in m) {
          line = String((m as { listening: string }).listening);
          resolve(true);
        }
      });
      worker.once('exit', () => resolve(false));
    });
    if (!started) break;
  }
  // Every server listens on the same address; the line is said once, for all.
  if (!stopping && line) process.stdout.write(`${line} (${processes} processes)\n`);
  await done;
}
