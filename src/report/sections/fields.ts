/** Per field: fill rate and verdict split as a chart, then the same numbers in a sortable table. */

import type { FieldStats } from '../../audit/report-types.ts';
import { html, type SafeHtml } from '../safe-html.ts';
import { type Segment, type StackRow, stackedRows } from '../svg.ts';
import { emptyNote, legend, numCell, pctCell, section, sortableHead } from './parts.ts';

function verdictSegments(f: FieldStats): Segment[] {
  return [
    { label: 'Valid', value: f.verdicts.valid, tone: 'valid' },
    { label: 'Risky', value: f.verdicts.risky, tone: 'risky' },
    { label: 'Invalid', value: f.verdicts.invalid, tone: 'invalid' },
  ];
}

function chartRow(f: FieldStats, total: number): StackRow {
  const fill: Segment[] = [
    { label: 'Filled', value: f.filled, tone: 'accent' },
    { label: 'Empty', value: Math.max(0, total - f.filled), tone: 'empty' },
  ];
  return { label: f.field, columns: [fill, verdictSegments(f)] };
}

function fieldName(f: FieldStats): SafeHtml {
  const header = f.header !== f.field ? html`<br><span class="muted small">column “${f.header}”</span>` : '';
  return html`<code class="code">${f.field}</code>${header}`;
}

function tableRow(f: FieldStats): SafeHtml {
  return html`<tr><th scope="row" data-sort="${f.field}">${fieldName(f)}</th>${numCell(f.filled)}${pctCell(f.fillRate)}${numCell(f.verdicts.valid)}${numCell(f.verdicts.risky)}${numCell(f.verdicts.invalid)}${numCell(f.fixable)}${numCell(f.reasons.length)}</tr>`;
}

function fieldTable(fields: readonly FieldStats[]): SafeHtml {
  const heads = [
    sortableHead('Field'),
    sortableHead('Filled', true),
    sortableHead('Fill rate', true),
    sortableHead('Valid', true),
    sortableHead('Risky', true),
    sortableHead('Invalid', true),
    sortableHead('Fixable', true),
    sortableHead('Issue types', true),
  ];
  return html`<div class="table-wrap"><table data-sortable><caption class="muted small">Verdicts count filled values only. Fixable values are changed by certain fixes in <code>kempt clean</code>.</caption><thead><tr>${heads}</tr></thead><tbody>${fields.map(tableRow)}</tbody></table></div>`;
}

export function fieldsSection(fields: readonly FieldStats[], total: number): SafeHtml {
  if (fields.length === 0)
    return section(
      'fields',
      'Fields',
      html`<div class="card">${emptyNote('No columns were mapped to contact fields.')}</div>`,
    );
  const sum = (pick: (f: FieldStats) => number): number => fields.reduce((s, f) => s + pick(f), 0);
  const split: Segment[] = [
    { label: 'Valid', value: sum((f) => f.verdicts.valid), tone: 'valid' },
    { label: 'Risky', value: sum((f) => f.verdicts.risky), tone: 'risky' },
    { label: 'Invalid', value: sum((f) => f.verdicts.invalid), tone: 'invalid' },
  ];
  const chart = stackedRows(
    fields.map((f) => chartRow(f, total)),
    ['Fill rate', 'Verdicts of filled values'],
    'Fill rate and verdict split per field',
  );
  const body = html`<div class="card">${chart}<p class="small muted legend-head">All filled values together:</p>${legend(
    split,
    sum((f) => f.filled),
  )}${fieldTable(fields)}</div>`;
  return section('fields', 'Fields', body);
}
