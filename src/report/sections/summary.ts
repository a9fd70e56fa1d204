/** The at-a-glance tiles: the handful of numbers a RevOps admin reads before anything else. */

import type { AuditReport } from '../../audit/report-types.ts';
import { formatInt, formatPercent } from '../format.ts';
import { html, type SafeHtml } from '../safe-html.ts';

type Mood = 'good' | 'warn' | 'bad' | '';

interface Tile {
  value: number;
  label: string;
  /** Show the value as a share of all records. */
  share: boolean;
  /** How a non-zero value reads; zero reads as good. */
  mood: Mood;
}

function tileHtml(t: Tile, total: number): SafeHtml {
  // With no records, shares and good/bad colours would claim something the data cannot say.
  const mood = total === 0 || t.mood === '' ? '' : t.value > 0 ? t.mood : 'good';
  const pct =
    t.share && total > 0 ? html` <span class="muted">· ${formatPercent(t.value / total)}</span>` : '';
  return html`<div role="listitem" class="tile${mood ? ` ${mood}` : ''}"><div class="n">${formatInt(t.value)}</div><div class="l">${t.label}${pct}</div></div>`;
}

export function summaryTiles(report: AuditReport): SafeHtml {
  const { total, clean, withErrors, withWarnings } = report.records;
  const fixable = report.fields.reduce((sum, f) => sum + f.fixable, 0);
  const dup = report.duplicates.reduce<(typeof report.duplicates)[number] | undefined>(
    (best, d) => (d.extraRecords > (best?.extraRecords ?? -1) ? d : best),
    undefined,
  );
  const tiles: Tile[] = [
    { value: total, label: 'records audited', share: false, mood: '' },
    { value: clean, label: 'clean records', share: true, mood: '' },
    { value: withErrors, label: 'records with errors', share: true, mood: 'bad' },
    { value: withWarnings, label: 'records with warnings', share: true, mood: 'warn' },
    { value: fixable, label: 'values fixable automatically', share: false, mood: '' },
    {
      value: dup?.extraRecords ?? 0,
      label: dup ? `duplicate records by ${dup.label}` : 'duplicate records',
      share: true,
      mood: 'warn',
    },
    { value: report.testRecords.count, label: 'test records', share: true, mood: 'warn' },
    {
      value: report.stale.count,
      label: `stale (> ${report.stale.months} months)`,
      share: true,
      mood: 'warn',
    },
  ];
  return html`<div class="tiles" role="list" aria-label="Summary">${tiles.map((t) => tileHtml(t, total))}</div>`;
}
