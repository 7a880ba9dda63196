import type { Assessment, Finding } from '../model/assessment.js';
import type { Comparison } from '../model/batch.js';
import { bracketed, punctuation, type Lang } from '../util/lang.js';
import { formatNumber as num } from '../util/numbers.js';
import type { SummaryRow } from './batch-view.js';
import { eventText, groupFindings, isGateFailure } from './finding-groups.js';
import { gradeClass } from './html-summary.js';
import { col, label, pageText, roleLabel, severityLabel, statusLabel, summaryLine } from './labels.js';
import { html, joinMarkup, type Markup } from './markup.js';
import { reviewHtml } from './review-view.js';
import { rosterWord } from './roster-view.js';

// One report's section of the batch page: its score, its review, last year's change, its findings.

function findingHead(f: Finding, lang: Lang): Markup {
  const veto = f.veto ? html` · <span class="veto">${label(lang, 'vetoed')}</span>` : '';
  return html`<div class="t"><span class="${f.status}">${statusLabel(lang, f.status)}</span> ${f.title} \
<span class="meta">${num(f.points)}/${num(f.maxPoints)}${label(lang, 'pointsSuffix')} · <code>${f.ruleId}</code> · \
${severityLabel(lang, f.severity)}${veto}</span></div>`;
}

function findingHtml(f: Finding, lang: Lang): Markup {
  const { colon, comma } = punctuation(lang);
  const parts = [findingHead(f, lang)];
  if (f.message) parts.push(html`<div>${f.message}</div>`);
  for (const e of f.evidence ?? []) {
    const line = e.line ? html`<span class="meta">${label(lang, 'line', { n: e.line })}</span> ` : '';
    parts.push(html`<blockquote>${line}${e.quote}</blockquote>`);
  }
  for (const e of f.events ?? []) parts.push(html`<div class="meta">${eventText(e, lang)}</div>`);
  if (f.waiver) {
    const w = f.waiver;
    const who = bracketed(lang, `${w.approver}${comma}${w.expires}`);
    parts.push(html`<div>${label(lang, w.expired ? 'waiverExpired' : 'waiver')}${colon}${w.reason}${who}</div>`);
  }
  if (f.error) parts.push(html`<div class="error">${f.error}</div>`);
  if (f.remedy) parts.push(html`<div>${label(lang, 'remedy')}${colon}${f.remedy}</div>`);
  if (f.basis) parts.push(html`<div class="meta">${label(lang, 'basis')}${colon}${f.basis}</div>`);
  return html`<div class="finding ${f.status}">${parts}</div>`;
}

const findingList = (findings: Finding[], lang: Lang) =>
  joinMarkup(
    findings.map((f) => findingHtml(f, lang)),
    '\n',
  );

/** 与上年相比：+3.5（70% → 73.5%）；新增问题：…；已整改：… */
function comparisonLine(c: Comparison, lang: Lang): Markup {
  const { colon, semicolon } = punctuation(lang);
  const trend = c.change !== undefined && c.change > 0 ? 'up' : c.change !== undefined && c.change < 0 ? 'down' : '';
  const change =
    c.change === undefined
      ? '—'
      : html`<span class="${trend}">${c.change > 0 ? '+' : ''}${c.change}</span>\
${bracketed(lang, `${c.previousPercent}% → ${c.percent}%`)}`;
  const ids = (key: 'newlyFailing' | 'fixed') =>
    c[key].length
      ? html`${semicolon}${col(lang, key)}${colon}${joinMarkup(
          c[key].map((id) => html`<code>${id}</code>`),
          ' ',
        )}`
      : '';
  return html`<p>${pageText(lang).compare}${colon}${change}${ids('newlyFailing')}${ids('fixed')}</p>`;
}

/** The score line: 得分：<b>60 / 70</b>（85.7%） 等级：<b>良好</b>, and the vetoes. */
function scoreLine(a: Assessment, lang: Lang, grades: string[]): Markup {
  const { colon } = punctuation(lang);
  const veto = a.vetoed
    ? html` <span class="veto">${label(lang, 'vetoed')}${colon}${(a.vetoedBy ?? []).join(', ')}</span>`
    : '';
  return html`<p>${label(lang, a.returned ? 'scoreProvisional' : 'score')}${colon}\
<b>${num(a.score)} / ${num(a.maxScore)}</b>${bracketed(lang, `${a.percent}%`)} ${col(lang, 'grade')}${colon}\
<b class="${gradeClass(a.grade, grades)}">${a.grade}</b>${veto}</p>`;
}

/** The section's heading: rank, authority (or file), role, year. */
function sectionTitle(r: SummaryRow, lang: Lang): Markup {
  const a = r.a;
  const role = a.report.role ? bracketed(lang, roleLabel(lang, a.report.role)) : '';
  const year = a.report.year !== undefined ? ` ${a.report.year}${label(lang, 'yearSuffix')}` : '';
  const rank = r.rank === undefined ? '' : `${r.rank}. `;
  return html`<h2>${rank}${a.report.authority ?? a.report.file}${role}${year}</h2>`;
}

export function reportSection(r: SummaryRow, i: number, lang: Lang, grades: string[]): Markup {
  const a: Assessment = r.a;
  const t = pageText(lang);
  const { colon } = punctuation(lang);
  const groups = groupFindings(a);
  // Pack order, less the failed gates (their own block, first) and not_applicable (their own group, last).
  const findings = a.findings.filter((f) => f.status !== 'pass' && f.status !== 'not_applicable' && !isGateFailure(f));
  const returned = a.returned
    ? html`\n<div class="returned"><h3>${label(lang, 'returned')}</h3><p>${label(lang, 'returnedNote')}</p>\
${findingList(groups.returned, lang)}</div>`
    : '';
  const notApplicable = groups.notApplicable.length
    ? html`\n<h3>${label(lang, 'notApplicable')}</h3>\n${findingList(groups.notApplicable, lang)}`
    : '';
  const cats = a.categories.map(
    (cat) => html`<tr><td>${cat.title}</td><td class="n">${num(cat.score)} / ${num(cat.maxScore)}</td></tr>`,
  );
  const alarm = r.roster && (!r.roster.counted || r.roster.conflicts.length > 0) ? ' veto' : '';
  const check = r.roster
    ? html`\n<p class="meta${alarm}">${rosterWord(lang, 'check')}${colon}${r.roster.note}</p>`
    : '';
  const list = findings.length || returned ? findingList(findings, lang) : html`<p>${t.noFindings}</p>`;
  return html`<section id="r${i + 1}">${sectionTitle(r, lang)}
<p class="meta"><code>${a.report.file}</code></p>${check}${returned}
${scoreLine(a, lang, grades)}${reviewHtml(lang, a)}${r.comparison ? comparisonLine(r.comparison, lang) : ''}
<details><summary>${t.categories}</summary><table>${cats}</table></details>
${list}${notApplicable}
<p class="meta">${summaryLine(lang, a.counts)}</p></section>`;
}
