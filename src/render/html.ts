import type { Assessment, Finding } from '../model/assessment.js';
import type { BatchResult } from '../model/batch.js';
import { batchFromAssessments, batchView, roleCell, type BatchView, type SummaryRow } from './batch-view.js';
import { eventText, groupFindings, isGateFailure } from './finding-groups.js';
import { bracketed, punctuation, type Lang } from '../util/lang.js';
import { col, label, pageText, roleLabel, severityLabel, statusLabel, summaryLine } from './labels.js';
import { escapeHtml } from '../util/html-text.js';
import { reviewHtml, reviewSummaryHtml } from './review-view.js';
import { formatNumber as num } from '../util/numbers.js';
import { isInputError, type BatchFormatter, type CheckFormatter } from './types.js';
import {
  reportUnitCell,
  rosterCheckHeadings,
  rosterCheckRows,
  rosterCountsLine,
  rosterWord,
  unitRoleCell,
} from './roster-view.js';

/** Everything that came from a report or a pack goes through here: text and attribute values alike. */
const esc = escapeHtml;

// Sorts a table by the clicked header: numbers by data-v, text by Chinese collation; click again to reverse.
const SORT_SCRIPT = `document.querySelectorAll('table.sortable').forEach(function(t){var hs=t.tHead.rows[0].cells;Array.prototype.forEach.call(hs,function(h,i){h.addEventListener('click',function(){var d=h.getAttribute('aria-sort')==='ascending'?-1:1;Array.prototype.forEach.call(hs,function(x){x.removeAttribute('aria-sort')});h.setAttribute('aria-sort',d===1?'ascending':'descending');var n=h.getAttribute('data-type')==='num';var b=t.tBodies[0];var rs=Array.prototype.slice.call(b.rows);var v=function(r){var c=r.cells[i];var s=c.hasAttribute('data-v')?c.getAttribute('data-v'):c.textContent;return n?(s===''?-Infinity:Number(s)):s};rs.sort(function(p,q){var x=v(p),y=v(q);var c=n?(x<y?-1:x>y?1:0):String(x).localeCompare(String(y),'zh-CN');return c*d});rs.forEach(function(r){b.appendChild(r)})})})});`;
/**
 * The CSP's hash of SORT_SCRIPT (sha256, base64), written out so that rendering needs nothing from
 * node; test/render/html-csp.test.ts recomputes it from a rendered page, so an edit to the script
 * that forgets this line fails there, not silently in the browser.
 */
const SCRIPT_HASH = 'O/HmVW/zz81DFqyDfeWoO0gySZkDoEhOvqpetI4vSU4=';

const CSS = `
body{font-family:"Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei","PingFang SC",sans-serif;margin:0 auto;max-width:1200px;padding:16px 24px;color:#1f2328;line-height:1.5}
h1{font-size:22px;margin:8px 0}h2{font-size:18px;margin:28px 0 8px;border-bottom:1px solid #d0d7de;padding-bottom:4px}h3{font-size:15px;margin:12px 0 4px}
.meta{color:#57606a;font-size:13px}.charts{display:flex;flex-wrap:wrap;gap:24px}.chart{flex:1 1 420px}
table{border-collapse:collapse;font-size:13px;margin:8px 0}th,td{border:1px solid #d0d7de;padding:4px 8px;text-align:left;vertical-align:top}
th{background:#f0f3f6;white-space:nowrap}table.sortable th{cursor:pointer}table.sortable th[aria-sort=ascending]::after{content:" ▲"}table.sortable th[aria-sort=descending]::after{content:" ▼"}
#summary td{white-space:nowrap}.wide{overflow-x:auto}td.n{text-align:right;font-variant-numeric:tabular-nums}.g0{background:#c6efce}.g1{background:#ddebf7}.g2{background:#ffeb9c}.g3{background:#fce4d6}.gw{background:#ffc7ce}
.veto,td.returned{color:#9c0006;font-weight:bold}.fail,.error{color:#cf222e}.missing{color:#9a6700}.waived{color:#0969da}.not_applicable{color:#57606a}
div.returned{margin:8px 0;padding:6px 10px;border:2px solid #cf222e;background:#fff5f5}div.returned h3{margin:0 0 4px;color:#9c0006}div.returned p{margin:0 0 4px}
.finding{margin:8px 0;padding:6px 10px;border-left:3px solid #d0d7de}.finding.fail,.finding.error{border-color:#cf222e}.finding.missing{border-color:#d4a72c}.finding.waived{border-color:#0969da}.finding.not_applicable{border-color:#8c959f}
.finding .t{font-weight:bold;color:#1f2328}.finding div{color:#1f2328}blockquote{margin:4px 0;padding:2px 8px;background:#f6f8fa;border-left:3px solid #8c959f;color:#424a53}
.up{color:#1a7f37}.down{color:#cf222e}code{font-size:12px;color:#57606a}.warn{background:#fff8c5;padding:6px 10px;border:1px solid #d4a72c}
@media print{table.sortable th{cursor:auto}}`;

function gradeClass(grade: string, grades: string[]): string {
  const i = grades.indexOf(grade);
  if (i < 0) return '';
  if (i === grades.length - 1 && grades.length > 1) return 'gw';
  return `g${Math.min(i, 3)}`;
}

/** A horizontal bar chart as inline SVG: no script, no fonts fetched. */
function barChart(
  title: string,
  bars: { label: string; value: number; text: string; cls?: string }[],
  max: number,
): string {
  const rowH = 26;
  const labelW = 150;
  const barW = 300;
  const h = bars.length * rowH + 8;
  const fills: Record<string, string> = { g0: '#4caf50', g1: '#5b9bd5', g2: '#e3b341', g3: '#f0883e', gw: '#cf222e' };
  const rows = bars
    .map((b, i) => {
      const y = 4 + i * rowH;
      const w = max > 0 ? Math.max(0, Math.round((b.value / max) * barW)) : 0;
      const fill = (b.cls && fills[b.cls]) ?? '#5b9bd5';
      return `<text x="${labelW - 6}" y="${y + 17}" text-anchor="end">${esc(b.label)}</text><rect x="${labelW}" y="${y + 4}" width="${w}" height="${rowH - 8}" fill="${fill}"/><text x="${labelW + w + 6}" y="${y + 17}">${esc(b.text)}</text>`;
    })
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${esc(title)}" width="${labelW + barW + 70}" height="${h}" font-size="12" font-family="sans-serif">${rows}</svg>`;
}

function charts(view: BatchView, lang: Lang, grades: string[]): string {
  const t = pageText(lang);
  const counts = new Map<string, number>();
  for (const g of grades) counts.set(g, 0);
  // With a roster: the counted reports and the 未报送 units (graded as the pack says); reports counted for no unit are not in the distribution.
  for (const r of view.rows.slice(0, view.ranked)) counts.set(r.a.grade, (counts.get(r.a.grade) ?? 0) + 1);
  for (const u of view.units) if (u.grade !== undefined) counts.set(u.grade, (counts.get(u.grade) ?? 0) + 1);
  const gradeBars = [...counts].map(([g, n]) => ({ label: g, value: n, text: String(n), cls: gradeClass(g, grades) }));
  const catBars = view.categories.map((c) => {
    let score = 0;
    let max = 0;
    for (const r of view.rows) {
      const s = r.categories.get(c.id);
      if (s) {
        score += s.score;
        max += s.maxScore;
      }
    }
    const pct = max > 0 ? (score / max) * 100 : 0;
    return { label: c.title, value: pct, text: max > 0 ? `${pct.toFixed(1)}%` : '—' };
  });
  return `<div class="charts"><div class="chart"><h3>${t.gradeChart}</h3>${barChart(t.gradeChart, gradeBars, Math.max(1, ...gradeBars.map((b) => b.value)))}</div><div class="chart"><h3>${t.categoryChart}</h3>${barChart(t.categoryChart, catBars, 100)}</div></div>`;
}

function* summaryTable(view: BatchView, lang: Lang, grades: string[]): Generator<string> {
  const compare = view.batch.comparisons !== undefined;
  const roster = view.batch.roster !== undefined;
  const th = (text: string, num = false) => `<th${num ? ' data-type="num"' : ''}>${esc(text)}</th>`;
  const head = [
    th(col(lang, 'rank'), true),
    th(col(lang, 'authority')),
    ...(roster ? [th(rosterWord(lang, 'unit'))] : []),
    th(col(lang, 'role')),
    th(col(lang, 'region')),
    th(col(lang, 'year'), true),
    th(col(lang, 'score'), true),
    th(col(lang, 'percent'), true),
    th(col(lang, 'grade')),
    th(col(lang, 'vetoed')),
    th(col(lang, 'returned')),
    th(col(lang, 'shortfalls'), true),
    th(col(lang, 'notApplicable'), true),
    ...view.categories.map((c) => th(c.title, true)),
    ...(compare ? [th(col(lang, 'previous'), true), th(col(lang, 'change'), true)] : []),
    ...(roster ? [th(rosterWord(lang, 'check'))] : []),
    th(col(lang, 'file')),
  ].join('');
  const numCell = (v: number | undefined, text?: string, cls = 'n') =>
    `<td class="${cls}" data-v="${v ?? ''}">${esc(text ?? (v === undefined ? '' : num(v)))}</td>`;
  yield `<table class="sortable" id="summary"><thead><tr>${head}</tr></thead><tbody>\n`;
  // With a roster, a unit without a report is a row after the ranked reports: 未报送, ranked last, graded as the pack says.
  const unitRows = function* () {
    for (const u of view.units) {
      // blank: region, year, score, percent; then veto, returned, shortfalls, not applicable, each category, last year's two
      const after = 4 + view.categories.length + (compare ? 2 : 0);
      yield `\n<tr class="unit">${numCell(u.rank)}<td></td><td>${esc(u.unit)}</td><td>${esc(unitRoleCell(lang, u))}</td>${'<td></td>'.repeat(4)}<td class="${u.grade === undefined ? '' : gradeClass(u.grade, grades)}">${esc(u.grade)}</td>${'<td></td>'.repeat(after)}<td class="veto">${esc(u.note)}</td><td></td></tr>`;
    }
  };
  for (let i = 0; i < view.rows.length; i++) {
    if (i === view.ranked) yield* unitRows();
    const r = view.rows[i]!;
    {
      const a = r.a;
      const c = r.comparison;
      yield `${i > 0 ? '\n' : ''}<tr>${numCell(r.rank)}<td><a href="#r${i + 1}">${esc(a.report.authority ?? a.report.file)}</a></td>${roster ? `<td>${esc(reportUnitCell(lang, r.roster))}</td>` : ''}<td>${esc(roleCell(lang, a))}</td><td>${esc(a.report.region)}</td>${numCell(a.report.year, a.report.year === undefined ? '' : String(a.report.year))}${numCell(a.score, `${num(a.score)} / ${num(a.maxScore)}${a.returned ? bracketed(lang, label(lang, 'provisional')) : ''}`)}${numCell(a.percent, `${a.percent}%`)}<td class="${gradeClass(a.grade, grades)}">${esc(a.grade)}</td><td${a.vetoed ? ' class="veto"' : ''}>${a.vetoed ? col(lang, 'yes') : ''}</td><td${a.returned ? ' class="returned"' : ''}>${a.returned ? col(lang, 'yes') : ''}</td>${numCell(r.shortfalls)}${numCell(r.notApplicable)}${view.categories
        .map((cat) => {
          const s = r.categories.get(cat.id);
          return numCell(s?.score, s ? `${num(s.score)}/${num(s.maxScore)}` : '');
        })
        .join('')}${
        compare
          ? numCell(c?.previousPercent, c?.previousPercent === undefined ? '' : `${c.previousPercent}%`) +
            numCell(
              c?.change,
              c?.change === undefined ? '' : `${c.change > 0 ? '+' : ''}${c.change}`,
              `n ${c?.change && c.change > 0 ? 'up' : c?.change && c.change < 0 ? 'down' : ''}`.trim(),
            )
          : ''
      }${roster ? `<td${r.roster && (!r.roster.counted || r.roster.conflicts.length > 0) ? ' class="veto"' : ''}>${esc(r.roster?.note)}</td>` : ''}<td><code>${esc(a.report.file)}</code></td></tr>`;
    }
  }
  if (view.rows.length <= view.ranked) yield* unitRows();
  yield `\n</tbody></table>`;
}

function findingHtml(f: Finding, lang: Lang): string {
  const { colon, comma } = punctuation(lang);
  const parts = [
    `<div class="t"><span class="${f.status}">${esc(statusLabel(lang, f.status))}</span> ${esc(f.title)} <span class="meta">${num(f.points)}/${num(f.maxPoints)}${label(lang, 'pointsSuffix')} · <code>${esc(f.ruleId)}</code> · ${esc(severityLabel(lang, f.severity))}${f.veto ? ` · <span class="veto">${esc(label(lang, 'vetoed'))}</span>` : ''}</span></div>`,
  ];
  if (f.message) parts.push(`<div>${esc(f.message)}</div>`);
  for (const e of f.evidence ?? []) {
    parts.push(
      `<blockquote>${e.line ? `<span class="meta">${esc(label(lang, 'line', { n: e.line }))}</span> ` : ''}${esc(e.quote)}</blockquote>`,
    );
  }
  for (const e of f.events ?? []) parts.push(`<div class="meta">${esc(eventText(e, lang))}</div>`);
  if (f.waiver)
    parts.push(
      `<div>${esc(label(lang, f.waiver.expired ? 'waiverExpired' : 'waiver'))}${colon}${esc(f.waiver.reason)}${bracketed(lang, `${esc(f.waiver.approver)}${comma}${esc(f.waiver.expires)}`)}</div>`,
    );
  if (f.error) parts.push(`<div class="error">${esc(f.error)}</div>`);
  if (f.remedy) parts.push(`<div>${esc(label(lang, 'remedy'))}${colon}${esc(f.remedy)}</div>`);
  if (f.basis) parts.push(`<div class="meta">${esc(label(lang, 'basis'))}${colon}${esc(f.basis)}</div>`);
  return `<div class="finding ${f.status}">${parts.join('')}</div>`;
}

function reportSection(r: SummaryRow, i: number, lang: Lang, grades: string[]): string {
  const a: Assessment = r.a;
  const t = pageText(lang);
  const { colon, semicolon } = punctuation(lang);
  const groups = groupFindings(a);
  // Pack order, as before, less the failed gates (their own block, first) and not_applicable (their own group, last).
  const findings = a.findings.filter((f) => f.status !== 'pass' && f.status !== 'not_applicable' && !isGateFailure(f));
  const returned = a.returned
    ? `\n<div class="returned"><h3>${esc(label(lang, 'returned'))}</h3><p>${esc(label(lang, 'returnedNote'))}</p>${groups.returned.map((f) => findingHtml(f, lang)).join('\n')}</div>`
    : '';
  const notApplicable = groups.notApplicable.length
    ? `\n<h3>${esc(label(lang, 'notApplicable'))}</h3>\n${groups.notApplicable.map((f) => findingHtml(f, lang)).join('\n')}`
    : '';
  const c = r.comparison;
  const compare = c
    ? `<p>${t.compare}${colon}${
        c.change === undefined
          ? '—'
          : `<span class="${c.change > 0 ? 'up' : c.change < 0 ? 'down' : ''}">${c.change > 0 ? '+' : ''}${c.change}</span>${bracketed(lang, `${c.previousPercent}% → ${c.percent}%`)}`
      }${c.newlyFailing.length ? `${semicolon}${col(lang, 'newlyFailing')}${colon}${c.newlyFailing.map((id) => `<code>${esc(id)}</code>`).join(' ')}` : ''}${
        c.fixed.length
          ? `${semicolon}${col(lang, 'fixed')}${colon}${c.fixed.map((id) => `<code>${esc(id)}</code>`).join(' ')}`
          : ''
      }</p>`
    : '';
  const cats = a.categories
    .map((cat) => `<tr><td>${esc(cat.title)}</td><td class="n">${num(cat.score)} / ${num(cat.maxScore)}</td></tr>`)
    .join('');
  const role = a.report.role ? bracketed(lang, esc(roleLabel(lang, a.report.role))) : '';
  const check = r.roster
    ? `\n<p class="meta${!r.roster.counted || r.roster.conflicts.length > 0 ? ' veto' : ''}">${esc(rosterWord(lang, 'check'))}${colon}${esc(r.roster.note)}</p>`
    : '';
  return `<section id="r${i + 1}"><h2>${r.rank === undefined ? '' : `${r.rank}. `}${esc(a.report.authority ?? a.report.file)}${role}${a.report.year !== undefined ? ` ${a.report.year}${label(lang, 'yearSuffix')}` : ''}</h2>
<p class="meta"><code>${esc(a.report.file)}</code></p>${check}${returned}
<p>${esc(label(lang, a.returned ? 'scoreProvisional' : 'score'))}${colon}<b>${num(a.score)} / ${num(a.maxScore)}</b>${bracketed(lang, `${a.percent}%`)} ${esc(col(lang, 'grade'))}${colon}<b class="${gradeClass(a.grade, grades)}">${esc(a.grade)}</b>${a.vetoed ? ` <span class="veto">${esc(label(lang, 'vetoed'))}${colon}${esc((a.vetoedBy ?? []).join(', '))}</span>` : ''}</p>${reviewHtml(lang, a)}${compare}
<details><summary>${t.categories}</summary><table>${cats}</table></details>
${findings.length || returned ? findings.map((f) => findingHtml(f, lang)).join('\n') : `<p>${t.noFindings}</p>`}${notApplicable}
<p class="meta">${esc(summaryLine(lang, a.counts))}</p></section>`;
}

/** One self-contained page: no network, a CSP that only lets its own sorting script run, everything from reports escaped. */
export function renderHtmlPage(batch: BatchResult, lang: Lang): string {
  return [...htmlPageChunks(batch, lang)].join('');
}

/** The page in pieces, for writing a large batch without holding the whole page as one string. */
export function* htmlPageChunks(batch: BatchResult, lang: Lang): Generator<string> {
  const t = pageText(lang);
  const view = batchView(batch);
  const grades =
    batch.pack.grades.length > 0 ? batch.pack.grades.map((g) => g.name) : [...new Set(view.rows.map((r) => r.a.grade))];
  const errors = batch.errors.length
    ? `<h2>${t.errors}${bracketed(lang, batch.errors.length)}</h2><table><thead><tr><th>${esc(col(lang, 'file'))}</th><th>${esc(col(lang, 'reason'))}</th></tr></thead><tbody>${batch.errors
        .map((e) => `<tr><td><code>${esc(e.file)}</code></td><td>${esc(e.message)}</td></tr>`)
        .join('\n')}</tbody></table>`
    : '';
  const check = rosterCheckRows(batch, lang);
  const rosterTable = batch.roster
    ? `<h2>${esc(rosterWord(lang, 'sheet'))}</h2><table class="sortable"><thead><tr>${rosterCheckHeadings(lang)
        .map((h) => `<th>${esc(h)}</th>`)
        .join('')}</tr></thead><tbody>${check
        .map(
          (c) =>
            `<tr><td>${esc(c.unit)}</td><td>${esc(c.role)}</td><td${c.alarm ? ' class="veto"' : ''}>${esc(c.status)}</td><td><code>${esc(c.files)}</code></td><td>${esc(c.url)}</td><td>${esc(c.note)}</td></tr>`,
        )
        .join('\n')}</tbody></table>`
    : '';
  const counts = rosterCountsLine(batch, lang);
  const { colon, comma } = punctuation(lang);
  const packLine = batch.pack.id
    ? `${t.pack}${colon}${esc(batch.pack.title)}${bracketed(lang, `${esc(batch.pack.id)} ${esc(batch.pack.version)}`)}${t.packEnd}`
    : '';
  yield `<!DOCTYPE html>
<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'sha256-${SCRIPT_HASH}'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t.title}</title>
<style>${CSS}</style>
</head>
<body>
<h1>${t.title}</h1>
<p class="meta">${packLine}${t.total} ${batch.total} ${t.files}${comma}${t.scored} ${batch.assessments.length}${t.reports_}${comma}${t.failedFiles} ${batch.errors.length}</p>
${counts ? `<p class="meta">${esc(counts)}</p>\n` : ''}${batch.interrupted ? `<p class="warn">${t.interrupted}</p>` : ''}
${charts(view, lang, grades)}
<h2>${t.ranking}</h2><p class="meta">${t.sortHint}</p>
<div class="wide">`;
  yield* summaryTable(view, lang, grades);
  yield `</div>
${rosterTable}
${errors}${reviewSummaryHtml(lang, batch)}
<h2>${t.reports}</h2>
`;
  for (let i = 0; i < view.rows.length; i++) yield (i > 0 ? '\n' : '') + reportSection(view.rows[i]!, i, lang, grades);
  yield `
<script>${SORT_SCRIPT}</script>
</body>
</html>
`;
}

/** report.html: the page for a whole batch, written as it is produced. */
export const htmlFiles: BatchFormatter = (batch, { lang }) => [
  { name: 'report.html', chunks: htmlPageChunks(batch, lang) },
];

/** `fazhi check --format html`: the same page for the inputs checked — the reports ranked, the files that could not be scored in its error table. */
export const renderHtml: CheckFormatter = (entries, { lang, grades }) =>
  renderHtmlPage(
    batchFromAssessments(
      entries.filter((e): e is Assessment => !isInputError(e)),
      grades,
      entries.filter(isInputError),
    ),
    lang,
  );
