import type { Command } from 'commander';
import { KemptError } from '../../../errors.ts';
import { collect, type InputOptions, inputOptions } from '../options.ts';
import { progressBar } from '../progress.ts';

/** The matcher loads when a command runs: every other command starts without it. */
const matcher = () => import('../../../match/index.ts');

interface MatchFlags extends InputOptions {
  output: string;
  pairs?: string;
  model?: string;
  saveModel?: string;
  threshold?: string;
  id?: string;
  ignore?: string[];
  retrain?: boolean;
  json?: boolean;
}

function probabilityOrThrow(name: string, value: string): number {
  const n = Number(value);
  if (!(n > 0 && n < 1))
    throw new KemptError('usage', `${name} takes a probability between 0 and 1 (exclusive), got "${value}".`);
  return n;
}

function notTheInput(file: string, ...outputs: (string | undefined)[]): void {
  if (outputs.includes(file))
    throw new KemptError(
      'usage',
      'An output must not overwrite the input file.',
      { file },
      'Choose another name.',
    );
}

/** The options `dedupe` and `train` share: which file, how to read it, what to print. */
function matchInputOptions(command: Command): Command {
  return command
    .option('--id <column>', 'the column identifying records (default: the id column, else the row number)')
    .option('--ignore <column>', 'leave a column out of matching (repeatable)', collect)
    .option('--map <field=Header>', 'map a column to a field (repeatable)', collect)
    .option('--encoding <name>', 'input encoding (default: detected)')
    .option('--delimiter <char>', 'input delimiter (default: detected)')
    .option('--json', 'print the summary as JSON');
}

export function dedupeCommand(program: Command): void {
  matchInputOptions(program.command('dedupe'))
    .description(
      'Find duplicate records: blocking, a probabilistic model trained on the file without labels (or --model), clusters that do not chain.',
    )
    .argument('<file>', 'CRM export (CSV)')
    .requiredOption('-o, --output <clusters.csv>', 'write id, cluster_id, cluster_size for every record')
    .option('--pairs <pairs.csv>', 'write the scored pairs with each comparison’s level and weight')
    .option('--model <model.json>', 'use this model (from kempt train) instead of training on the file')
    .option('--save-model <model.json>', 'write the model used (trained on this file unless --model)')
    .option('--retrain', 'train the --model’s m, u and prior again on this file')
    .option(
      '--threshold <p>',
      'match probability at which two records are duplicates (default: the model’s, 0.9)',
    )
    .action(async (file: string, flags: MatchFlags) => {
      notTheInput(file, flags.output, flags.pairs, flags.saveModel);
      const { dedupeFile, readModelOrThrow } = await matcher();
      const progress = progressBar('Reading', !flags.json);
      const summary = await dedupeFile(file, {
        ...inputOptions(flags),
        clustersOut: flags.output,
        ...(flags.pairs && { pairsOut: flags.pairs }),
        ...(flags.saveModel && { modelOut: flags.saveModel }),
        ...(flags.model && { model: readModelOrThrow(flags.model) }),
        ...(flags.retrain && { retrain: true }),
        ...(flags.threshold && { threshold: probabilityOrThrow('--threshold', flags.threshold) }),
        ...(flags.id && { idColumn: flags.id }),
        ...(flags.ignore && { ignore: flags.ignore }),
        onProgress: (done, total) => progress.update(done, total),
        // Candidate pairs are known before anything is scored: say so, where someone is watching.
        onPhase: (phase, detail) => {
          progress.stop();
          if (!flags.json && process.stderr.isTTY) process.stderr.write(`${phase}: ${detail}\n`);
        },
      }).finally(() => progress.stop());
      if (flags.json) {
        process.stdout.write(
          `${JSON.stringify({ clustersFile: flags.output, pairsFile: flags.pairs ?? null, ...summary }, null, 2)}\n`,
        );
        return;
      }
      const n = (x: number) => x.toLocaleString('en');
      const lines = [
        `${n(summary.records)} records → ${n(summary.clusters)} clusters (${flags.output})`,
        `  ${n(summary.duplicateRecords)} duplicate records in ${n(summary.clusters - (summary.records - summary.recordsInClusters))} clusters of two or more; largest ${n(summary.largestCluster)}`,
        `  ${n(summary.candidatePairs)} candidate pairs scored; threshold ${summary.threshold}; ${n(summary.splitComponents)} chains split`,
        ...summary.blocking.map((r) => `    ${r.name}: ${n(r.pairs)} pairs`),
        `  time: ${(summary.timingsMs.total / 1000).toFixed(1)} s`,
        ...summary.warnings.map((w) => `  warning: ${w}`),
      ];
      process.stdout.write(`${lines.join('\n')}\n`);
    });
}

export function trainCommand(program: Command): void {
  matchInputOptions(program.command('train'))
    .description(
      'Train a duplicate-finding model on a file without labels (u from random pairs, m by EM) and save it as JSON.',
    )
    .argument('<file>', 'CRM export (CSV)')
    .requiredOption('-o, --output <model.json>', 'where to write the model')
    .option('--model <model.json>', 'start from this model (its comparisons and blocking rules)')
    .option(
      '--labels <pairs.csv>',
      'known pairs (id_l,id_r,match): m is measured on the matching ones where there are enough',
    )
    .action(async (file: string, flags: Omit<MatchFlags, 'pairs'> & { labels?: string }) => {
      notTheInput(file, flags.output);
      const {
        candidatePairs,
        createScorer,
        loadForMatching,
        readLabelsOrThrow,
        readModelOrThrow,
        tableStatistics,
        trainModel,
        writeModel,
      } = await matcher();
      const loaded = await loadForMatching(file, flags.model ? readModelOrThrow(flags.model) : undefined, {
        ...inputOptions(flags),
        ...(flags.id && { idColumn: flags.id }),
        ...(flags.ignore && { ignore: flags.ignore }),
      });
      const { table, model } = loaded;
      const pairs = candidatePairs(table, model.blocking, { maxBlockSize: model.max_block_size });
      const scorer = createScorer(model, { left: table, right: table, ...tableStatistics(model, [table]) });
      const labels = flags.labels ? await readLabelsOrThrow(flags.labels, loaded.ids) : undefined;
      const report = trainModel(model, table, scorer, pairs, labels ? { labels } : {});
      await writeModel(flags.output, report.model);
      const summary = {
        model: flags.output,
        records: table.size,
        candidatePairs: pairs.count,
        randomPairs: report.randomPairs,
        emIterations: report.iterations,
        expectedMatches: Math.round(report.expectedMatches),
        prior: report.model.prior,
        labelledPairs: labels?.length ?? 0,
        comparisons: report.model.comparisons.map((c) => ({
          name: c.name,
          levels: c.levels
            .filter((l) => l.is !== 'null')
            .map((l) => ({ level: l.label, m: l.m, u: l.u, weight: Math.log2(l.m! / l.u!) })),
        })),
      };
      if (flags.json) {
        process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
        return;
      }
      const lines = [
        `Trained on ${summary.records.toLocaleString('en')} records (${summary.candidatePairs.toLocaleString('en')} candidate pairs, ${summary.emIterations} EM iterations) → ${flags.output}`,
        `  prior: ${summary.prior.toExponential(2)} (about ${summary.expectedMatches.toLocaleString('en')} matching pairs)`,
        ...summary.comparisons.flatMap((c) => [
          `  ${c.name}`,
          ...c.levels.map(
            (l) => `    ${l.level.padEnd(44)} ${l.weight >= 0 ? '+' : ''}${l.weight.toFixed(1)} bits`,
          ),
        ]),
      ];
      process.stdout.write(`${lines.join('\n')}\n`);
    });
}
