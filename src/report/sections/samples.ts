/** Test records and stale records, each with its example rows. */

import type { Sample, StaleStats } from '../../audit/report-types.ts';
import { truncate } from '../escape.ts';
import { formatInt, formatPercent, plural, ratio } from '../format.ts';
import { html, type SafeHtml } from '../safe-html.ts';
import { VALUE_MAX, valueHtml } from '../value.ts';
import { section } from './parts.ts';

function exampleTable(column: string, rows: readonly { row: number; cell: SafeHtml }[]): SafeHtml {
  if (rows.length === 0) return html``;
  const body = rows.map((e) => html`<tr><td class="row">${formatInt(e.row)}</td><td>${e.cell}</td></tr>`);
  return html`<div class="table-wrap"><table><caption class="muted small">Examples</caption><thead><tr><th scope="col" class="row">Row</th><th scope="col">${column}</th></tr></thead><tbody>${body}</tbody></table></div>`;
}

function testBlock(test: Sample, total: number): SafeHtml {
  const line = test.count
    ? html`<p><b>${plural(test.count, 'record')}</b> look like test or placeholder data <span class="muted">(${formatPercent(ratio(test.count, total))})</span>.</p>`
    : html`<p class="muted">No test or placeholder records found.</p>`;
  const rows = test.examples.map((e) => ({ row: e.row, cell: html`${truncate(e.reason, VALUE_MAX).text}` }));
  return html`<div class="card"><h3>Test records</h3>${line}${exampleTable('Why', rows)}</div>`;
}

function staleBlock(stale: StaleStats, total: number): SafeHtml {
  if (stale.basis === null) {
    return html`<div class="card"><h3>Stale records</h3><p class="muted">Not checked: no <code>last_activity_at</code> or <code>updated_at</code> column is mapped.</p></div>`;
  }
  const line = html`<p><b>${plural(stale.count, 'record')}</b> show no sign of life for more than ${plural(stale.months, 'month')}, judged by <code class="code">${stale.basis}</code> <span class="muted">(${formatPercent(ratio(stale.count, total))})</span>.</p>`;
  const undated = stale.withoutDate
    ? html`<p class="muted">${plural(stale.withoutDate, 'record')} have no usable date and could not be judged.</p>`
    : '';
  const rows = stale.examples.map((e) => ({ row: e.row, cell: valueHtml(e.date) }));
  return html`<div class="card"><h3>Stale records</h3>${line}${undated}${exampleTable('Last sign of life', rows)}</div>`;
}

export function samplesSection(test: Sample, stale: StaleStats, total: number): SafeHtml {
  return section(
    'samples',
    'Test and stale records',
    html`${testBlock(test, total)}${staleBlock(stale, total)}`,
  );
}
