/** The page's only stylesheet: inlined, no web fonts, light and print-friendly. */

import { GRADE_COLOR, TONE_FILL, TONE_INK } from './theme.ts';

const TOKENS = `:root{--ink:#1d2733;--muted:#5b6673;--line:#e2e6eb;--bg:#f4f6f8;--card:#fff;--accent:${TONE_FILL.accent};--valid:${TONE_FILL.valid};--risky:${TONE_FILL.risky};--risky-ink:${TONE_INK.risky};--invalid:${TONE_FILL.invalid};--empty:${TONE_FILL.empty}}`;

const BASE = `
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--ink);font:14px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,"Noto Sans",sans-serif;font-variant-numeric:tabular-nums}
main{max-width:1040px;margin:0 auto;padding:28px 24px 56px}
h1,h2,h3{line-height:1.25;margin:0}
h1{font-size:26px;font-weight:650;letter-spacing:-.01em}
h2{font-size:19px;font-weight:650;margin:0 0 14px}
h3{font-size:15px;font-weight:650;margin:0 0 8px}
p{margin:0 0 10px}
code{font:12.5px/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,"Liberation Mono",monospace}
.muted{color:var(--muted)}
.small{font-size:12px}
section{margin-top:28px}
.card{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:20px 22px;box-shadow:0 1px 2px rgba(16,24,40,.04)}
.card+.card{margin-top:14px}
.kicker{text-transform:uppercase;letter-spacing:.08em;font-size:11.5px;font-weight:650;color:var(--accent);margin-bottom:4px}
.file{margin-top:6px;word-break:break-all}
.file code{font-size:14.5px;background:#eef1f5;border-radius:5px;padding:2px 7px}
.meta{display:grid;grid-template-columns:repeat(auto-fill,minmax(140px,1fr));gap:12px 20px;margin:18px 0 0}
.meta div{min-width:0}
.meta dt{font-size:11.5px;color:var(--muted);text-transform:uppercase;letter-spacing:.05em}
.meta dd{margin:2px 0 0;font-weight:550;overflow-wrap:anywhere}
nav.toc{margin-top:18px;display:flex;flex-wrap:wrap;gap:6px}
nav.toc a{font-size:12.5px;color:var(--ink);text-decoration:none;border:1px solid var(--line);background:var(--card);border-radius:999px;padding:3px 11px}
nav.toc a:hover{border-color:var(--accent);color:var(--accent)}
.callout{border-left:4px solid var(--risky);background:#fff8e6;padding:10px 14px;border-radius:6px;margin-top:14px}
.tiles{display:grid;grid-template-columns:repeat(auto-fill,minmax(210px,1fr));gap:12px}
.tile{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:14px 16px}
.tile .n{font-size:24px;font-weight:680;letter-spacing:-.01em}
.tile .l{font-size:12.5px;color:var(--muted)}
.tile.bad .n{color:var(--invalid)}
.tile.warn .n{color:#9a6700}
.tile.good .n{color:var(--valid)}
`;

const GRADES = Object.entries(GRADE_COLOR)
  .map(([grade, color]) => `.grade-${grade}{background:${color}}`)
  .join('');

const SCORE = `
.score{display:grid;grid-template-columns:200px 1fr;gap:28px;align-items:start}
.score-main{text-align:center}
.grade{display:inline-block;margin-top:6px;font-weight:700;font-size:15px;border-radius:6px;padding:3px 12px;color:#fff}
${GRADES}
.ring-value{font-size:46px;font-weight:700;fill:var(--ink)}
.ring-sub{font-size:12px;fill:var(--muted)}
.components{list-style:none;padding:0;margin:14px 0 0;display:grid;grid-template-columns:1fr 1fr;gap:6px 22px}
.components li{font-size:12.5px;color:var(--muted)}
.components b{color:var(--ink);font-weight:600}
.formula{margin-top:14px;font-size:12.5px;color:var(--muted);border-top:1px solid var(--line);padding-top:10px}
@media (max-width:720px){.score{grid-template-columns:1fr}.components{grid-template-columns:1fr}.tiles{grid-template-columns:repeat(2,minmax(0,1fr))}main{padding:16px 12px 40px}.card{padding:16px}}
`;

const CHARTS = `
svg.chart,svg.ring{display:block;max-width:100%;height:auto}
svg.chart.bar{border-radius:6px;overflow:hidden}
svg.defs{position:absolute;width:0;height:0;overflow:hidden}
svg text{font-family:inherit}
.bar-label{font-size:13px;font-weight:600;fill:var(--ink)}
.bar-note{font-size:11px;fill:var(--muted)}
.bar-value{font-size:13px;font-weight:650;fill:var(--ink)}
.col-head{font-size:11.5px;font-weight:650;fill:var(--muted);text-transform:uppercase;letter-spacing:.05em}
.seg-label{font-size:11px;font-weight:650}
.legend{display:flex;flex-wrap:wrap;gap:6px 18px;list-style:none;padding:0;margin:12px 0 0;font-size:13px}
.legend-head{margin:14px 0 0}
.legend li{display:flex;align-items:center;gap:7px}
.sw{display:inline-block;width:12px;height:12px;border-radius:3px}
.sw-valid{background:var(--valid)}.sw-invalid{background:var(--invalid)}.sw-empty{background:var(--empty)}.sw-accent{background:var(--accent)}
.sw-risky{background:repeating-linear-gradient(45deg,var(--risky) 0 3px,#f3d27f 3px 5px)}
`;

const TABLES = `
.table-wrap{overflow-x:auto;margin-top:14px}
table{border-collapse:collapse;width:100%;font-size:13px}
th,td{text-align:left;padding:7px 10px;border-bottom:1px solid var(--line);vertical-align:top}
thead th{font-size:11.5px;text-transform:uppercase;letter-spacing:.05em;color:var(--muted);font-weight:650;border-bottom:1.5px solid #cfd5dc;white-space:nowrap}
td.num,th.num{text-align:right}
caption{caption-side:top;text-align:left;padding:0 0 6px}
td.row,th.row{width:1%;white-space:nowrap;text-align:right}
tbody th{font-weight:400;min-width:170px}
.nowrap{white-space:nowrap}
tbody tr:hover{background:#f9fafb}
th button{all:inherit;cursor:pointer}
th button::after{content:" \\2195";opacity:.35}
th[aria-sort=ascending] button::after{content:" \\2191";opacity:1}
th[aria-sort=descending] button::after{content:" \\2193";opacity:1}
.rows{color:var(--muted);font-size:12.5px}
`;

const VALUES = `
code.value{background:#f1f3f6;border:1px solid #e4e8ec;border-radius:4px;padding:1px 5px;white-space:pre-wrap;overflow-wrap:anywhere;unicode-bidi:isolate}
code.value .ws{background:#ffe3a3;border-radius:2px}
code.value .ctl{background:#fde2e0;color:#8a1f16;border-radius:3px;padding:0 2px;font-size:10.5px;margin:0 1px}
code.value .more{color:var(--muted)}
code.code{color:#34405a;font-weight:600}
.badge{display:inline-block;font-size:11px;font-weight:700;letter-spacing:.03em;text-transform:uppercase;border-radius:4px;padding:1px 7px;white-space:nowrap}
.badge-error{background:#fbe4e1;color:#8a1f16}
.badge-warning{background:#fdf0cf;color:#6b4a00}
.badge-info{background:#e3eafc;color:#22378a}
details.reason{border:1px solid var(--line);border-radius:8px;margin-top:8px;background:#fff}
details.reason>summary{display:grid;grid-template-columns:10px 74px 210px 96px 1fr;gap:12px;align-items:baseline;padding:9px 12px;cursor:pointer;list-style:none}
details.reason>summary::-webkit-details-marker{display:none}
details.reason>summary::before{content:"\\25B8";color:var(--muted)}
details.reason[open]>summary::before{content:"\\25BE"}
details.reason[open]>summary{border-bottom:1px solid var(--line)}
details.reason>summary .badge{justify-self:start}
details.reason .count{text-align:right;font-weight:650;white-space:nowrap}
details.reason .count small{display:block;font-weight:400;color:var(--muted);font-size:11px}
details.reason .inner{padding:4px 12px 12px}
@media (max-width:720px){details.reason>summary{grid-template-columns:10px auto 1fr auto}details.reason>summary>span:last-child{grid-column:2/-1}}
details.reason .inner table{margin-top:4px}
details.reason .inner th:nth-child(2){width:55%}
.field-head{display:flex;align-items:baseline;gap:10px;flex-wrap:wrap;margin-bottom:4px}
.clean-list{margin-top:12px;font-size:13px;color:var(--muted)}
footer{margin-top:40px;font-size:12px;color:var(--muted);text-align:center}
`;

const PRINT = `
@media print{
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
body{background:#fff;font-size:12px}
main{max-width:none;padding:0}
nav.toc{display:none}
.card,.tile{box-shadow:none;break-inside:avoid}
section{break-inside:auto}
h2{break-after:avoid}
details.reason{break-inside:avoid}
tbody tr:hover{background:none}
}
`;

export const CSS = TOKENS + BASE + SCORE + CHARTS + TABLES + VALUES + PRINT;
