/**
 * Chart primitives as inline SVG. Every chart is `role="img"` with a `<title>` and `aria-label`;
 * the numbers are also printed as text beside each chart, so the SVG is never the only source.
 */

import { formatInt, formatPercent, ratio } from './format.ts';
import { html, join, type SafeHtml } from './safe-html.ts';
import { HATCHED, TONE_FILL, TONE_INK, type Tone } from './theme.ts';

const HATCH_ID = 'kempt-hatch';

export interface Segment {
  label: string;
  value: number;
  tone: Tone;
}

/** Shared pattern definitions; referenced by id from every chart in the document. */
export function svgDefs(): SafeHtml {
  return html`<svg class="defs" width="0" height="0" aria-hidden="true" focusable="false"><defs><pattern id="${HATCH_ID}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="2.4" height="6" fill="#ffffff" fill-opacity="0.55"/></pattern></defs></svg>`;
}

function chart(title: string, width: number, height: number, body: SafeHtml, kind = 'chart'): SafeHtml {
  return html`<svg class="${kind}" role="img" aria-label="${title}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}"><title>${title}</title>${body}</svg>`;
}

function r(n: number): string {
  return String(Math.round(n * 10) / 10);
}

function toneRect(x: number, y: number, w: number, h: number, tone: Tone, tip: string): SafeHtml {
  const hatch = HATCHED.has(tone)
    ? html`<rect x="${r(x)}" y="${r(y)}" width="${r(w)}" height="${r(h)}" fill="url(#${HATCH_ID})"/>`
    : '';
  return html`<g><title>${tip}</title><rect x="${r(x)}" y="${r(y)}" width="${r(w)}" height="${r(h)}" fill="${TONE_FILL[tone]}"/>${hatch}</g>`;
}

/** Segments side by side, scaled to their sum; shares printed inside those wide enough to hold them. */
function stack(
  segments: readonly Segment[],
  x: number,
  y: number,
  w: number,
  h: number,
  prefix: string,
): SafeHtml {
  const total = segments.reduce((sum, s) => sum + Math.max(0, s.value), 0);
  if (total === 0) {
    return html`<rect x="${r(x)}" y="${r(y)}" width="${r(w)}" height="${r(h)}" fill="${TONE_FILL.empty}"/><text class="seg-label" x="${r(x + 8)}" y="${r(y + h / 2)}" dominant-baseline="central" fill="${TONE_INK.empty}">no data</text>`;
  }
  const parts: SafeHtml[] = [];
  let at = x;
  for (const s of segments) {
    if (s.value <= 0) continue;
    const share = s.value / total;
    const sw = share * w;
    parts.push(
      toneRect(at, y, sw, h, s.tone, `${prefix}${s.label}: ${formatInt(s.value)} (${formatPercent(share)})`),
    );
    if (sw >= 46) {
      parts.push(
        html`<text class="seg-label" x="${r(at + sw / 2)}" y="${r(y + h / 2)}" text-anchor="middle" dominant-baseline="central" fill="${TONE_INK[s.tone]}">${formatPercent(share)}</text>`,
      );
    }
    at += sw;
  }
  return join(parts);
}

export function stackedBar(segments: readonly Segment[], title: string, width = 960, height = 36): SafeHtml {
  return chart(title, width, height, stack(segments, 0, 0, width, height, ''), 'chart bar');
}

export function ring(value: number, color: string, title: string): SafeHtml {
  const size = 168;
  const c = size / 2;
  const radius = 68;
  const circumference = 2 * Math.PI * radius;
  const clamped = Math.max(0, Math.min(100, value));
  const arc = (circumference * clamped) / 100;
  const body = html`<circle cx="${c}" cy="${c}" r="${radius}" fill="none" stroke="${TONE_FILL.empty}" stroke-width="16"/><circle cx="${c}" cy="${c}" r="${radius}" fill="none" stroke="${color}" stroke-width="16" stroke-dasharray="${r(arc)} ${r(circumference)}" transform="rotate(-90 ${c} ${c})"/><text class="ring-value" x="${c}" y="${c - 4}" text-anchor="middle" dominant-baseline="central">${Math.round(clamped)}</text><text class="ring-sub" x="${c}" y="${c + 30}" text-anchor="middle">of 100</text>`;
  return chart(title, size, size, body, 'ring');
}

export interface Bar {
  label: string;
  note: string;
  value: number;
  max: number;
  display: string;
  color: string;
}

/** One labelled horizontal bar per row against a light track, the value printed after the bar. */
export function barChart(bars: readonly Bar[], title: string, width = 620): SafeHtml {
  const labelWidth = 150;
  const valueWidth = 48;
  const rowHeight = 34;
  const track = width - labelWidth - valueWidth;
  const rows = bars.map((b, i) => {
    const y = i * rowHeight;
    const w = track * Math.max(0, Math.min(1, ratio(b.value, b.max)));
    return html`<g><title>${b.label} (${b.note}): ${b.display}</title><text class="bar-label" x="0" y="${y + 12}" dominant-baseline="central">${b.label}</text><text class="bar-note" x="0" y="${y + 27}" dominant-baseline="central">${b.note}</text><rect x="${labelWidth}" y="${y + 8}" width="${track}" height="14" rx="3" fill="${TONE_FILL.empty}"/><rect x="${labelWidth}" y="${y + 8}" width="${r(w)}" height="14" rx="3" fill="${b.color}"/><text class="bar-value" x="${width}" y="${y + 15}" text-anchor="end" dominant-baseline="central">${b.display}</text></g>`;
  });
  return chart(title, width, Math.max(rowHeight, bars.length * rowHeight), join(rows));
}

export interface StackRow {
  label: string;
  /** One stack per column, each scaled to its own sum. */
  columns: readonly (readonly Segment[])[];
}

/** A small-multiples table: one row per item, one 100% stacked bar per column. */
export function stackedRows(
  rows: readonly StackRow[],
  headers: readonly string[],
  title: string,
  width = 960,
): SafeHtml {
  const labelWidth = 150;
  const gap = 28;
  const head = 24;
  const rowHeight = 28;
  const colWidth = (width - labelWidth - gap * (headers.length - 1)) / Math.max(1, headers.length);
  const colX = (i: number): number => labelWidth + i * (colWidth + gap);
  const heads = headers.map((h, i) => html`<text class="col-head" x="${r(colX(i))}" y="12">${h}</text>`);
  const body = rows.map((row, ri) => {
    const y = head + ri * rowHeight;
    const stacks = row.columns.map((segments, ci) =>
      stack(segments, colX(ci), y + 4, colWidth, 20, `${row.label} — `),
    );
    return html`<g><text class="bar-label" x="0" y="${y + 14}" dominant-baseline="central">${row.label}</text>${stacks}</g>`;
  });
  return chart(title, width, head + Math.max(1, rows.length) * rowHeight, html`${heads}${body}`);
}
