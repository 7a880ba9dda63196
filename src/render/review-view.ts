import type { Assessment, Finding } from '../model/assessment.js';
import type { BatchResult } from '../model/batch.js';
import type { MachineResult } from '../model/review.js';
import { formatNumber } from '../util/numbers.js';
import { html, type Markup } from './markup.js';
import { close, colon, comma, decisionLabel, open, reviewWord, statusLabel, type Lang } from './labels.js';

// How every output shows a review beside the machine's result, in words: one line per reviewed
// assessment, one note per reviewed finding, the stale rows. The formats place these strings;
// none of them builds its own wording of a review.

/** "50 / 70（71.4%，合格）" */
const result = (lang: Lang, r: MachineResult | Assessment) =>
  `${points(r.score, r.maxScore)}${open(lang)}${r.percent}%${comma(lang)}${r.grade}${close(lang)}`;

/** "15 / 20" */
const points = (score: number, max: number) => `${formatNumber(score)} / ${formatNumber(max)}`;

/** Between the parts of a review's line: ；/ ; */
const semicolon = (lang: Lang) => (lang === 'zh' ? '；' : '; ');

/** "机器初评 50 / 70（71.4%，合格）→ 复核后 60 / 70（85.7%，良好）", when a decision changed the assessment. */
export function machineLine(lang: Lang, a: Assessment): string | undefined {
  if (!a.machine) return undefined;
  const reviewed = `${reviewWord(lang, 'reviewed')} ${result(lang, a)}`;
  return `${reviewWord(lang, 'machine')} ${result(lang, a.machine)} → ${reviewed}`;
}

/** "复核：改判（张三）：理由；机器初评 不符合 0 / 10" — who decided what and why, and what the machine said. */
export function reviewNote(lang: Lang, f: Finding): string | undefined {
  const r = f.review;
  if (!r) return undefined;
  const machine = `${statusLabel(lang, r.machineStatus)} ${points(r.machinePoints, r.machineMaxPoints)}`;
  const sep = semicolon(lang);
  const decision = `${decisionLabel(lang, r.decision)}${open(lang)}${r.reviewer}${close(lang)}`;
  return `${reviewWord(lang, 'review')}${colon(lang)}${decision}${colon(lang)}${r.reason}${sep}\
${reviewWord(lang, 'machine')} ${machine}${sep}${r.source}`;
}

/** The stale rows of --review, one line each after a heading with their count; none when all were applied. */
export function staleLines(lang: Lang, batch: BatchResult): string[] {
  const stale = batch.review?.stale ?? [];
  if (stale.length === 0) return [];
  return [
    reviewWord(lang, 'staleHead', { count: stale.length }),
    ...stale.map((s) => `  ${s.cell}  ${s.file}  ${s.ruleId}  ${reviewWord(lang, s.reason)}`),
  ];
}

/** What a run with --review says on stderr: the decisions applied, then the stale rows. */
export function reviewStderrLines(lang: Lang, batch: BatchResult): string[] {
  const r = batch.review;
  if (!r) return [];
  return [
    reviewWord(lang, 'applied', { file: r.file, applied: r.applied, changed: r.changed }),
    ...staleLines(lang, batch),
  ];
}

/** Findings the review decided in one assessment. */
export const reviewedFindings = (a: Assessment): Finding[] => a.findings.filter((f) => f.review !== undefined);

/** The heading of a card's review section: 复核（2） / Review (2). */
export const reviewHeading = (lang: Lang, a: Assessment) =>
  `${reviewWord(lang, 'review')}${open(lang)}${reviewedFindings(a).length}${close(lang)}`;

/** A reviewed finding in a card's review section: "专题研究（basics.meetings）：不符合 15 / 20；复核：改判（李四）：…". */
export function reviewedLine(lang: Lang, f: Finding): string {
  const now = `${statusLabel(lang, f.status)} ${points(f.points, f.maxPoints)}`;
  return `${f.title}${open(lang)}${f.ruleId}${close(lang)}${colon(lang)}${now}${semicolon(lang)}${reviewNote(lang, f)}`;
}

/**
 * The review in an HTML card: the machine's result beside the final one, then each decision (escaped: it quotes the
 * sheet).
 */
export function reviewHtml(lang: Lang, a: Assessment): Markup | '' {
  const machine = machineLine(lang, a);
  const reviewed = reviewedFindings(a);
  if (!machine && reviewed.length === 0) return '';
  const items = reviewed.map((f) => html`<li>${reviewedLine(lang, f)}</li>`);
  return html`\n<p class="meta">${machine ?? ''}</p><details open><summary>${reviewHeading(lang, a)}</summary>\
<ul>${items}</ul></details>`;
}

/** The review in a batch's HTML page: the decisions applied, then each stale row (never applied). */
export function reviewSummaryHtml(lang: Lang, batch: BatchResult): Markup | '' {
  const r = batch.review;
  if (!r) return '';
  const applied = reviewWord(lang, 'applied', { file: r.file, applied: r.applied, changed: r.changed });
  const [head, ...rows] = staleLines(lang, batch);
  const stale = head ? html`<h2>${head}</h2><ul>${rows.map((l) => html`<li><code>${l.trim()}</code></li>`)}</ul>` : '';
  return html`\n<p class="meta">${applied}</p>${stale}`;
}

/** After a ranking line on stdout: " 机器初评 71.4%" when a review changed the assessment. */
export const machineMark = (lang: Lang, a: Assessment): string =>
  a.machine ? ` ${reviewWord(lang, 'machine')} ${a.machine.percent}%` : '';
