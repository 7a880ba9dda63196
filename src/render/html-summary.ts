import { bracketed, type Lang } from '../util/lang.js';
import { formatNumber as num } from '../util/numbers.js';
import { roleCell, type BatchView, type SummaryRow } from './batch-view.js';
import { col, label, pageText } from './labels.js';
import { html, joinMarkup, type Markup } from './markup.js';
import { reportUnitCell, rosterWord, unitRoleCell } from './roster-view.js';

// The head of the batch page: the two bar charts and the sortable ranking table.

/** The cell class of a grade: g0 for the best, gw for the worst when there are several. */
export function gradeClass(grade: string, grades: string[]): string {
  const i = grades.indexOf(grade);
  if (i < 0) return '';
  if (i === grades.length - 1 && grades.length > 1) return 'gw';
  return `g${Math.min(i, 3)}`;
}

interface Bar {
  label: string;
  value: number;
  text: string;
  cls?: string;
}

const FILLS: Record<string, string> = { g0: '#4caf50', g1: '#5b9bd5', g2: '#e3b341', g3: '#f0883e', gw: '#cf222e' };

/** A horizontal bar chart as inline SVG: no script, no fonts fetched. */
function barChart(title: string, bars: Bar[], max: number): Markup {
  const rowH = 26;
  const labelW = 150;
  const barW = 300;
  const rows = bars.map((b, i) => {
    const y = 4 + i * rowH;
    const w = max > 0 ? Math.max(0, Math.round((b.value / max) * barW)) : 0;
    const fill = (b.cls && FILLS[b.cls]) ?? '#5b9bd5';
    return html`<text x="${labelW - 6}" y="${y + 17}" text-anchor="end">${b.label}</text>\
<rect x="${labelW}" y="${y + 4}" width="${w}" height="${rowH - 8}" fill="${fill}"/>\
<text x="${labelW + w + 6}" y="${y + 17}">${b.text}</text>`;
  });
  return html`<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${title}" \
width="${labelW + barW + 70}" height="${bars.length * rowH + 8}" font-size="12" font-family="sans-serif">${rows}</svg>`;
}

/** Reports per grade. With a roster: the counted reports and the 未报送 units (graded as the pack says). */
function gradeBars(view: BatchView, grades: string[]): Bar[] {
  const counts = new Map<string, number>();
  for (const g of grades) counts.set(g, 0);
  // Reports counted for no unit are not in the distribution.
  for (const r of view.rows.slice(0, view.ranked)) counts.set(r.a.grade, (counts.get(r.a.grade) ?? 0) + 1);
  for (const u of view.units) if (u.grade !== undefined) counts.set(u.grade, (counts.get(u.grade) ?? 0) + 1);
  return [...counts].map(([g, n]) => ({ label: g, value: n, text: String(n), cls: gradeClass(g, grades) }));
}

/** Each category's percent over all the reports. */
function categoryBars(view: BatchView): Bar[] {
  return view.categories.map((c) => {
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
}

export function charts(view: BatchView, lang: Lang, grades: string[]): Markup {
  const t = pageText(lang);
  const byGrade = gradeBars(view, grades);
  const gradeChart = barChart(t.gradeChart, byGrade, Math.max(1, ...byGrade.map((b) => b.value)));
  return html`<div class="charts"><div class="chart"><h3>${t.gradeChart}</h3>${gradeChart}</div>\
<div class="chart"><h3>${t.categoryChart}</h3>${barChart(t.categoryChart, categoryBars(view), 100)}</div></div>`;
}

function summaryHead(view: BatchView, lang: Lang): Markup[] {
  const compare = view.batch.comparisons !== undefined;
  const roster = view.batch.roster !== undefined;
  const th = (text: string, isNumber = false) =>
    isNumber ? html`<th data-type="num">${text}</th>` : html`<th>${text}</th>`;
  return [
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
  ];
}

/** A number cell: sorted by data-v, showing `text` (the number itself by default). */
const numCell = (v: number | undefined, text?: string, cls = 'n') =>
  html`<td class="${cls}" data-v="${v ?? ''}">${text ?? (v === undefined ? '' : num(v))}</td>`;

/** A cell marked as an alarm (class veto) when `alarm`. */
const alarmCell = (alarm: boolean | undefined, text: string | undefined, cls = 'veto') =>
  alarm ? html`<td class="${cls}">${text}</td>` : html`<td>${text}</td>`;

/**
 * With a roster, a unit without a report is a row after the ranked reports: 未报送, ranked last, graded as the pack
 * says.
 */
function unitRows(view: BatchView, lang: Lang, grades: string[]): Markup[] {
  // blank: region, year, score, percent; then veto, returned, shortfalls, not applicable, each category, last year's
  // two
  const after = 4 + view.categories.length + (view.batch.comparisons !== undefined ? 2 : 0);
  const blank = (n: number) => Array.from({ length: n }, () => html`<td></td>`);
  return view.units.map(
    (u) => html`\n<tr class="unit">${numCell(u.rank)}<td></td><td>${u.unit}</td><td>${unitRoleCell(lang, u)}</td>\
${blank(4)}<td class="${u.grade === undefined ? '' : gradeClass(u.grade, grades)}">${u.grade}</td>${blank(after)}\
<td class="veto">${u.note}</td><td></td></tr>`,
  );
}

/** Last year's percent and the change, coloured up or down. */
function comparisonCells(r: SummaryRow): Markup {
  const c = r.comparison;
  const trend = c?.change && c.change > 0 ? 'up' : c?.change && c.change < 0 ? 'down' : '';
  return html`${numCell(c?.previousPercent, c?.previousPercent === undefined ? '' : `${c.previousPercent}%`)}\
${numCell(c?.change, c?.change === undefined ? '' : `${c.change > 0 ? '+' : ''}${c.change}`, `n ${trend}`.trim())}`;
}

function reportRow(view: BatchView, r: SummaryRow, i: number, lang: Lang, grades: string[]): Markup {
  const a = r.a;
  const roster = view.batch.roster !== undefined;
  const score = `${num(a.score)} / ${num(a.maxScore)}${a.returned ? bracketed(lang, label(lang, 'provisional')) : ''}`;
  const categories = view.categories.map((cat) => {
    const s = r.categories.get(cat.id);
    return numCell(s?.score, s ? `${num(s.score)}/${num(s.maxScore)}` : '');
  });
  const rosterAlarm = r.roster && (!r.roster.counted || r.roster.conflicts.length > 0);
  const yes = (b: boolean | undefined) => (b ? col(lang, 'yes') : '');
  const unit = roster ? html`<td>${reportUnitCell(lang, r.roster)}</td>` : '';
  const compared = view.batch.comparisons !== undefined ? comparisonCells(r) : '';
  return html`${i > 0 ? '\n' : ''}<tr>${numCell(r.rank)}\
<td><a href="#r${i + 1}">${a.report.authority ?? a.report.file}</a></td>\
${unit}<td>${roleCell(lang, a)}</td><td>${a.report.region}</td>\
${numCell(a.report.year, a.report.year === undefined ? '' : String(a.report.year))}${numCell(a.score, score)}\
${numCell(a.percent, `${a.percent}%`)}<td class="${gradeClass(a.grade, grades)}">${a.grade}</td>\
${alarmCell(a.vetoed, yes(a.vetoed))}${alarmCell(a.returned, yes(a.returned), 'returned')}\
${numCell(r.shortfalls)}${numCell(r.notApplicable)}${categories}\
${compared}${roster ? alarmCell(rosterAlarm, r.roster?.note) : ''}\
<td><code>${a.report.file}</code></td></tr>`;
}

/** The ranking table, a row at a time. */
export function* summaryTable(view: BatchView, lang: Lang, grades: string[]): Generator<string> {
  yield String(html`<table class="sortable" id="summary"><thead><tr>${summaryHead(view, lang)}</tr></thead><tbody>\n`);
  for (let i = 0; i < view.rows.length; i++) {
    if (i === view.ranked) yield String(joinMarkup(unitRows(view, lang, grades)));
    yield String(reportRow(view, view.rows[i]!, i, lang, grades));
  }
  if (view.rows.length <= view.ranked) yield String(joinMarkup(unitRows(view, lang, grades)));
  yield '\n</tbody></table>';
}
