/** Page header: which file, how big, when and how fast, plus a warning when the file was ragged. */

import type { AuditReport, FileFacts } from '../../audit/report-types.ts';
import {
  describeDelimiter,
  formatBytes,
  formatDuration,
  formatInt,
  formatTimestamp,
  plural,
} from '../format.ts';
import { html, type SafeHtml } from '../safe-html.ts';

export const NAV: readonly (readonly [string, string])[] = [
  ['score', 'Health score'],
  ['records', 'Records'],
  ['fields', 'Fields'],
  ['issues', 'Issues'],
  ['duplicates', 'Duplicates'],
  ['samples', 'Test & stale'],
  ['file', 'File'],
];

function baseName(path: string): string {
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return path.slice(cut + 1) || path;
}

function speed(rows: number, ms: number): string {
  return ms > 0 && rows > 0 ? ` (${formatInt((rows * 1000) / ms)} rows/s)` : '';
}

/** Sentences for the structural problems the parser tolerated; empty when there were none. */
export function structureNotes(file: FileFacts): string[] {
  const notes: string[] = [];
  if (file.shortRows > 0) notes.push(`${plural(file.shortRows, 'row')} had fewer fields than the header.`);
  if (file.longRows > 0) notes.push(`${plural(file.longRows, 'row')} had more fields than the header.`);
  if (file.blankLines > 0) notes.push(`${plural(file.blankLines, 'blank line')} skipped.`);
  return notes;
}

function meta(label: string, value: string, title?: string): SafeHtml {
  return html`<div><dt>${label}</dt><dd${title ? html` title="${title}"` : ''}>${value}</dd></div>`;
}

export function headerSection(report: AuditReport): SafeHtml {
  const { file, records } = report;
  const mapped = file.columns.filter((c) => c.field !== null).length;
  const notes = structureNotes(file);
  const callout = notes.length
    ? html`<p class="callout" role="note"><b>File structure:</b> ${notes.join(' ')} <a href="#file">Details</a></p>`
    : '';
  const nav = NAV.map(([id, label]) => html`<a href="#${id}">${label}</a>`);
  return html`<header class="card"><div class="kicker">kempt audit</div><h1>Data health report</h1><p class="file" title="${file.path}"><code>${baseName(file.path)}</code></p><dl class="meta">${[
    meta('Records', formatInt(records.total)),
    meta('Columns', `${formatInt(file.columns.length)} (${formatInt(mapped)} mapped)`),
    meta('File size', formatBytes(file.bytes)),
    meta('Encoding', file.encoding),
    meta('Delimiter', describeDelimiter(file.delimiter)),
    meta('Generated', formatTimestamp(report.generatedAt), report.generatedAt),
    meta('Elapsed', formatDuration(report.elapsedMs) + speed(records.total, report.elapsedMs)),
    meta('kempt version', report.kempt.version),
  ]}</dl>${callout}<nav class="toc" aria-label="Sections">${nav}</nav></header>`;
}
