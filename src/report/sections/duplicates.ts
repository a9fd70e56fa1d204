/** Duplicates per matching key: how many groups, what merging would remove, the largest groups. */

import type { DuplicateStats } from '../../audit/report-types.ts';
import { formatInt, formatPercent, plural, ratio } from '../format.ts';
import { html, type SafeHtml } from '../safe-html.ts';
import { valueHtml } from '../value.ts';
import { emptyNote, rowList, section } from './parts.ts';

function largestTable(d: DuplicateStats): SafeHtml {
  if (d.largest.length === 0) return html``;
  const rows = d.largest.map(
    (g) =>
      html`<tr><td>${valueHtml(g.key)}</td><td class="num">${formatInt(g.count)}</td><td>${rowList(g.rows)}</td></tr>`,
  );
  return html`<div class="table-wrap"><table><caption class="muted small">Largest groups</caption><thead><tr><th scope="col">Shared ${d.label}</th><th scope="col" class="num">Records</th><th scope="col">Rows</th></tr></thead><tbody>${rows}</tbody></table></div>`;
}

function keyBlock(d: DuplicateStats, total: number): SafeHtml {
  const line =
    d.groups === 0
      ? html`<p class="muted">No two records share the same ${d.label}.</p>`
      : html`<p><b>${plural(d.groups, 'group')}</b> share the same ${d.label}; merging them would remove <b>${plural(d.extraRecords, 'extra record')}</b> <span class="muted">(${formatPercent(ratio(d.extraRecords, total))} of all records)</span>.</p>`;
  return html`<div class="card"><h3>By ${d.label}</h3>${line}${largestTable(d)}</div>`;
}

export function duplicatesSection(duplicates: readonly DuplicateStats[], total: number): SafeHtml {
  const body = duplicates.length
    ? html`<p class="muted">Each key is counted on its own: a record may appear under several keys.</p>${duplicates.map((d) => keyBlock(d, total))}`
    : emptyNote('No duplicate checks ran.');
  return section('duplicates', 'Duplicates', body);
}
