import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { auditFile } from '../../../audit/run.ts';
import { cleanFile } from '../../../clean/run.ts';
import { KemptError } from '../../../errors.ts';
import { renderHtmlReport } from '../../../report/index.ts';
import { renderAuditText } from '../render-audit.ts';

/** The sample export shipped with kempt: HubSpot headers, multilingual, dirty on purpose. */
export const SAMPLE_EXPORT = fileURLToPath(new URL('../../../../examples/crm-export.csv', import.meta.url));

/** A fixed "today" so the demo's staleness figures do not drift as the sample ages. */
const DEMO_NOW = new Date('2026-11-01T00:00:00Z');

export function demoCommand(program: Command): void {
  program
    .command('demo')
    .description(
      'Audit and clean the sample CRM export shipped with kempt; writes a report, the cleaned file and the changes.',
    )
    .option('--out <dir>', 'where to write the results', 'kempt-demo')
    .option('--json', 'print the audit report as JSON')
    .action(async (flags: { out: string; json?: boolean }) => {
      try {
        await mkdir(flags.out, { recursive: true });
      } catch (error) {
        throw new KemptError('output_unwritable', `Cannot create ${flags.out}: ${(error as Error).message}`, {
          file: flags.out,
        });
      }
      const report = await auditFile(SAMPLE_EXPORT, { now: DEMO_NOW });
      const html = join(flags.out, 'report.html');
      await writeFile(html, renderHtmlReport(report));
      const output = join(flags.out, 'cleaned.csv');
      const changes = join(flags.out, 'changes.csv');
      const summary = await cleanFile(SAMPLE_EXPORT, { output, changes, now: DEMO_NOW });
      if (flags.json) {
        process.stdout.write(
          `${JSON.stringify({ audit: report, clean: summary, files: { html, output, changes } }, null, 2)}\n`,
        );
        return;
      }
      process.stdout.write(renderAuditText(report));
      process.stdout.write(
        `\nkempt clean: ${summary.fixed} certain fixes and ${summary.automated} values set by automations in ${summary.recordsChanged} of ${summary.records} records, ` +
          `${summary.suggested} suggestions and ${summary.flagged} problems for review.\n` +
          `Wrote ${html}, ${output} and ${changes}.\n`,
      );
    });
}
