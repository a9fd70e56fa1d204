/** Issues by reason, worst field first; each reason collapses its examples. */

import type { Example, FieldStats, ReasonStats } from '../../audit/report-types.ts';
import type { Severity } from '../../fields/types.ts';
import { formatInt, formatPercent, plural, ratio } from '../format.ts';
import { html, type SafeHtml } from '../safe-html.ts';
import { valueHtml } from '../value.ts';
import { emptyNote, section } from './parts.ts';

const RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };
const LABEL: Readonly<Record<Severity, string>> = { error: 'Error', warning: 'Warning', info: 'Info' };

export function severityBadge(severity: Severity): SafeHtml {
  return html`<span class="badge badge-${severity}">${LABEL[severity] ?? severity}</span>`;
}

function byWorst(a: ReasonStats, b: ReasonStats): number {
  return (RANK[a.severity] ?? 3) - (RANK[b.severity] ?? 3) || b.count - a.count;
}

function flagged(f: FieldStats): number {
  return f.verdicts.invalid + f.verdicts.risky;
}

function exampleRow(e: Example): SafeHtml {
  const suggestion =
    e.suggestion === undefined ? html`<span class="muted">–</span>` : valueHtml(e.suggestion);
  return html`<tr><td class="row">${formatInt(e.row)}</td><td>${valueHtml(e.value)}</td><td>${suggestion}</td></tr>`;
}

function examples(reason: ReasonStats): SafeHtml {
  if (reason.examples.length === 0) return emptyNote('No examples recorded.');
  const more = reason.count - reason.examples.length;
  const note =
    more > 0
      ? html`<p class="small muted">Showing ${formatInt(reason.examples.length)} of ${formatInt(reason.count)}.</p>`
      : '';
  return html`<table><thead><tr><th scope="col" class="row">Row</th><th scope="col">Value</th><th scope="col">Suggestion</th></tr></thead><tbody>${reason.examples.map(exampleRow)}</tbody></table>${note}`;
}

function reasonBlock(reason: ReasonStats, total: number): SafeHtml {
  const share = formatPercent(ratio(reason.count, total));
  return html`<details class="reason"><summary>${severityBadge(reason.severity)}<code class="code">${reason.code}</code><span class="count">${formatInt(reason.count)}<small>${share} of records</small></span><span>${reason.message}</span></summary><div class="inner">${examples(reason)}</div></details>`;
}

function fieldBlock(f: FieldStats, total: number): SafeHtml {
  const header = f.header !== f.field ? html` <span class="muted small">column “${f.header}”</span>` : '';
  const summary = `${plural(f.verdicts.invalid, 'invalid value')}, ${plural(f.verdicts.risky, 'risky value')}, ${plural(f.fixable, 'fixable value')}`;
  const reasons = [...f.reasons].sort(byWorst).map((r) => reasonBlock(r, total));
  return html`<div class="card"><div class="field-head"><h3><code class="code">${f.field}</code></h3>${header}<span class="muted small">${summary}</span></div>${reasons}</div>`;
}

export function issuesSection(fields: readonly FieldStats[], total: number): SafeHtml {
  const withIssues = fields.filter((f) => f.reasons.length > 0).sort((a, b) => flagged(b) - flagged(a));
  const clean = fields.filter((f) => f.reasons.length === 0).map((f) => f.field);
  const cleanNote = clean.length ? html`<p class="clean-list">No issues in: ${clean.join(', ')}.</p>` : '';
  const intro = withIssues.length
    ? html`<p class="muted">Fields with the most invalid and risky values first. Open a reason to see example rows.</p>`
    : emptyNote('No issues found.');
  return section(
    'issues',
    'Issues by reason',
    html`${intro}${withIssues.map((f) => fieldBlock(f, total))}${cleanNote}`,
  );
}
