import type { Assessment } from '../model/assessment.js';
import type { BatchResult } from '../model/batch.js';
import { bracketed, punctuation, type Lang } from '../util/lang.js';
import { batchFromAssessments, batchView } from './batch-view.js';
import { reportSection } from './html-report.js';
import { charts, summaryTable } from './html-summary.js';
import { col, pageText } from './labels.js';
import { html, joinMarkup, raw, type Markup } from './markup.js';
import { reviewSummaryHtml } from './review-view.js';
import { rosterCheckHeadings, rosterCheckRows, rosterCountsLine, rosterWord } from './roster-view.js';
import { isInputError, type BatchFormatter, type CheckFormatter } from './types.js';

// The batch page: one self-contained HTML file. Every value from a report, a pack or a sheet is
// put in through the html`…` tag (markup.ts), which escapes it; the style sheet and the sorting
// script are the page's own constants, taken raw.

// Sorts a table by the clicked header: numbers by data-v, text by Chinese collation; click again to reverse.
const SORT_SCRIPT = [
  `document.querySelectorAll('table.sortable').forEach(function(t){var hs=t.tHead.rows[0].cells;`,
  `Array.prototype.forEach.call(hs,function(h,i){h.addEventListener('click',function(){`,
  `var d=h.getAttribute('aria-sort')==='ascending'?-1:1;Array.prototype.forEach.call(hs,function(x){`,
  `x.removeAttribute('aria-sort')});h.setAttribute('aria-sort',d===1?'ascending':'descending');`,
  `var n=h.getAttribute('data-type')==='num';var b=t.tBodies[0];`,
  `var rs=Array.prototype.slice.call(b.rows);var v=function(r){var c=r.cells[i];`,
  `var s=c.hasAttribute('data-v')?c.getAttribute('data-v'):c.textContent;`,
  `return n?(s===''?-Infinity:Number(s)):s};rs.sort(function(p,q){var x=v(p),y=v(q);`,
  `var c=n?(x<y?-1:x>y?1:0):String(x).localeCompare(String(y),'zh-CN');return c*d});`,
  `rs.forEach(function(r){b.appendChild(r)})})})});`,
].join('');
/**
 * The CSP's hash of SORT_SCRIPT (sha256, base64), written out so that rendering needs nothing from
 * node; test/render/html-csp.test.ts recomputes it from a rendered page, so an edit to the script
 * that forgets this line fails there, not silently in the browser.
 */
const SCRIPT_HASH = 'O/HmVW/zz81DFqyDfeWoO0gySZkDoEhOvqpetI4vSU4=';

const CSS = [
  '',
  'body{font-family:"Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei","PingFang SC",sans-serif;' +
    'margin:0 auto;max-width:1200px;padding:16px 24px;color:#1f2328;line-height:1.5}',
  'h1{font-size:22px;margin:8px 0}' +
    'h2{font-size:18px;margin:28px 0 8px;border-bottom:1px solid #d0d7de;padding-bottom:4px}' +
    'h3{font-size:15px;margin:12px 0 4px}',
  '.meta{color:#57606a;font-size:13px}.charts{display:flex;flex-wrap:wrap;gap:24px}.chart{flex:1 1 420px}',
  'table{border-collapse:collapse;font-size:13px;margin:8px 0}' +
    'th,td{border:1px solid #d0d7de;padding:4px 8px;text-align:left;vertical-align:top}',
  'th{background:#f0f3f6;white-space:nowrap}table.sortable th{cursor:pointer}' +
    'table.sortable th[aria-sort=ascending]::after{content:" ▲"}' +
    'table.sortable th[aria-sort=descending]::after{content:" ▼"}',
  '#summary td{white-space:nowrap}.wide{overflow-x:auto}' +
    'td.n{text-align:right;font-variant-numeric:tabular-nums}.g0{background:#c6efce}' +
    '.g1{background:#ddebf7}.g2{background:#ffeb9c}.g3{background:#fce4d6}.gw{background:#ffc7ce}',
  '.veto,td.returned{color:#9c0006;font-weight:bold}.fail,.error{color:#cf222e}.missing{color:#9a6700}' +
    '.waived{color:#0969da}.not_applicable{color:#57606a}',
  'div.returned{margin:8px 0;padding:6px 10px;border:2px solid #cf222e;background:#fff5f5}' +
    'div.returned h3{margin:0 0 4px;color:#9c0006}div.returned p{margin:0 0 4px}',
  '.finding{margin:8px 0;padding:6px 10px;border-left:3px solid #d0d7de}' +
    '.finding.fail,.finding.error{border-color:#cf222e}.finding.missing{border-color:#d4a72c}' +
    '.finding.waived{border-color:#0969da}.finding.not_applicable{border-color:#8c959f}',
  '.finding .t{font-weight:bold;color:#1f2328}.finding div{color:#1f2328}' +
    'blockquote{margin:4px 0;padding:2px 8px;background:#f6f8fa;border-left:3px solid #8c959f;color:#424a53}',
  '.up{color:#1a7f37}.down{color:#cf222e}code{font-size:12px;color:#57606a}' +
    '.warn{background:#fff8c5;padding:6px 10px;border:1px solid #d4a72c}',
  '@media print{table.sortable th{cursor:auto}}',
].join('\n');

function errorTable(batch: BatchResult, lang: Lang): Markup | '' {
  if (!batch.errors.length) return '';
  const rows = batch.errors.map((e) => html`<tr><td><code>${e.file}</code></td><td>${e.message}</td></tr>`);
  return html`<h2>${pageText(lang).errors}${bracketed(lang, batch.errors.length)}</h2><table><thead><tr>\
<th>${col(lang, 'file')}</th><th>${col(lang, 'reason')}</th></tr></thead>\
<tbody>${joinMarkup(rows, '\n')}</tbody></table>`;
}

function rosterTable(batch: BatchResult, lang: Lang): Markup | '' {
  if (!batch.roster) return '';
  const rows = rosterCheckRows(batch, lang).map(
    (
      c,
    ) => html`<tr><td>${c.unit}</td><td>${c.role}</td>${c.alarm ? html`<td class="veto">` : html`<td>`}${c.status}</td>\
<td><code>${c.files}</code></td><td>${c.url}</td><td>${c.note}</td></tr>`,
  );
  const heads = rosterCheckHeadings(lang).map((h) => html`<th>${h}</th>`);
  return html`<h2>${rosterWord(lang, 'sheet')}</h2><table class="sortable"><thead><tr>${heads}</tr></thead>\
<tbody>${joinMarkup(rows, '\n')}</tbody></table>`;
}

/** The page's head and its first lines: the pack, the counts, the roster's counts. */
function pageHead(batch: BatchResult, lang: Lang): Markup {
  const t = pageText(lang);
  const { colon, comma } = punctuation(lang);
  const counts = rosterCountsLine(batch, lang);
  const pack = batch.pack.id
    ? html`${t.pack}${colon}${batch.pack.title}${bracketed(lang, `${batch.pack.id} ${batch.pack.version}`)}${t.packEnd}`
    : '';
  const interrupted = batch.interrupted ? html`<p class="warn">${t.interrupted}</p>` : '';
  return html`<!DOCTYPE html>
<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; \
script-src 'sha256-${raw(SCRIPT_HASH)}'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t.title}</title>
<style>${raw(CSS)}</style>
</head>
<body>
<h1>${t.title}</h1>
<p class="meta">${pack}${t.total} ${batch.total} ${t.files}${comma}${t.scored} ${batch.assessments.length}${t.reports_}\
${comma}${t.failedFiles} ${batch.errors.length}</p>
${counts ? html`<p class="meta">${counts}</p>\n` : ''}${interrupted}
`;
}

/**
 * One self-contained page: no network, a CSP that only lets its own sorting script run, everything from reports
 * escaped.
 */
export function renderHtmlPage(batch: BatchResult, lang: Lang): string {
  return [...htmlPageChunks(batch, lang)].join('');
}

/** The page in pieces, for writing a large batch without holding the whole page as one string. */
export function* htmlPageChunks(batch: BatchResult, lang: Lang): Generator<string> {
  const t = pageText(lang);
  const view = batchView(batch);
  const grades =
    batch.pack.grades.length > 0 ? batch.pack.grades.map((g) => g.name) : [...new Set(view.rows.map((r) => r.a.grade))];
  yield String(html`${pageHead(batch, lang)}${charts(view, lang, grades)}
<h2>${t.ranking}</h2><p class="meta">${t.sortHint}</p>
<div class="wide">`);
  yield* summaryTable(view, lang, grades);
  yield String(html`</div>
${rosterTable(batch, lang)}
${errorTable(batch, lang)}${reviewSummaryHtml(lang, batch)}
<h2>${t.reports}</h2>
`);
  for (let i = 0; i < view.rows.length; i++) {
    yield String(html`${i > 0 ? '\n' : ''}${reportSection(view.rows[i]!, i, lang, grades)}`);
  }
  yield String(html`
<script>${raw(SORT_SCRIPT)}</script>
</body>
</html>
`);
}

/** report.html: the page for a whole batch, written as it is produced. */
export const htmlFiles: BatchFormatter = (batch, { lang }) => [
  { name: 'report.html', chunks: htmlPageChunks(batch, lang) },
];

/**
 * `fazhi check --format html`: the same page for the inputs checked — the reports ranked, the
 * files that could not be scored in its error table.
 */
export const renderHtml: CheckFormatter = (entries, { lang, grades }) =>
  renderHtmlPage(
    batchFromAssessments(
      entries.filter((e): e is Assessment => !isInputError(e)),
      grades,
      entries.filter(isInputError),
    ),
    lang,
  );
