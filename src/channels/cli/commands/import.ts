import type { Command } from 'commander';
import { KemptError } from '../../../errors.ts';
import { collect, type InputOptions, inputOptions, loadRunConfig } from '../options.ts';
import { progressBar } from '../progress.ts';

interface ImportFlags extends InputOptions {
  user: string;
  db?: string;
  config?: string;
  problems?: string;
  json?: boolean;
}

/**
 * `kempt import FILE --user NAME`: a CRM export into the store, every row through the gate on the
 * import channel, as one run (undo it with the API's /v1/runs/{id}/undo). The user's role decides
 * which columns may be written: a column of a field the role may not write stops the import before
 * anything is stored.
 */
export function importCommand(program: Command): void {
  program
    .command('import')
    .description(
      "Import a CRM export into the store: each row through the gate (channel import), duplicates of stored people refused, one undoable run; the user's role decides which columns may be written",
    )
    .argument('<file>', 'CRM export (CSV)')
    .requiredOption('--user <name>', 'who imports (a user of kempt user add); their role applies')
    .option('--db <url-or-file>', 'postgres:// URL or SQLite file (default: DATABASE_URL, else kempt.db)')
    .option(
      '--config <file>',
      'the rules (default: kempt.config.yaml here if there is one, else the shipped default)',
    )
    .option('--map <field=Header>', 'map a column to a field (repeatable)', collect)
    .option('--encoding <name>', 'input encoding (default: detected)')
    .option('--delimiter <char>', 'input delimiter (default: detected)')
    .option('--problems <file.csv>', 'write every row not created: row, status, id, field, code, message')
    .option('--json', 'print the summary as JSON')
    .action(async (file: string, flags: ImportFlags) => {
      const { config } = loadRunConfig(flags.config);
      const [
        { createGate },
        { accessService, rolesOf, forbiddenFields },
        records,
        runs,
        { openStore },
        csv,
        view,
        mapping,
        { CsvWriter },
      ] = await Promise.all([
        import('../../../gate/index.ts'),
        import('../../../service/access.ts'),
        import('../../../service/records.ts'),
        import('../../../service/runs.ts'),
        import('../../../store/db.ts'),
        import('../../../io/csv/read.ts'),
        import('../../../record/view.ts'),
        import('../../../record/mapping.ts'),
        import('../../../io/csv/write.ts'),
      ]);
      const input = inputOptions(flags);
      const progress = progressBar('Importing', !flags.json);
      const opened = await csv.openCsv(file, {
        ...(input.encoding && { encoding: input.encoding }),
        ...(input.delimiter && { delimiter: input.delimiter }),
        batchSize: 500,
        onBytes: (done) => progress.update(done, opened.size),
      });
      const map = mapping.mapColumns(opened.header, input.mapping(opened.header));
      const refs = view.columnRefs(map);
      const store = await openStore(flags.db ? { url: flags.db } : {});
      const problems = flags.problems ? new CsvWriter(flags.problems) : undefined;
      try {
        const principal = await accessService(store.db, rolesOf(config.roles)).principalOf(flags.user);
        const columns = Object.fromEntries(refs.flatMap((ref, i) => (ref ? [[ref, opened.header[i]!]] : [])));
        const forbidden = forbiddenFields(principal.writes, columns);
        if (forbidden.length > 0)
          throw new KemptError(
            'usage',
            `${principal.user} (${principal.role}) may not write ${forbidden.map((f) => `${f} (column "${columns[f]}")`).join(', ')}; nothing was imported.`,
            { file },
            'Remove those columns, or import as a user whose role may write them.',
          );
        const service = records.createRecordService({
          db: store.db,
          kind: store.kind,
          gate: createGate(config),
        });
        const run = runs.runService(store.db, service);
        const toRecord = view.rowToRecord(map);
        const runId = crypto.randomUUID();
        const counts: Record<string, number> = {};
        await problems?.write(['row', 'status', 'id', 'field', 'code', 'message']);
        for await (const batch of opened.batches()) {
          const rows = batch.map((r) => view.withoutBlanks(toRecord(r.cells)));
          const report = await run.importRecords(rows, { actor: principal.user, runId });
          for (const [status, n] of Object.entries(report.counts)) counts[status] = (counts[status] ?? 0) + n;
          if (problems)
            for (const r of report.results) {
              if (r.status === 'created') continue;
              const row = String(batch[r.index]!.row);
              const errors = r.errors?.length ? r.errors : [{ field: '', code: '', message: '' }];
              for (const e of errors)
                await problems.write([row, r.status, r.id ?? '', e.field, e.code, e.message]);
            }
        }
        progress.stop();
        const total = Object.values(counts).reduce((a, b) => a + b, 0);
        const summary = { file, runId, user: principal.user, role: principal.role, records: total, counts };
        if (flags.json) process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
        else
          process.stdout.write(
            `Imported ${file} as ${principal.user} (${principal.role}): ${total.toLocaleString('en')} records, run ${runId}\n` +
              Object.entries(counts)
                .map(([status, n]) => `  ${status.padEnd(12)} ${n.toLocaleString('en')}\n`)
                .join('') +
              (flags.problems ? `Rows not created: ${flags.problems}\n` : '') +
              `Undo the whole run: POST /v1/runs/${runId}/undo\n`,
          );
      } finally {
        progress.stop();
        await problems?.close();
        await store.close();
      }
    });
}

/** `kempt undo run ID --user NAME`: a whole import or sync taken back (records it created withdrawn). */
export function undoCommand(program: Command): void {
  const undo = program.command('undo').description('Take back changes the service made');
  undo
    .command('run')
    .description('Undo every change of one run (an import or a sync); the records it created are withdrawn')
    .argument('<run-id>', 'the run id that kempt import (or the API) printed')
    .requiredOption('--user <name>', 'who undoes it (a role that may write every field)')
    .option('--db <url-or-file>', 'postgres:// URL or SQLite file (default: DATABASE_URL, else kempt.db)')
    .option(
      '--config <file>',
      'the config whose roles count (default: kempt.config.yaml here, else the shipped one)',
    )
    .option('--json', 'print the report as JSON')
    .action(async (runId: string, flags: { user: string; db?: string; config?: string; json?: boolean }) => {
      const { config } = loadRunConfig(flags.config);
      const [{ accessService, rolesOf }, { undoService }, { openStore }] = await Promise.all([
        import('../../../service/access.ts'),
        import('../../../service/undo.ts'),
        import('../../../store/db.ts'),
      ]);
      const store = await openStore(flags.db ? { url: flags.db } : {});
      try {
        const principal = await accessService(store.db, rolesOf(config.roles)).principalOf(flags.user);
        if (!principal.writes.write.includes('*'))
          throw new KemptError('usage', `${principal.user} (${principal.role}) may not undo changes.`);
        const report = await undoService(store.db).run(runId, { actor: principal.user, channel: 'cli' });
        if (report.undone.length === 0 && report.conflicts.length === 0)
          throw new KemptError('usage', `Run ${runId} has no changes to undo (unknown, or undone already).`);
        if (flags.json) process.stdout.write(`${JSON.stringify({ runId, ...report }, null, 2)}\n`);
        else
          process.stdout.write(
            `Undid ${report.undone.length.toLocaleString('en')} changes of run ${runId}` +
              (report.conflicts.length > 0
                ? `; ${report.conflicts.length} left alone (changed since by someone else)\n`
                : '\n'),
          );
      } finally {
        await store.close();
      }
    });
}
