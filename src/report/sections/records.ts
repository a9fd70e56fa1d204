/** Records by their worst finding: clean, with warnings, with errors. */

import type { RecordCounts } from '../../audit/report-types.ts';
import { formatInt } from '../format.ts';
import { html, type SafeHtml } from '../safe-html.ts';
import { type Segment, stackedBar } from '../svg.ts';
import { legend, section } from './parts.ts';

export function recordsSection(records: RecordCounts): SafeHtml {
  const segments: Segment[] = [
    { label: 'Clean', value: records.clean, tone: 'valid' },
    { label: 'With warnings', value: records.withWarnings, tone: 'risky' },
    { label: 'With errors', value: records.withErrors, tone: 'invalid' },
  ];
  const title = `Records: ${formatInt(records.clean)} clean, ${formatInt(records.withWarnings)} with warnings, ${formatInt(records.withErrors)} with errors, of ${formatInt(records.total)}`;
  const body = html`<div class="card"><p>Each record counts once, by its worst finding in any field. <span class="muted">Clean means nothing worse than an informational note.</span></p>${stackedBar(segments, title)}${legend(segments, records.total)}</div>`;
  return section('records', 'Records', body);
}
