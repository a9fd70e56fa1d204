/** What the config's rules would do with the file: the gate's decisions and the rules that fired. */

import type { GateReport } from '../../audit/report-types.ts';
import { formatInt, formatPercent, ratio } from '../format.ts';
import { html, type SafeHtml } from '../safe-html.ts';
import { emptyNote, numCell, rowList, section } from './parts.ts';

const ACTION_WORDS = [
  ['accept', 'accepted as they are'],
  ['fix', 'accepted with fixes'],
  ['quarantine', 'kept aside for review'],
  ['reject', 'rejected (a block rule)'],
] as const;

export function rulesSection(gate: GateReport, total: number): SafeHtml {
  if (total === 0) return section('rules', 'Under your rules', emptyNote('No records.'));
  const tiles = ACTION_WORDS.map(
    ([action, words]) =>
      html`<tr><td>${action}</td><td>${words}</td>${numCell(gate.actions[action])}<td class="num">${formatPercent(ratio(gate.actions[action], total))}</td></tr>`,
  );
  const rules = gate.rules
    .slice(0, 25)
    .map(
      (r) =>
        html`<tr><td><code>${r.ruleId}</code></td><td><code>${r.code}</code></td><td>${r.field}</td><td>${r.action}</td>${numCell(r.count)}<td>${rowList(r.rows)}</td></tr>`,
    );
  const intro = html`<p class="muted">The records as the <b>${gate.channel}</b> channel's rules in ${gate.config} judge them: the same gate every channel uses.</p>`;
  const decisions = html`<div class="table-wrap"><table><thead><tr><th scope="col">Decision</th><th scope="col">Meaning</th><th scope="col" class="num">Records</th><th scope="col" class="num">Share</th></tr></thead><tbody>${tiles}</tbody></table></div>`;
  const fired = rules.length
    ? html`<div class="table-wrap"><table><caption class="muted small">Rules that fired (most often first; ${formatInt(gate.rules.length)} in all)</caption><thead><tr><th scope="col">Rule</th><th scope="col">Finding</th><th scope="col">Field</th><th scope="col">Action</th><th scope="col" class="num">Records</th><th scope="col">First rows</th></tr></thead><tbody>${rules}</tbody></table></div>`
    : emptyNote('No rule fired.');
  return section('rules', 'Under your rules', html`${intro}${decisions}${fired}`);
}
