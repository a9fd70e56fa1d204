/** Small pieces shared by the sections: legends, numeric cells, section frames. */

import { formatInt, formatPercent } from '../format.ts';
import { html, type SafeHtml } from '../safe-html.ts';
import type { Segment } from '../svg.ts';

export function section(id: string, title: string, body: SafeHtml): SafeHtml {
  return html`<section id="${id}" aria-labelledby="${id}-h"><h2 id="${id}-h">${title}</h2>${body}</section>`;
}

/** The chart's numbers as text: the legend doubles as the accessible data table of a stacked bar. */
export function legend(segments: readonly Segment[], total: number): SafeHtml {
  const items = segments.map(
    (s) =>
      html`<li><span class="sw sw-${s.tone}" aria-hidden="true"></span><span>${s.label}: <b>${formatInt(s.value)}</b> <span class="muted">(${formatPercent(total > 0 ? s.value / total : 0)})</span></span></li>`,
  );
  return html`<ul class="legend">${items}</ul>`;
}

export function numCell(n: number): SafeHtml {
  return html`<td class="num" data-sort="${n}">${formatInt(n)}</td>`;
}

export function pctCell(share: number): SafeHtml {
  return html`<td class="num" data-sort="${share}">${formatPercent(share)}</td>`;
}

export function sortableHead(label: string, numeric = false): SafeHtml {
  return html`<th scope="col"${numeric ? html` class="num"` : ''}><button type="button">${label}</button></th>`;
}

const ROWS_SHOWN = 12;

/** Row numbers as a short list; the full count is always stated. */
export function rowList(rows: readonly number[]): SafeHtml {
  const shown = rows.slice(0, ROWS_SHOWN).map(formatInt).join(', ');
  const rest = rows.length - ROWS_SHOWN;
  return html`<span class="rows">${shown}${rest > 0 ? ` and ${formatInt(rest)} more` : ''}</span>`;
}

export function emptyNote(text: string): SafeHtml {
  return html`<p class="muted">${text}</p>`;
}
