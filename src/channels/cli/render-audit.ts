/** The terminal summary of an audit: the score first, then what to look at. */

import type { AuditReport } from '../../audit/report-types.ts';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const n = (x: number) => x.toLocaleString('en');

export function renderAuditText(report: AuditReport): string {
  const lines: string[] = [];
  const { file, records, score } = report;
  lines.push(
    `kempt audit · ${file.path} · ${n(records.total)} records · ${file.encoding}, "${printable(file.delimiter)}"-separated`,
  );
  lines.push('');
  lines.push(`Health score: ${score.value}/100 (grade ${score.grade})`);
  for (const c of score.components)
    lines.push(
      `  ${c.name.padEnd(16)} ${String(c.value).padStart(5)}  (weight ${c.weight}) ${c.explanation}`,
    );
  lines.push('');
  lines.push(
    `Records: ${n(records.clean)} clean, ${n(records.withWarnings)} with warnings, ${n(records.withErrors)} with errors`,
  );
  lines.push('');
  lines.push(
    `${'field'.padEnd(18)}${'filled'.padStart(8)}${'valid'.padStart(10)}${'risky'.padStart(9)}${'invalid'.padStart(9)}${'fixable'.padStart(9)}`,
  );
  for (const f of report.fields) {
    lines.push(
      `${f.field.padEnd(18)}${pct(f.fillRate).padStart(8)}${n(f.verdicts.valid).padStart(10)}${n(f.verdicts.risky).padStart(9)}${n(f.verdicts.invalid).padStart(9)}${n(f.fixable).padStart(9)}`,
    );
  }
  const reasons = report.fields
    .flatMap((f) => f.reasons.filter((r) => r.severity !== 'info').map((r) => ({ ...r, field: f.field })))
    .sort((a, b) => b.count - a.count)
    .slice(0, 12);
  if (reasons.length > 0) {
    lines.push('', 'Top problems:');
    for (const r of reasons) {
      const ex = r.examples[0];
      const example = ex
        ? ` e.g. row ${ex.row}: "${clip(ex.value)}"${ex.suggestion ? ` → "${clip(ex.suggestion)}"` : ''}`
        : '';
      lines.push(`  ${n(r.count).padStart(8)}  ${r.code.padEnd(28)} ${r.severity.padEnd(7)}${example}`);
    }
  }
  lines.push('', 'Duplicates:');
  for (const d of report.duplicates)
    lines.push(`  same ${d.label}: ${n(d.groups)} groups, ${n(d.extraRecords)} extra records`);
  lines.push(`Test records: ${n(report.testRecords.count)}`);
  if (report.stale.basis) {
    lines.push(
      `Stale (no ${report.stale.basis} for ${report.stale.months} months): ${n(report.stale.count)}; without a date: ${n(report.stale.withoutDate)}`,
    );
  }
  const g = report.gate;
  lines.push(
    '',
    `Under the ${g.channel} rules (${g.config}): ${n(g.actions.accept)} accepted as they are, ${n(g.actions.fix)} fixed, ${n(g.actions.quarantine)} to quarantine, ${n(g.actions.reject)} to reject`,
  );
  for (const r of g.rules.slice(0, 10))
    lines.push(`  ${n(r.count).padStart(8)}  ${r.action.padEnd(10)} ${r.ruleId.padEnd(30)} ${r.code}`);
  if (file.shortRows + file.longRows > 0) {
    lines.push(
      `Ragged rows: ${n(file.shortRows)} short, ${n(file.longRows)} long (e.g. rows ${file.raggedExamples.join(', ')})`,
    );
  }
  if (file.blankLines > 0) lines.push(`Blank lines skipped: ${n(file.blankLines)}`);
  const unmapped = file.columns.filter((c) => c.field === null).map((c) => c.header);
  if (unmapped.length > 0) lines.push(`Columns kept as custom fields: ${unmapped.join(', ')}`);
  lines.push(`Done in ${(report.elapsedMs / 1000).toFixed(1)} s.`);
  return `${lines.join('\n')}\n`;
}

function clip(value: string): string {
  const flat = value.replace(/\s+/g, ' ');
  return flat.length > 40 ? `${flat.slice(0, 39)}…` : flat;
}

function printable(delimiter: string): string {
  return delimiter === '\t' ? 'tab' : delimiter;
}
