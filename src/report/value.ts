/** How one untrusted data value is shown: truncated, invisible characters and edge spaces marked. */

import { markedVisible, plainVisible, truncate } from './escape.ts';
import { formatInt } from './format.ts';
import { raw, type SafeHtml } from './safe-html.ts';

export const VALUE_MAX = 120;
/** A tooltip longer than this is unreadable and would bloat the file for multi-megabyte values. */
export const TITLE_MAX = 2000;

const EDGES = /^( *)(.*?)( *)$/s;

function markEdges(text: string, keepTrailing: boolean): string {
  const [, lead = '', core = '', trail = ''] = EDGES.exec(text) ?? [];
  const edge = (spaces: string, where: string): string =>
    spaces ? `<span class="ws" title="${where} spaces">${spaces}</span>` : '';
  return edge(lead, 'leading') + markedVisible(core) + (keepTrailing ? edge(trail, 'trailing') : trail);
}

export function valueHtml(value: string, max = VALUE_MAX): SafeHtml {
  if (value === '') return raw('<span class="muted">(empty)</span>');
  const { text, truncated } = truncate(value, max);
  if (!truncated) return raw(`<code class="value">${markEdges(text, true)}</code>`);
  const title = plainVisible(truncate(value, TITLE_MAX).text);
  return raw(
    `<code class="value" title="${title}">${markEdges(text, false)}<span class="more">…</span></code>` +
      ` <span class="muted small">${formatInt(value.length)} characters</span>`,
  );
}
