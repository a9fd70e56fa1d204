/** The health score: ring with grade, the weighted components as bars, their explanations, the formula. */

import type { HealthScore, ScoreComponent } from '../../audit/report-types.ts';
import { formatPercent } from '../format.ts';
import { html, type SafeHtml } from '../safe-html.ts';
import { barChart, ring } from '../svg.ts';
import { bandColor, GRADE_COLOR, GRADE_WORD } from '../theme.ts';
import { section } from './parts.ts';

const NAMES: Readonly<Record<ScoreComponent['name'], string>> = {
  validity: 'Validity',
  standardization: 'Standardization',
  risk: 'Risk',
  completeness: 'Completeness',
  uniqueness: 'Uniqueness',
  freshness: 'Freshness',
};

function weightShare(c: ScoreComponent, totalWeight: number): string {
  return `weight ${formatPercent(totalWeight > 0 ? c.weight / totalWeight : 0)}`;
}

function components(score: HealthScore): SafeHtml {
  if (score.components.length === 0) return html`<p class="muted">No score components.</p>`;
  const totalWeight = score.components.reduce((sum, c) => sum + c.weight, 0);
  const bars = score.components.map((c) => ({
    label: NAMES[c.name] ?? c.name,
    note: weightShare(c, totalWeight),
    value: c.value,
    max: 100,
    display: String(Math.round(c.value)),
    color: bandColor(c.value),
  }));
  const items = score.components.map(
    (c) =>
      html`<li><b>${NAMES[c.name] ?? c.name} ${Math.round(c.value)}/100</b> (${weightShare(c, totalWeight)}): ${c.explanation}</li>`,
  );
  return html`${barChart(bars, 'Score components, each 0 to 100')}<ul class="components">${items}</ul>`;
}

export function scoreSection(score: HealthScore): SafeHtml {
  const value = Math.round(score.value);
  const word = GRADE_WORD[score.grade] ?? '';
  const title = `Health score ${value} of 100, grade ${score.grade} (${word})`;
  const body = html`<div class="card score"><div class="score-main">${ring(value, GRADE_COLOR[score.grade] ?? '#5b6673', title)}<div class="grade grade-${score.grade}">Grade ${score.grade} · ${word}</div></div><div><h3>What the score is made of</h3>${components(score)}<p class="formula"><b>Formula:</b> ${score.formula}</p></div></div>`;
  return section('score', 'Health score', body);
}
