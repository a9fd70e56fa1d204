/** The file as read: column mapping and the structural problems the parser tolerated. */

import type { FileFacts } from '../../audit/report-types.ts';
import { formatInt } from '../format.ts';
import { html, type SafeHtml } from '../safe-html.ts';
import { valueHtml } from '../value.ts';
import { structureNotes } from './header.ts';
import { emptyNote, rowList, section } from './parts.ts';

function structure(file: FileFacts): SafeHtml {
  const notes = structureNotes(file);
  if (notes.length === 0)
    return html`<p class="muted">Every row had as many fields as the header; no blank lines.</p>`;
  const ragged = file.raggedExamples.length
    ? html`<li>Ragged rows, for example: ${rowList(file.raggedExamples)}</li>`
    : '';
  return html`<ul>${notes.map((n) => html`<li>${n}</li>`)}${ragged}</ul>`;
}

function columns(file: FileFacts): SafeHtml {
  if (file.columns.length === 0) return emptyNote('The file has no columns.');
  const rows = file.columns.map(
    (c, i) =>
      html`<tr><td class="row">${formatInt(i + 1)}</td><td>${valueHtml(c.header)}</td><td>${c.field === null ? html`<span class="muted">custom, passed through</span>` : html`<code class="code">${c.field}</code>`}</td></tr>`,
  );
  return html`<div class="table-wrap"><table><thead><tr><th scope="col" class="row">#</th><th scope="col">Header</th><th scope="col">Read as</th></tr></thead><tbody>${rows}</tbody></table></div>`;
}

export function fileSection(file: FileFacts): SafeHtml {
  const body = html`<div class="card"><h3>Structure</h3>${structure(file)}</div><div class="card"><h3>Columns</h3>${columns(file)}</div>`;
  return section('file', 'File', body);
}
